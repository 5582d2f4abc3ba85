package org.eurasiakg.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.ingest.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/coverage.md is what `kg coverage` makes from the clause checklists now (not stale), every
 * statement a checklist names exists, and the counts add up.
 */
class CoverageTest {
    private static final Path STATEMENTS = Path.of("seeds/eurasia-under-the-csto.statements.ttl");

    @TempDir Path tmp;

    @Test
    void docsCoverageIsNotStale() throws IOException {
        String now = CoverageReport.markdown(Coverage.of(Sources.find(TestProjects.repository())));
        String committed = Files.readString(TestProjects.repository().resolve("docs/coverage.md"), StandardCharsets.UTF_8);
        assertThat(committed).as("docs/coverage.md is stale: run ./kg coverage --output docs/coverage.md").isEqualTo(now);
    }

    @Test
    void theCountsAddUpAndEveryModelledClauseNamesItsStatements() {
        List<Coverage.Article> articles = Coverage.of(Sources.find(TestProjects.repository()));
        assertThat(articles).extracting(Coverage.Article::slug).contains("eurasia-under-the-csto");
        for (Coverage.Article a : articles) {
            assertThat(a.modelled() + a.leftOut()).isEqualTo(a.clauses());
            assertThat(a.clauses()).isGreaterThan(a.checklist().sentenceCount());
            for (ClauseChecklist.Clause c : a.checklist().clauses())
                assertThat(c.modelled() ? !c.statements().isEmpty() : !c.leftOut().isBlank()).as(c.text()).isTrue();
        }
    }

    @Test
    void aChecklistNamingAStatementThatDoesNotExistIsOneLineExitTwo() throws IOException {
        Path project = TestProjects.real(tmp);
        Path file = project.resolve(STATEMENTS);
        String s = Files.readString(file, StandardCharsets.UTF_8);
        String listed = "#         st-csto-contender-nato\n";
        assertThat(s).contains(listed);
        Files.writeString(file, s.replace(listed, "#         st-csto-contender-to-nothing\n"), StandardCharsets.UTF_8);
        long line = s.substring(0, s.indexOf(listed)).lines().count() + 1;

        CliRun run = CliRun.of("coverage", "--source", project.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.errorLine()).endsWith("seeds/eurasia-under-the-csto.statements.ttl:" + (line - 1)
                + ": clause checklist names ekr:st-csto-contender-to-nothing, which is not an ekg:Statement of this file");
    }

    @Test
    void aClauseThatIsNotInItsSentenceIsRefused() throws IOException {
        Path project = TestProjects.real(tmp);
        Path file = project.resolve(STATEMENTS);
        String s = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, s.replace("#     - \"with the possibility of prolongation\"",
                "#     - \"with no possibility of prolongation\""), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("coverage", "--source", project.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLine()).contains("the clause \"with no possibility of prolongation\" is not in its sentence");
    }
}
