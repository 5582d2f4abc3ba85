package org.eurasiakg.vocab;

import static org.eurasiakg.vocab.EkgConstants.GRAPH;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Named graphs of the store, reached as {@code EKG.Graphs.X}: the generated EKG declares Graphs as a subclass of this one. */
public class NamedGraphs {
    NamedGraphs() {}

    public static final Node ONTOLOGY = uri(GRAPH + "ontology");
    public static final Node INFERRED = uri(GRAPH + "inferred");
    /** The VoID + DCAT description of the dataset, made at build time from the other graphs. */
    public static final Node VOID = uri(GRAPH + "void");
    public static final Node LINKS = uri(GRAPH + "links");
    public static final Node ENTITIES = uri(GRAPH + "entities");
    /** Where each graph comes from: its provenance kind, source and maker. */
    public static final Node PROVENANCE = uri(GRAPH + "provenance");
    /** What the build finds comparing the articles' statements (same claims, disagreements, stances). */
    public static final Node COMPARISONS = uri(GRAPH + "comparisons");
    /** The plain (editorial) triples of an article's statements file: labels of what it defines. */
    public static Node editorial(String slug) { return uri(GRAPH + "editorial/" + slug); }
    public static Node article(String slug) { return uri(GRAPH + "article/" + slug); }
    public static Node seed(String name) { return uri(GRAPH + name); }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
}
