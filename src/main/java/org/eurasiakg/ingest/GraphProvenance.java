package org.eurasiakg.ingest;

import static org.eurasiakg.vocab.EKG.*;

import java.util.Collection;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eurasiakg.vocab.EKG.Graphs;

/**
 * The description of each named graph in {@code graph/provenance}: its kind (article, external
 * source, editorial, derived), what it was derived from and who it is attributed to. A triple's
 * kind is its graph's kind.
 */
final class GraphProvenance {
    private final Graph description;

    GraphProvenance(Graph description) { this.description = description; }

    void article(Node graph, Node article, Node author) {
        describe(graph, ArticleGraph, "What the article " + localName(article) + " says, with evidence");
        description.add(graph, provWasDerivedFrom, article);
        description.add(graph, provWasAttributedTo, author);
    }

    void articleEditorial(Node graph, Node article) {
        describe(graph, EditorialGraph, "Editorial labels of the resources the article " + localName(article) + " defines");
        description.add(graph, provWasAttributedTo, curators);
    }

    void vocabulary(Node graph) {
        describe(graph, VocabularyGraph, "The Eurasia KG ontology and concept schemes (editorial)");
        description.add(graph, provWasDerivedFrom, ontology);
        description.add(graph, provWasAttributedTo, curators);
    }

    void editorial(Node graph, String file) {
        describe(graph, EditorialGraph, "Editorial classification from " + file);
        description.add(graph, provWasAttributedTo, curators);
    }

    void external(Node graph, String file, Collection<Node> sources) {
        describe(graph, ExternalSourceGraph, "Links to external sources, each confirmed, from " + file);
        description.add(graph, provWasAttributedTo, curators);
        sources.forEach(s -> description.add(graph, provWasDerivedFrom, s));
    }

    /** The derived graphs: inferences, this description and the dataset description, made by the build from the others. */
    void derived() {
        describe(Graphs.INFERRED, DerivedGraph, "Inferred by the build from the article, external-source and editorial graphs");
        describe(Graphs.PROVENANCE, DerivedGraph, "Where each graph comes from (made by the build)");
        describe(Graphs.VOID, DerivedGraph, "The VoID and DCAT description of the dataset (made by the build)");
    }

    /** The comparison of the articles' statements, made by the build from the article graphs. */
    void comparisons(Collection<Node> articleGraphs) {
        describe(Graphs.COMPARISONS, DerivedGraph, "The articles compared claim by claim (made by the build from their statements)");
        for (Node g : articleGraphs)
            description.add(Graphs.COMPARISONS, provWasDerivedFrom, g);
    }

    private void describe(Node graph, Node kind, String label) {
        description.add(graph, RDF.type.asNode(), kind);
        description.add(graph, RDFS.label.asNode(), NodeFactory.createLiteralLang(label, "en"));
    }

    private static String localName(Node n) {
        String iri = n.getURI();
        return iri.startsWith(ARTICLE) ? iri.substring(ARTICLE.length()) : iri;
    }
}
