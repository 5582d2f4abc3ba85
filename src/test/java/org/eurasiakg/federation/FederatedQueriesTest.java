package org.eurasiakg.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sys.JenaSystem;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.query.CompetencyQuestion;
import org.eurasiakg.query.QueryRunner;
import org.eurasiakg.server.KgServer;
import org.eurasiakg.server.ServerConfig;
import org.eurasiakg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The federated competency questions in queries/federated/ run through the kg server, whose
 * Wikidata SERVICE is redirected to a second, local Fuseki loaded with a Wikidata-shaped fixture,
 * and give the results written beside them. Any SERVICE not on the allow-list is refused.
 */
class FederatedQueriesTest {
    @TempDir static Path tmp;
    static Path data;
    static Path cliData;
    static DatasetGraph dsg;
    static FusekiServer wikidata;
    static String wikidataUrl;
    static FusekiServer kg;
    static final HttpClient http = HttpClient.newHttpClient();
    static int globalSingleChainSize;

    @BeforeAll
    static void start() {
        JenaSystem.init();
        globalSingleChainSize = ServiceExecutorRegistry.get().getSingleChain().size();
        data = FederationFixture.buildProject(tmp);
        // kg query opens a store of its own; the server keeps this one open (and its text index locked)
        cliData = FederationFixture.buildProject(tmp.resolve("cli"));
        wikidata = StandInEndpoint.build(StandInEndpoint.load(FederationFixture.WIKIDATA), "wikidata", "127.0.0.1", 0).start();
        wikidataUrl = StandInEndpoint.sparqlUrl(wikidata, "127.0.0.1", "wikidata");
        dsg = new KgStore(data).open();
        ServicePolicy policy = ServicePolicy.of(List.of(), List.of(ServicePolicy.WIKIDATA + "=" + wikidataUrl));
        kg = KgServer.build(dsg, ServerConfig.loopback(0).withServicePolicy(policy)).start();
    }

    @AfterAll
    static void stop() {
        if (kg != null)
            kg.stop();
        if (wikidata != null)
            wikidata.stop();
        if (dsg != null)
            KgStore.release(dsg);
    }

    private static String endpoint(FusekiServer server) {
        return "http://127.0.0.1:" + server.getPort() + KgServer.DATASET + "/sparql";
    }

