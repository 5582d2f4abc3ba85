package org.eurasiakg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What schemagen cannot make from the ontology: the project's namespaces, the paragraph-role concepts
 * and the terms of vocabularies Jena has no class for. The generated {@link EKG} extends this class, so all of it is
 * reached as {@code EKG.X} beside the ontology's terms; the named graphs are in {@link NamedGraphs}.
 */
public abstract class EkgConstants {
    EkgConstants() {}

    public static final String BASE = "https://w3id.org/eurasia-kg/";
    public static final String ID = BASE + "id/";
    public static final String CONCEPT = ID + "concept/";
    public static final String ARTICLE = ID + "article/";
    public static final String GRAPH = BASE + "graph/";

    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    // Paragraph roles (concepts.ttl)
    public static final Node roleTitle = uri(CONCEPT + "title");
    public static final Node roleBody = uri(CONCEPT + "body");
    public static final Node roleByline = uri(CONCEPT + "byline");
    public static final Node roleAuthorBio = uri(CONCEPT + "author-bio");

    // Web Annotation
    public static final Node oaSpecificResource = uri(OA + "SpecificResource");
    public static final Node oaHasSource = uri(OA + "hasSource");
    public static final Node oaHasSelector = uri(OA + "hasSelector");
    public static final Node oaTextQuoteSelector = uri(OA + "TextQuoteSelector");
    public static final Node oaTextPositionSelector = uri(OA + "TextPositionSelector");
    public static final Node oaExact = uri(OA + "exact");
    public static final Node oaPrefix = uri(OA + "prefix");
    public static final Node oaSuffix = uri(OA + "suffix");
    public static final Node oaStart = uri(OA + "start");
    public static final Node oaEnd = uri(OA + "end");

    // NIF and ITS
    public static final Node nifBeginIndex = uri(NIF + "beginIndex");
    public static final Node nifEndIndex = uri(NIF + "endIndex");
    public static final Node nifAnchorOf = uri(NIF + "anchorOf");
    public static final Node nifReferenceContext = uri(NIF + "referenceContext");
    public static final Node itsTaIdentRef = uri(ITSRDF + "taIdentRef");
}
