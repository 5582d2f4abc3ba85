package org.eurasiakg.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.eurasiakg.TestProjects;
import org.eurasiakg.draft.ExtractionEvaluation.Score;
import org.eurasiakg.draft.ExtractionEvaluation.TextResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The extraction figures are computed by code, and docs/extraction.md holds what the code computes. */
class ExtractionEvaluationTest {
    static List<TextResult> results;

    @BeforeAll
    static void evaluate() {
        results = ExtractionEvaluation.run(TestProjects.repository());
    }

    @Test
    void everyArticleWithAStatementsFileIsMeasured() throws IOException {
        try (var seeds = Files.list(TestProjects.repository().resolve("seeds"))) {
            List<String> modelled = seeds.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".statements.ttl"))
                    .map(n -> n.substring(0, n.length() - ".statements.ttl".length())).sorted().toList();
            assertThat(results.stream().map(TextResult::slug).sorted().toList()).isEqualTo(modelled).contains("eurasia-under-the-csto");
        }
    }

    @Test
    void theCstoArticleIsComparedWithItsHandModel() throws IOException {
        TextResult csto = results.stream().filter(r -> r.slug().equals("eurasia-under-the-csto")).findFirst().orElseThrow();
        // the build annotates 98 mentions in the article (more once other articles add names to the entity list)
        assertThat(csto.mentions().gold()).isGreaterThanOrEqualTo(98);
        // every statement of the seed file is in the comparison
        String seed = Files.readString(TestProjects.repository().resolve("seeds/eurasia-under-the-csto.statements.ttl"));
        assertThat(csto.statements().gold()).isEqualTo(seed.split("\\sa ekg:Statement\\b", -1).length - 1);
        // the dates the hand model states: 1992, 1995, 2 April 1999, 2003, October 2002, 2022 (three times), September 2022
        assertThat(csto.dates().gold()).isGreaterThanOrEqualTo(8);
        for (Score s : List.of(csto.mentions(), csto.newNames(), csto.statements(), csto.alignedStatements(), csto.dates())) {
            assertThat(s.recall()).isBetween(0.0, 1.0);
            assertThat(s.precision()).isBetween(0.0, 1.0);
            assertThat(s.goldMatched()).isLessThanOrEqualTo(s.gold());
            assertThat(s.foundMatched()).isLessThanOrEqualTo(s.found());
        }
        assertThat(csto.alignedStatements().goldMatched()).isGreaterThanOrEqualTo(csto.statements().goldMatched());
    }

    @Test
    void docsExtractionMdHoldsTheFiguresTheCodeComputes() throws IOException {
        String doc = Files.readString(TestProjects.repository().resolve("docs/extraction.md"));
        assertThat(doc).as("docs/extraction.md is stale: run ./kg draft --evaluate --output docs/extraction.md")
                .isEqualTo(ExtractionReport.markdown(results));
    }
}