    private static HttpResponse<String> ask(FusekiServer server, String query) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(endpoint(server)))
                        .header("Content-Type", "application/sparql-query")
                        .header("Accept", "text/tab-separated-values")
                        .POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static List<CompetencyQuestion> questions() {
        List<CompetencyQuestion> questions = CompetencyQuestion.in(FederationFixture.QUERIES);
        assertThat(questions).as("federated questions in " + FederationFixture.QUERIES).hasSizeGreaterThanOrEqualTo(3);
        return questions;
    }

    @TestFactory
    Stream<DynamicTest> everyFederatedQuestionGivesItsExpectedAnswerThroughTheServer() {
        return questions().stream().map(q -> DynamicTest.dynamicTest(q.name() + ": " + q.question(), () -> {
            RowSetRewindable actual;
            try (QueryExecHTTP exec = QueryExecHTTP.service(endpoint(kg)).query(q.sparql()).build()) {
                actual = exec.select().rewindable();
            }
            assertSameAsExpected(q, actual);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFederatedQuestionGivesItsExpectedAnswerThroughKgQuery() {
        return questions().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            CliRun run = CliRun.of("query", "--data", cliData.toString(), "--format", "tsv",
                    "--service-endpoint", ServicePolicy.WIKIDATA + "=" + wikidataUrl, q.file().toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertSameAsExpected(q, FederationFixture.tsv(run.out()));
        }));
    }

    static void assertSameAsExpected(CompetencyQuestion q, RowSetRewindable actual) throws IOException {
        Path expectedFile = q.expected().orElseThrow(() -> new AssertionError("no .tsv beside " + q.file()));
        RowSetRewindable expected = FederationFixture.tsv(Files.readString(expectedFile));
        assertThat(expected.size()).as("expected rows of " + q.name()).isPositive();
        expected.reset();
        Query query = QueryRunner.parse(q.sparql());
        boolean same = query.hasOrderBy()
                ? ResultSetCompare.equalsByValueAndOrder(expected, actual)
                : ResultSetCompare.equalsByValue(expected, actual);
        expected.reset();
        actual.reset();
        assertThat(same).as("%s%n--- expected ---%n%s%n--- actual ---%n%s", q.name(),
                FederationFixture.tsv(expected), FederationFixture.tsv(actual)).isTrue();
    }

    @Test
    void theQueriesAskTheRealWikidataEndpointSoTheyRunUnchangedWhenOnline() {
        for (CompetencyQuestion q : questions())
            assertThat(q.sparql()).as(q.name()).contains("SERVICE <" + ServicePolicy.WIKIDATA + ">")
                    .doesNotContain("127.0.0.1").startsWith("# Question: ");
    }

    @Test
    void theComparisonCanFail() {
        RowSetRewindable a = FederationFixture.tsv("?population\n\"145975300\"^^<http://www.w3.org/2001/XMLSchema#decimal>\n");
        RowSetRewindable b = FederationFixture.tsv("?population\n\"142856536\"^^<http://www.w3.org/2001/XMLSchema#decimal>\n");
        assertThat(ResultSetCompare.equalsByValue(a, b)).isFalse();
    }

    @Test
    void aServiceNotOnTheAllowListIsRefusedWithOneLineNamingIt() throws Exception {
        // the stand-in itself, called directly rather than as Wikidata: not on the list
        for (String iri : new String[] {wikidataUrl, "http://example.org/sparql"}) {
            HttpResponse<String> r = ask(kg, "SELECT * { SERVICE <" + iri + "> { ?s ?p ?o } } LIMIT 1");
            assertThat(r.statusCode()).as(iri).isEqualTo(403);
            assertThat(r.body()).contains("SERVICE <" + iri + "> refused")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.body().strip().lines()).hasSize(1);
        }
    }

    @Test
    void aSilentServiceIsRefusedToo() throws Exception {
        HttpResponse<String> r = ask(kg, "SELECT * { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("http://example.org/sparql");
    }

    @Test
    void aServiceWhoseEndpointIsAVariableIsRefused() throws Exception {
        HttpResponse<String> r = ask(kg, "SELECT * { VALUES ?e { <" + wikidataUrl + "> } SERVICE ?e { ?s ?p ?o } }");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("not a variable");
    }

    @Test
    void aServiceHiddenInAFilterIsRefused() throws Exception {
        HttpResponse<String> r = ask(kg, "SELECT * { <https://w3id.org/eurasia-kg/id/csto> ?p ?o "
                + "FILTER NOT EXISTS { SERVICE <" + wikidataUrl + "> { ?s ?p2 ?o2 } } }");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("SERVICE <" + wikidataUrl + "> refused");
    }

    @Test
    void theExecutorChainRefusesWhatTheStaticCheckCannotSee() {
        // defence in depth: the link in the service executor chain, without the up-front check
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        ServicePolicy.defaults().install(mem.getContext());
        Query query = QueryFactory.create("SELECT * { SERVICE <" + wikidataUrl + "> { ?s ?p ?o } }");
        assertThatThrownBy(() -> Txn.executeRead(mem, () -> {
            try (QueryExec exec = QueryExec.dataset(mem).query(query).build()) {
                exec.select().materialize();
            }
        })).isInstanceOf(ServiceRefusedException.class).hasMessageContaining(wikidataUrl);
    }

    @Test
    void fromDoesNotLoadRemoteData() throws Exception {
        // If Fuseki fetched FROM IRIs, this one would load the stand-in's whole data.
        String remote = wikidataUrl + "?query=" + URLEncoder.encode("CONSTRUCT WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> r = ask(kg, "SELECT (COUNT(*) AS ?n) FROM <" + remote + "> FROM NAMED <" + remote + "> { ?s ?p ?o }");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().lines().skip(1).findFirst().orElseThrow()).contains("0");
    }

    @Test
    void kgQueryRefusesAForeignServiceWithOneLine() {
        CliRun run = CliRun.of("query", "--data", cliData.toString(), "--query",
                "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLine()).startsWith("kg: error: SERVICE <http://example.org/sparql> refused");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aBadEndpointOptionIsOneLine() {
        CliRun run = CliRun.of("query", "--data", cliData.toString(), "--service-endpoint", "wikidata", "--query", "ASK {}");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLine()).contains("--service-endpoint").contains("IRI=");
    }

    @Test
    void eachServerKeepsItsOwnPolicyAndTheGlobalRegistryIsUntouched() throws Exception {
        // a second server over another dataset, allowing only the stand-in's own address
        DatasetGraph other = DatasetGraphFactory.createTxnMem();
        ServicePolicy onlyStandIn = new ServicePolicy(Set.of(wikidataUrl), Map.of());
        FusekiServer second = KgServer.build(other, ServerConfig.loopback(0).withServicePolicy(onlyStandIn)).start();
        try {
            String direct = "SELECT ?l { SERVICE <" + wikidataUrl + "> { <http://www.wikidata.org/entity/Q649> "
                    + "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(LANG(?l) = 'en') } }";
            String viaWikidata = direct.replace(wikidataUrl, ServicePolicy.WIKIDATA);
            HttpResponse<String> secondDirect = ask(second, direct);
            assertThat(secondDirect.statusCode()).isEqualTo(200);
            assertThat(secondDirect.body()).contains("\"Moscow\"@en");
            assertThat(ask(second, viaWikidata).statusCode()).isEqualTo(403);
            assertThat(ask(kg, direct).statusCode()).isEqualTo(403);
            HttpResponse<String> firstRedirected = ask(kg, viaWikidata);
            assertThat(firstRedirected.statusCode()).isEqualTo(200);
            assertThat(firstRedirected.body()).contains("\"Moscow\"@en");
        } finally {
            second.stop();
        }
        assertThat(ServiceExecutorRegistry.get().getSingleChain()).hasSize(globalSingleChainSize);
    }
}
