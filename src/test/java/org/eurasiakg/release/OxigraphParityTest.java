package org.eurasiakg.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.query.CompetencyQuestion;
import org.eurasiakg.query.QueryRunner;
import org.eurasiakg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release is portable, not a Jena-only artefact: its N-Quads dump, loaded into Oxigraph (the npm
 * package, run with node by {@code src/test/oxigraph/parity.js}), answers every competency question
 * that needs nothing of Jena's own ({@code text:query}, {@code SERVICE}) as the store does: the same
 * rows by value, in any order. Needs node and {@code npm ci --prefix src/test/oxigraph}; skipped,
 * saying so, where they are missing, except under {@code CI=true}, where that fails.
 */
class OxigraphParityTest {
    private static final Path QUERIES = TestProjects.repository().resolve("queries");
    private static final Path SCRIPT_DIR = TestProjects.repository().resolve("src/test/oxigraph");
    private static final String TEXT_QUERY = "http://jena.apache.org/text#query";
    private static final String SPARQL_JSON = "application/sparql-results+json";
    private static final String N_TRIPLES = "application/n-triples";

    @TempDir static Path tmp;
    static DatasetGraph store;
    static List<CompetencyQuestion> portable;
    static JsonObject oxigraph;

    @BeforeAll
    static void answerOnBothEngines() throws IOException, InterruptedException {
        Path node = requireNodeAndOxigraph();
        Path data = CliRun.buildReal(tmp);
        Path release = tmp.resolve("release");
        CliRun export = CliRun.of("export", "--data", data.toString(), "--release", release.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        store = new KgStore(data).open();

        portable = CompetencyQuestion.in(QUERIES).stream().filter(q -> isPortable(QueryRunner.parse(q.sparql()))).toList();
        JsonArray list = new JsonArray();
        for (CompetencyQuestion q : portable) {
            JsonObject entry = new JsonObject();
            entry.put("name", q.name());
            entry.put("file", q.file().toAbsolutePath().toString());
            entry.put("format", QueryRunner.parse(q.sparql()).isConstructType() ? N_TRIPLES : SPARQL_JSON);
            // as on the endpoint: the union of the named graphs, unless the query's FROM picks graphs
            entry.put("union", !QueryRunner.parse(q.sparql()).hasDatasetDescription());
            list.add(entry);
        }
        Path queryList = tmp.resolve("queries.json");
        Files.writeString(queryList, list.toString());
        oxigraph = runNode(node, release.resolve(Release.NQUADS), queryList);
    }

    @AfterAll
    static void release() {
        if (store != null)
            KgStore.release(store);
    }

    /** Fails under CI, where .ci/run installs both; elsewhere skips, saying what is missing. */
    private static Path requireNodeAndOxigraph() {
        Path node = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "node"))
                .filter(Files::isExecutable).findFirst().orElse(null);
        String missing = node == null ? "node is not on the PATH"
                : !Files.isRegularFile(SCRIPT_DIR.resolve("node_modules/oxigraph/package.json"))
                        ? "the oxigraph package is not installed (npm ci --prefix src/test/oxigraph)" : null;
        if (missing != null) {
            assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as("Oxigraph parity under CI: " + missing).isFalse();
            String skipped = "Oxigraph parity skipped: " + missing + "; .ci/run installs it";
            System.err.println(skipped); // surefire does not show why a whole class was skipped
            Assumptions.abort(skipped);
        }
        return node;
    }

    private static JsonObject runNode(Path node, Path dump, Path queryList) throws IOException, InterruptedException {
        Path out = tmp.resolve("oxigraph-answers.json");
        Path err = tmp.resolve("oxigraph-errors.txt");
        Process p = new ProcessBuilder(node.toString(), SCRIPT_DIR.resolve("parity.js").toString(), dump.toString(), queryList.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("parity.js still running after 3 minutes");
        }
        assertThat(p.exitValue()).as("parity.js: %s", Files.readString(err)).isZero();
        return JSON.read(out.toString());
    }

    /** A question another engine can answer: no SERVICE, no jena-text property function. */
    static boolean isPortable(Query query) {
        boolean[] jenaOnly = {false};
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override public void visit(OpService op) { jenaOnly[0] = true; }
            @Override public void visit(OpBGP op) {
                if (op.getPattern().getList().stream().anyMatch(t -> t.getPredicate().isURI() && t.getPredicate().getURI().equals(TEXT_QUERY)))
                    jenaOnly[0] = true;
            }
        });
        return !jenaOnly[0] && !query.isDescribeType(); // DESCRIBE's answer is each engine's own choice
    }

    @Test
    void oxigraphHoldsEveryQuadOfTheStore() {
        long quads = Txn.calculateRead(store, () -> store.stream().count());
        assertThat(oxigraph.get("quads").getAsNumber().value().longValue()).as(oxigraph.getString("engine")).isEqualTo(quads);
    }

    @Test
    void aQuestionThatUsesTheTextIndexIsNotCompared() {
        Query text = QueryRunner.parse("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'lachin' }");
        Query service = QueryRunner.parse("SELECT ?s { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }");
        Query plain = QueryRunner.parse("SELECT ?s { ?s ?p ?o }");
        assertThat(isPortable(text)).isFalse();
        assertThat(isPortable(service)).isFalse();
        assertThat(isPortable(plain)).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> everyPortableQuestionGivesTheSameAnswerOnOxigraph() {
        assertThat(portable).as("competency questions without text:query or SERVICE in " + QUERIES).hasSizeGreaterThanOrEqualTo(10);
        return portable.stream().map(q -> DynamicTest.dynamicTest(q.name() + ": " + q.question(), () -> compare(q)));
    }

    private static void compare(CompetencyQuestion q) {
        JsonObject answer = oxigraph.getObj("answers").getObj(q.name());
        assertThat(answer).as("Oxigraph's answer to " + q.name()).isNotNull();
        assertThat(answer.hasKey("error")).as("Oxigraph on %s: %s", q.name(), answer.hasKey("error") ? answer.getString("error") : "").isFalse();
        byte[] text = answer.getString("text").getBytes(StandardCharsets.UTF_8);
        Query query = QueryRunner.parse(q.sparql());
        if (query.isSelectType()) {
            RowSetRewindable jena = Txn.calculateRead(store, () -> {
                QueryRunner.Scoped scoped = QueryRunner.scoped(store, query);
                try (QueryExec exec = QueryExec.dataset(scoped.dataset()).query(scoped.query()).build()) {
                    return exec.select().rewindable();
                }
            });
            RowSetRewindable other = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(text), ResultSetLang.RS_JSON)).rewindable();
            // both empty would prove nothing
            assertThat(jena.size()).as("rows of %s on the store", q.name()).isPositive();
            boolean same = ResultSetCompare.equalsByValue(jena, other);
            jena.reset();
            other.reset();
            assertThat(same).as("%s%n--- Jena ---%n%s%n--- Oxigraph ---%n%s", q.name(), tsv(jena), tsv(other)).isTrue();
        } else if (query.isAskType()) {
            boolean jena = Txn.calculateRead(store, () -> {
                QueryRunner.Scoped scoped = QueryRunner.scoped(store, query);
                try (QueryExec exec = QueryExec.dataset(scoped.dataset()).query(scoped.query()).build()) {
                    return exec.ask();
                }
            });
            assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(text), ResultSetLang.RS_JSON)).as(q.name()).isEqualTo(jena);
        } else {
            Graph jena = Txn.calculateRead(store, () -> {
                QueryRunner.Scoped scoped = QueryRunner.scoped(store, query);
                try (QueryExec exec = QueryExec.dataset(scoped.dataset()).query(scoped.query()).build()) {
                    return exec.construct();
                }
            });
            Graph other = GraphFactory.createDefaultGraph();
            RDFParser.fromString(answer.getString("text"), Lang.NTRIPLES).parse(other);
            assertThat(jena.size()).as("triples of %s on the store", q.name()).isPositive();
            assertThat(other.isIsomorphicWith(jena)).as(q.name()).isTrue();
        }
    }

    private static String tsv(RowSetRewindable rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, ResultSet.adapt(rows), ResultSetLang.RS_TSV);
        rows.reset();
        return out.toString(StandardCharsets.UTF_8);
    }
}
