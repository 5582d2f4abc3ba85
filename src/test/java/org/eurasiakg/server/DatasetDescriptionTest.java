package org.eurasiakg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eurasiakg.federation.FederationFixture;
import org.eurasiakg.store.KgStore;
import org.eurasiakg.vocab.EKG.Graphs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server says about itself: the VoID + DCAT description at /.well-known/void (counts
 * checked against the store), the SPARQL Service Description at the endpoint, and the ontology's
 * documentation page at /ontology.
 */
class DatasetDescriptionTest {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final Node DATASET = uri("https://w3id.org/eurasia-kg/dataset");

    @TempDir static Path tmp;
    static DatasetGraph dsg;
    static FusekiServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Path data = FederationFixture.buildProject(tmp);
        dsg = new KgStore(data).open();
        server = KgServer.build(dsg, ServerConfig.loopback(0)).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        KgStore.release(dsg);
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Parses strictly: any warning or error fails. */
    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang)
                .base("http://example/base/").errorHandler(ErrorHandlerFactory.errorHandlerStrict).checking(true).parse(g);
        return g;
    }

    private static Graph served(String path, String accept, Lang lang) throws Exception {
        HttpResponse<String> r = get(path, accept);
        assertThat(r.statusCode()).as(path + " " + accept).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(lang.getHeaderString());
        return parse(r.body(), lang);
    }

    private static long count(String sparql) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(sparql).build()) {
                return exec.select().next().get("n").getLiteralValue() instanceof Number n ? n.longValue() : -1L;
            }
        });
    }

    private static long number(Graph g, Node s, String property) {
        List<Triple> found = g.find(s, uri(property), Node.ANY).toList();
        assertThat(found).as(s + " " + property).hasSize(1);
        return ((Number) found.get(0).getObject().getLiteralValue()).longValue();
    }

    private static final String NOT_VOID = "FILTER(?g != <" + Graphs.VOID.getURI() + ">)";

    // ---- VoID -------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"'', TTL", "text/turtle, TTL", "application/ld+json, JSONLD", "application/n-triples, NT", "application/rdf+xml, RDFXML"})
    void voidIsServedInEachSyntax(String accept, String lang) throws Exception {
        Lang l = switch (lang) {
            case "TTL" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NT" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
        Graph g = served("/.well-known/void", accept.isEmpty() ? null : accept, l);
        Graph stored = Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(Graphs.VOID).find().forEach(copy::add);
            return copy;
        });
        // as stored, but for the places to go, which are given on this server
        Set<Node> places = Set.of(uri(VOID + "sparqlEndpoint"), uri(VOID + "dataDump"), uri(DCAT + "endpointURL"),
                uri(DCAT + "downloadURL"), uri(DCAT + "landingPage"), uri("http://xmlns.com/foaf/0.1/homepage"));
        stored.find().filterDrop(t -> places.contains(t.getPredicate()) && t.getObject().getURI().startsWith("https://w3id.org/eurasia-kg/"))
                .filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                .forEach(t -> assertThat(g.contains(t)).as(t.toString()).isTrue());
        g.find(Node.ANY, Node.ANY, Node.ANY).filterKeep(t -> places.contains(t.getPredicate()) && t.getObject().isURI()
                && t.getSubject().isURI() && t.getSubject().getURI().startsWith("https://w3id.org/eurasia-kg/"))
                .forEach(t -> assertThat(t.getObject().getURI()).startsWith(url("/")));
        assertThat(g.contains(DATASET, RDF.type.asNode(), uri(VOID + "Dataset"))).isTrue();
        assertThat(g.contains(DATASET, RDF.type.asNode(), uri(DCAT + "Dataset"))).isTrue();
    }

    private static Graph voidGraph() throws Exception {
        return served("/.well-known/void", "text/turtle", Lang.TURTLE);
    }

    @Test
    void voidSaysLicenceSourceEndpointDumpsAndUriSpace() throws Exception {
        Graph g = voidGraph();
        assertThat(g.contains(DATASET, uri(DCT + "license"), uri("https://creativecommons.org/licenses/by/4.0/"))).isTrue();
        assertThat(g.contains(DATASET, uri(DCT + "source"), uri("https://example.org/articles/the-csto-today"))).isTrue();
        assertThat(g.find(DATASET, uri(VOID + "sparqlEndpoint"), Node.ANY).toList()).hasSize(1);
        assertThat(g.find(DATASET, uri(VOID + "dataDump"), Node.ANY).mapWith(t -> t.getObject().getURI()).toList())
                .anyMatch(s -> s.endsWith(".trig")).anyMatch(s -> s.endsWith(".nq"));
        assertThat(g.find(DATASET, uri(VOID + "uriSpace"), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList())
                .containsExactly("https://w3id.org/eurasia-kg/id/");
        List<Node> distributions = g.find(DATASET, uri(DCAT + "distribution"), Node.ANY).mapWith(Triple::getObject).toList();
        assertThat(distributions).hasSize(2);
        for (Node d : distributions)
            assertThat(g.find(d, uri(DCAT + "downloadURL"), Node.ANY).toList()).hasSize(1);
    }

    /**
     * A client that knows only /.well-known/void: it runs a query at the endpoint VoID names, and
     * downloads every dump VoID names, parses it strictly and checks its SHA-256 against DCAT's.
     */
    @Test
    void followingOnlyWhatVoidSaysReachesTheEndpointAndEveryDump() throws Exception {
        Graph g = voidGraph();
        String endpoint = g.find(DATASET, uri(VOID + "sparqlEndpoint"), Node.ANY).next().getObject().getURI();
        String ask = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + java.net.URLEncoder.encode(ask, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(endpoint).isEqualTo(200);
        assertThat(Long.parseLong(answer.body().lines().skip(1).findFirst().orElseThrow().trim())).isPositive();

        List<Node> dumps = g.find(DATASET, uri(VOID + "dataDump"), Node.ANY).mapWith(Triple::getObject).toList();
        assertThat(dumps).hasSize(2);
        long quadsInStore = Txn.calculateRead(dsg, () -> dsg.stream().count());
        for (Node dump : dumps) {
            Node distribution = g.find(Node.ANY, uri(DCAT + "downloadURL"), dump).next().getSubject();
            Node checksum = g.find(distribution, uri("http://spdx.org/rdf/terms#checksum"), Node.ANY).next().getObject();
            assertThat(g.contains(checksum, uri("http://spdx.org/rdf/terms#algorithm"),
                    uri("http://spdx.org/rdf/terms#checksumAlgorithm_sha256"))).isTrue();
            String sha256 = g.find(checksum, uri("http://spdx.org/rdf/terms#checksumValue"), Node.ANY).next().getObject()
                    .getLiteralLexicalForm();
            String mediaType = g.find(distribution, uri(DCAT + "mediaType"), Node.ANY).next().getObject().getURI()
                    .replace("https://www.iana.org/assignments/media-types/", "");

            HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create(dump.getURI())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).as(dump.getURI()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type").orElse("")).isEqualTo(mediaType);
            assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file.body())))
                    .as(dump.getURI()).isEqualTo(sha256);
            assertThat(file.headers().firstValue("Content-Length")).hasValue(Integer.toString(file.body().length));
            org.apache.jena.sparql.core.DatasetGraph parsed = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
            RDFParser.create().source(new ByteArrayInputStream(file.body())).lang(org.apache.jena.riot.RDFLanguages.contentTypeToLang(mediaType))
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrict).checking(true).parse(parsed);
            assertThat(parsed.stream().count()).as(dump.getURI()).isEqualTo(quadsInStore);
        }
    }

    @Test
    void voidSaysWhichGraphsItsTripleCountCounts() throws Exception {
        Graph g = voidGraph();
        String comment = g.find(DATASET, RDFS.comment.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
        assertThat(comment).contains("void:subset").contains("graph/void").contains("not counted");
    }

    @Test
    void voidCountsTheTriplesOfEveryGraphButItself() throws Exception {
        Graph g = voidGraph();
        Set<String> described = new TreeSet<>();
        for (Node subset : g.find(DATASET, uri(VOID + "subset"), Node.ANY).mapWith(Triple::getObject).toList()) {
            List<Triple> names = g.find(subset, uri(SD + "name"), Node.ANY).toList();
            if (names.isEmpty())
                continue;   // a link set
            String graph = names.get(0).getObject().getURI();
            described.add(graph);
            assertThat(number(g, subset, VOID + "triples")).as(graph)
                    .isEqualTo(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }")).isPositive();
        }
        Set<String> inStore = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(n -> inStore.add(n.getURI())));
        inStore.remove(Graphs.VOID.getURI());
        assertThat(described).isEqualTo(inStore).contains(Graphs.LINKS.getURI());
        assertThat(number(g, DATASET, VOID + "triples")).isEqualTo(
                count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } " + NOT_VOID + " } }"));
    }

    @Test
    void voidCountsClassesAndProperties() throws Exception {
        Graph g = voidGraph();
        List<Node> classes = g.find(DATASET, uri(VOID + "classPartition"), Node.ANY).mapWith(Triple::getObject).toList();
        assertThat(classes).isNotEmpty();
        List<String> classIris = new ArrayList<>();
        for (Node p : classes) {
            Node c = g.find(p, uri(VOID + "class"), Node.ANY).next().getObject();
            classIris.add(c.getURI());
            assertThat(number(g, p, VOID + "entities")).as(c.getURI()).isEqualTo(count(
                    "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a <" + c.getURI() + "> } " + NOT_VOID + " }"));
        }
        assertThat(classIris).contains("https://w3id.org/eurasia-kg/ontology#State", OWL2.Class.getURI());
        assertThat(count("SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?s a ?c } " + NOT_VOID + " }")).isEqualTo(classes.size());

        List<Node> properties = g.find(DATASET, uri(VOID + "propertyPartition"), Node.ANY).mapWith(Triple::getObject).toList();
        for (Node p : properties) {
            Node prop = g.find(p, uri(VOID + "property"), Node.ANY).next().getObject();
            assertThat(number(g, p, VOID + "triples")).as(prop.getURI()).isEqualTo(count(
                    "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { GRAPH ?g { ?s <" + prop.getURI() + "> ?o } " + NOT_VOID + " } }"));
        }
        assertThat(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?s ?p ?o } " + NOT_VOID + " }")).isEqualTo(properties.size());
    }

    @Test
    void voidHasALinksetPerTargetWithItsCount() throws Exception {
        Graph g = voidGraph();
        // the fixture's links.ttl: 9 to Wikidata, 9 to DBpedia, 7 to GeoNames
        assertThat(linkset(g, "wikidata")).isEqualTo(9).isEqualTo(links("http://www.wikidata.org/entity/"));
        assertThat(linkset(g, "dbpedia")).isEqualTo(9).isEqualTo(links("http://dbpedia.org/resource/"));
        assertThat(linkset(g, "geonames")).isEqualTo(7).isEqualTo(links("https://sws.geonames.org/"));
    }

    private static long links(String space) {
        return count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { GRAPH ?g { ?s <" + OWL2.sameAs.getURI() + "> ?o } "
                + NOT_VOID + " FILTER(STRSTARTS(STR(?o), '" + space + "')) } }");
    }

    private static long linkset(Graph g, String slug) {
        Node ls = uri("https://w3id.org/eurasia-kg/dataset/linkset/" + slug + "/sameAs");
        assertThat(g.contains(ls, RDF.type.asNode(), uri(VOID + "Linkset"))).as(slug).isTrue();
        assertThat(g.contains(ls, uri(VOID + "linkPredicate"), OWL2.sameAs.asNode())).isTrue();
        assertThat(g.find(ls, uri(VOID + "target"), Node.ANY).toList()).hasSize(2);
        Node target = g.find(ls, uri(VOID + "objectsTarget"), Node.ANY).next().getObject();
        assertThat(g.find(target, uri(VOID + "uriSpace"), Node.ANY).toList()).hasSize(1);
        return number(g, ls, VOID + "triples");
    }

    // ---- Service Description ---------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/kg/sparql", "/kg/query"})
    void theEndpointDescribesItself(String path) throws Exception {
        Graph g = served(path, null, Lang.TURTLE);
        Node service = g.find(Node.ANY, RDF.type.asNode(), uri(SD + "Service")).next().getSubject();
        assertThat(g.contains(service, uri(SD + "endpoint"), uri(url(path)))).isTrue();
        assertThat(g.contains(service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"))).isTrue();
        assertThat(g.contains(service, uri(SD + "feature"), uri(SD + "UnionDefaultGraph"))).isTrue();
        assertThat(g.find(service, uri(SD + "resultFormat"), Node.ANY).toList()).hasSizeGreaterThanOrEqualTo(8);
        Node dataset = g.find(service, uri(SD + "defaultDataset"), Node.ANY).next().getObject();
        assertThat(g.find(dataset, uri(SD + "defaultGraph"), Node.ANY).toList()).hasSize(1);
        Set<String> named = new TreeSet<>();
        g.find(dataset, uri(SD + "namedGraph"), Node.ANY).forEach(t ->
                named.add(g.find(t.getObject(), uri(SD + "name"), Node.ANY).next().getObject().getURI()));
        Set<String> inStore = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(n -> inStore.add(n.getURI())));
        assertThat(named).isEqualTo(inStore).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void theServiceDescriptionIsTheSameInEverySyntax() throws Exception {
        Graph ttl = served("/kg/sparql", "text/turtle", Lang.TURTLE);
        assertThat(served("/kg/sparql", "application/rdf+xml", Lang.RDFXML).isIsomorphicWith(ttl)).isTrue();
        assertThat(served("/kg/sparql", "application/ld+json", Lang.JSONLD).isIsomorphicWith(ttl)).isTrue();
    }

    @Test
    void queriesStillWorkAtTheDescribedEndpoint() throws Exception {
        HttpResponse<String> r = get("/kg/sparql?query=" + java.net.URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("true");
    }

    // ---- ontology documentation --------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/ontology", "/ontology/"})
    void theOntologyPageListsEveryClassEscaped(String path) throws Exception {
        HttpResponse<String> r = get(path, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String html = r.body();
        List<Node> classes = Txn.calculateRead(dsg, () -> dsg.getGraph(Graphs.ONTOLOGY)
                .find(Node.ANY, RDF.type.asNode(), OWL2.Class.asNode()).mapWith(Triple::getSubject).toList());
        assertThat(classes).hasSizeGreaterThanOrEqualTo(5);
        for (Node c : classes) {
            assertThat(html).as(c.getURI()).contains("<code>" + c.getURI() + "</code>");
            String label = Txn.calculateRead(dsg, () -> dsg.getGraph(Graphs.ONTOLOGY)
                    .find(c, RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
            assertThat(html).contains(label);
        }
        assertThat(html).contains("&lt;mutual&gt; defence &amp; support").doesNotContain("<mutual>");
        // an example from the data
        assertThat(html).contains("https://w3id.org/eurasia-kg/id/russia");
    }

    @Test
    void theOntologyIriGivesRdfToRdfClients() throws Exception {
        Graph ontology = Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(Graphs.ONTOLOGY).find().forEach(copy::add);
            return copy;
        });
        assertThat(served("/ontology", "text/turtle", Lang.TURTLE).isIsomorphicWith(ontology)).isTrue();
        assertThat(served("/ontology", "application/rdf+xml", Lang.RDFXML).isIsomorphicWith(ontology)).isTrue();
        assertThat(served("/ontology", "application/ld+json", Lang.JSONLD).isIsomorphicWith(ontology)).isTrue();
    }
}
