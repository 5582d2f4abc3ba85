package org.eurasiakg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs of the Eurasia KG ontology and of the external terms the build writes. */
public final class EKG {
    private EKG() {}

    public static final String BASE = "https://w3id.org/eurasia-kg/";
    public static final String NS = BASE + "ontology#";
    public static final String ID = BASE + "id/";
    public static final String CONCEPT = ID + "concept/";
    public static final String ARTICLE = ID + "article/";
    public static final String GRAPH = BASE + "graph/";

    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    private static Node ekg(String local) { return NodeFactory.createURI(NS + local); }
    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    // Articles and their text
    public static final Node Article = ekg("Article");
    public static final Node Paragraph = ekg("Paragraph");
    public static final Node Sentence = ekg("Sentence");
    public static final Node Mention = ekg("Mention");
    public static final Node textFile = ekg("textFile");
    public static final Node bylineText = ekg("bylineText");
    public static final Node pageChromeStartsWith = ekg("pageChromeStartsWith");
    public static final Node textHasTitleLine = ekg("textHasTitleLine");
    public static final Node paragraphRole = ekg("paragraphRole");
    public static final Node inParagraph = ekg("inParagraph");
    public static final Node sentence = ekg("sentence");

    // Statements and evidence
    public static final Node Statement = ekg("Statement");
    public static final Node subject = ekg("subject");
    public static final Node predicate = ekg("predicate");
    public static final Node object = ekg("object");
    public static final Node value = ekg("value");
    public static final Node quote = ekg("quote");
    public static final Node evidence = ekg("evidence");
    public static final Node EvidenceAnchor = ekg("EvidenceAnchor");
    public static final Node assertedBy = ekg("assertedBy");
    public static final Node reportedIn = ekg("reportedIn");

    // Paragraph roles
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

    public static final Node dctermsCreator = uri(DCTERMS + "creator");
    public static final Node skosAltLabel = uri(SKOS + "altLabel");
    public static final Node skosHiddenLabel = uri(SKOS + "hiddenLabel");

    // Provenance of the named graphs
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final Node ArticleGraph = ekg("ArticleGraph");
    public static final Node ExternalSourceGraph = ekg("ExternalSourceGraph");
    public static final Node EditorialGraph = ekg("EditorialGraph");
    public static final Node VocabularyGraph = ekg("VocabularyGraph");
    public static final Node DerivedGraph = ekg("DerivedGraph");
    public static final Node mayHold = ekg("mayHold");
    public static final Node needsConfirmation = ekg("needsConfirmation");
    public static final Node LinkConfirmation = ekg("LinkConfirmation");
    public static final Node linkSubject = ekg("linkSubject");
    public static final Node linkTarget = ekg("linkTarget");
    public static final Node confirmedBy = ekg("confirmedBy");
    public static final Node confirmationSource = ekg("confirmationSource");
    public static final Node provWasDerivedFrom = uri(PROV + "wasDerivedFrom");
    public static final Node provWasAttributedTo = uri(PROV + "wasAttributedTo");
    /** Who keeps the entity list, the links and the models of the articles. */
    public static final Node curators = uri(ID + "eurasia-kg-curators");
    public static final Node ontology = uri(BASE + "ontology");

    /** Named graphs of the store. */
    public static final class Graphs {
        private Graphs() {}
        public static final Node ONTOLOGY = uri(GRAPH + "ontology");
        public static final Node INFERRED = uri(GRAPH + "inferred");
        /** What the build finds comparing the articles' statements (same claims, disagreements, stances). */
        public static final Node COMPARISONS = uri(GRAPH + "comparisons");
        /** The VoID + DCAT description of the dataset, made at build time from the other graphs. */
        public static final Node VOID = uri(GRAPH + "void");
        public static final Node LINKS = uri(GRAPH + "links");
        public static final Node ENTITIES = uri(GRAPH + "entities");
        /** Where each graph comes from: its provenance kind, source and maker. */
        public static final Node PROVENANCE = uri(GRAPH + "provenance");
        /** The plain (editorial) triples of an article's statements file: labels of what it defines. */
        public static Node editorial(String slug) { return uri(GRAPH + "editorial/" + slug); }
        public static Node article(String slug) { return uri(GRAPH + "article/" + slug); }
        public static Node seed(String name) { return uri(GRAPH + name); }
    }
}
