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

    public static final String OA = org.apache.jena.vocabulary.OA.NS;
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    // Annotation properties of the ontology: schemagen's plain mode skips them, and its ontology mode would build an
    // OntModel (deprecated API, about half a second) whenever EKG is loaded; EkgTest checks them against the ontology
    public static final Node mayHold = uri(EKG.NS + "mayHold");
    public static final Node needsConfirmation = uri(EKG.NS + "needsConfirmation");
    public static final Node unlinkedBecause = uri(EKG.NS + "unlinkedBecause");
    public static final Node sourcesCompareAs = uri(EKG.NS + "sourcesCompareAs");

    /** Who keeps the entity list, the links and the models of the articles. */
    public static final Node curators = uri(ID + "eurasia-kg-curators");
    /** The ontology itself (its owl:Ontology IRI). */
    public static final Node ontology = uri(BASE + "ontology");

    // Provenance of the named graphs
    public static final Node provWasDerivedFrom = uri(PROV + "wasDerivedFrom");
    public static final Node provWasAttributedTo = uri(PROV + "wasAttributedTo");

    // Paragraph roles (concepts.ttl)
    public static final Node roleTitle = uri(CONCEPT + "title");
    public static final Node roleBody = uri(CONCEPT + "body");
    public static final Node roleByline = uri(CONCEPT + "byline");
    public static final Node roleAuthorBio = uri(CONCEPT + "author-bio");

    // Web Annotation: Jena's OA terms, under the names the code has always used (a field named OA hides the class)
    public static final Node oaSpecificResource = org.apache.jena.vocabulary.OA.SpecificResource.asNode();
    public static final Node oaHasSource = org.apache.jena.vocabulary.OA.hasSource.asNode();
    public static final Node oaHasSelector = org.apache.jena.vocabulary.OA.hasSelector.asNode();
    public static final Node oaTextQuoteSelector = org.apache.jena.vocabulary.OA.TextQuoteSelector.asNode();
    public static final Node oaTextPositionSelector = org.apache.jena.vocabulary.OA.TextPositionSelector.asNode();
    public static final Node oaExact = org.apache.jena.vocabulary.OA.exact.asNode();
    public static final Node oaPrefix = org.apache.jena.vocabulary.OA.prefix.asNode();
    public static final Node oaSuffix = org.apache.jena.vocabulary.OA.suffix.asNode();
    public static final Node oaStart = org.apache.jena.vocabulary.OA.start.asNode();
    public static final Node oaEnd = org.apache.jena.vocabulary.OA.end.asNode();

    // NIF and ITS
    public static final Node nifBeginIndex = uri(NIF + "beginIndex");
    public static final Node nifEndIndex = uri(NIF + "endIndex");
    public static final Node nifAnchorOf = uri(NIF + "anchorOf");
    public static final Node nifReferenceContext = uri(NIF + "referenceContext");
    public static final Node itsTaIdentRef = uri(ITSRDF + "taIdentRef");
}
