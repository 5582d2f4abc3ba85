package org.eurasiakg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every competency question in queries/ runs on the store built from the real article and
 * gives the result written beside it, which was written by reading the article.
 * Compared by value; in order only when the query says ORDER BY.
 */
class CompetencyQuestionsTest {
    private static final Path QUERIES = TestProjects.repository().resolve("queries");

    @TempDir static Path tmp;
    static DatasetGraph store;

    @BeforeAll
    static void build() {
        Path data = CliRun.buildReal(tmp);
        store = new KgStore(data).open();
    }

    @AfterAll
    static void release() {
        KgStore.release(store);
    }

    @TestFactory
    Stream<DynamicTest> everyQuestionGivesItsExpectedAnswer() {
        List<CompetencyQuestion> questions = CompetencyQuestion.in(QUERIES);
        assertThat(questions).as("competency questions in " + QUERIES).hasSizeGreaterThanOrEqualTo(10);
        return questions.stream().map(q -> DynamicTest.dynamicTest(q.name() + ": " + q.question(), () -> check(q)));
    }

    private static void check(CompetencyQuestion q) throws IOException {
        assertThat(q.expected()).as("expected result beside " + q.file().getFileName()).isPresent();
        Query query = QueryRunner.parse(q.sparql());
        RowSetRewindable expected;
        try (InputStream in = Files.newInputStream(q.expected().orElseThrow())) {
            expected = RowSet.adapt(ResultSetMgr.read(in, ResultSetLang.RS_TSV)).rewindable();
        }
        RowSetRewindable actual = Txn.calculateRead(store, () -> {
            QueryRunner.Scoped scoped = QueryRunner.scoped(store, query);
            try (QueryExec exec = QueryExec.dataset(scoped.dataset()).query(scoped.query()).build()) {
                return exec.select().rewindable();
            }
        });
        assertThat(expected.size()).as("expected rows of " + q.name()).isPositive();
        boolean same = query.hasOrderBy()
                ? ResultSetCompare.equalsByValueAndOrder(expected, actual)
                : ResultSetCompare.equalsByValue(expected, actual);
        expected.reset();
        actual.reset();
        assertThat(same).as("%s%n--- expected ---%n%s%n--- actual ---%n%s", q.name(), tsv(expected), tsv(actual)).isTrue();
    }

    private static String tsv(RowSetRewindable rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(rows), ResultSetLang.RS_TSV);
        rows.reset();
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void everyQuestionIsListedInTheQueriesReadme() throws IOException {
        String readme = Files.readString(QUERIES.resolve("README.md"));
        for (CompetencyQuestion q : CompetencyQuestion.in(QUERIES))
            assertThat(readme).as("queries/README.md lists " + q.file().getFileName()).contains(q.file().getFileName().toString());
    }

    @Test
    void theComparisonCanFail() {
        // guards against comparing a result with itself: a different answer must not pass
        RowSetRewindable a = RowSet.adapt(ResultSetMgr.read(new java.io.ByteArrayInputStream(
                "?x\n<https://w3id.org/eurasia-kg/id/china>\n".getBytes()), ResultSetLang.RS_TSV)).rewindable();
        RowSetRewindable b = RowSet.adapt(ResultSetMgr.read(new java.io.ByteArrayInputStream(
                "?x\n<https://w3id.org/eurasia-kg/id/nato>\n".getBytes()), ResultSetLang.RS_TSV)).rewindable();
        assertThat(ResultSetCompare.equalsByValue(a, b)).isFalse();
    }
}
