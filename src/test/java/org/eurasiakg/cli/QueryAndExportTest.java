package org.eurasiakg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.eurasiakg.TestProjects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryAndExportTest {
    private static final String MEMBERS =
            "SELECT ?m { <https://w3id.org/eurasia-kg/id/pact> <https://w3id.org/eurasia-kg/ontology#hasMember> ?m }";

    @TempDir static Path tmp;
    static Path data;

    @BeforeAll
    static void build() {
        Path project = TestProjects.fixture(tmp);
        data = tmp.resolve("data");
        CliRun run = CliRun.of("build", "--source", project.toString(), "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void jsonIsTheStandardResultsFormat() {
        CliRun run = CliRun.of("query", "--data", data.toString(), "--format", "json", "--query", MEMBERS);
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(run.out().getBytes()), ResultSetLang.RS_JSON);
        assertThat(ResultSetFactory.makeRewindable(rs).size()).isEqualTo(2);
    }

    @Test
    void tsvKeepsRdfTerms() {
        CliRun run = CliRun.of("query", "--data", data.toString(), "--format", "tsv", "--query", MEMBERS);
        assertThat(run.out()).startsWith("?m").contains("<https://w3id.org/eurasia-kg/id/arden>");
    }

    @Test
    void tableIsForPeople() {
        CliRun run = CliRun.of("query", "--data", data.toString(), MEMBERS.isEmpty() ? "" : "--query", MEMBERS);
        assertThat(run.out()).contains("| m").contains("borlund");
    }

    @Test
    void queryFromAFile() throws Exception {
        Path file = tmp.resolve("members.rq");
        java.nio.file.Files.writeString(file, MEMBERS);
        CliRun run = CliRun.of("query", "--data", data.toString(), "--format", "csv", file.toString());
        assertThat(run.out().lines()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"trig", "nq", "jsonld"})
    void exportWritesEveryGraph(String format) {
        Path out = tmp.resolve("dump." + format);
        CliRun run = CliRun.of("export", "--data", data.toString(), "--format", format, "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        CliRun count = CliRun.of("query", "--data", data.toString(), "--format", "csv", "--query",
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        long inStore = Long.parseLong(count.out().lines().skip(1).findFirst().orElseThrow().trim());
        long exported = 0;
        for (var it = ds.listNames(); it.hasNext(); )
            exported += ds.getNamedModel(it.next()).size();
        assertThat(exported).isEqualTo(inStore).isPositive();
        // ontology, entities, the article, inferred, provenance, void (one article: nothing to compare)
        assertThat(ds.asDatasetGraph().listGraphNodes()).toIterable().hasSize(6);
    }
}
