package org.eurasiakg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg ask as a command: text and JSON answers from the store, the question set's report, one-line refusals. */
class AskCommandTest {
    @TempDir static Path tmp;
    static Path data;

    @BeforeAll
    static void build() {
        data = CliRun.buildReal(tmp);
    }

    @Test
    void answersInJson() {
        CliRun run = CliRun.of("ask", "--data", data.toString(), "--format", "json", "Which countries belong to the CSTO?");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.parse(run.out()).get("answers").getAsArray()).hasSize(6);
    }

    @Test
    void answersInTextWithTheSentenceAndTheSparql() {
        CliRun run = CliRun.of("ask", "--data", data.toString(), "--limit", "1", "Who blockaded the Lachin corridor?");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("* Azerbaijan").contains("by Azerbaijan").contains("SPARQL:").contains("SELECT");
    }

    @Test
    void writesTheReportOfAQuestionSet() throws Exception {
        Path set = tmp.resolve("set.tsv");
        Files.writeString(set, "id\thalf\tparagraph\tcq\tquestion\texpected\n"
                + "q1\tA\tp1\t-\tWhen was the CSTO officially established?\t\"2003\"\n"
                + "q2\tB\tnone\t-\tWhat is the capital of Armenia?\tNONE\n");
        Path report = tmp.resolve("ask.md");
        CliRun run = CliRun.of("ask", "--data", data.toString(), "--evaluate", set.toString(), "--output", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("2 questions: 2 exact");
        assertThat(Files.readString(report)).contains("| all | 2 | 2 (100.0 %)");
    }

    @Test
    void refusesNoQuestionAndABadLimitInOneLine() {
        CliRun none = CliRun.of("ask", "--data", data.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.errorLine()).contains("QUESTION");
        CliRun limit = CliRun.of("ask", "--data", data.toString(), "--limit", "0", "Who?");
        assertThat(limit.exitCode()).isEqualTo(2);
        assertThat(limit.errorLine()).contains("--limit");
        CliRun badSet = CliRun.of("ask", "--data", data.toString(), "--evaluate", tmp.resolve("missing.tsv").toString());
        assertThat(badSet.exitCode()).isEqualTo(2);
    }

    @Test
    void aQuestionItCannotReadIsAnAnswerNotAnError() {
        CliRun run = CliRun.of("ask", "--data", data.toString(), "Кто входит в ОДКБ?");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("cannot read this");
    }
}
