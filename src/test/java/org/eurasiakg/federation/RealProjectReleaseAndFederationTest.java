package org.eurasiakg.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.query.CompetencyQuestion;
import org.eurasiakg.release.Release;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same checks on the real project (the article, its entities and links): the federated
 * questions against the Wikidata stand-in give the expected answers, and its release parses
 * strictly. Skipped, saying why, while the real project does not build.
 */
class RealProjectReleaseAndFederationTest {
    @TempDir static Path tmp;
    static Path data;
    static String buildError;
    static FusekiServer wikidata;
    static String wikidataUrl;

    @BeforeAll
    static void build() {
        data = tmp.resolve("data");
        CliRun run = CliRun.of("build", "--source", TestProjects.real(tmp).toString(), "--data", data.toString());
        buildError = run.exitCode() == 0 ? null : run.errorLine();
        wikidata = StandInEndpoint.build(StandInEndpoint.load(FederationFixture.WIKIDATA), "wikidata", "127.0.0.1", 0).start();
        wikidataUrl = StandInEndpoint.sparqlUrl(wikidata, "127.0.0.1", "wikidata");
    }

    @AfterAll
    static void stop() {
        wikidata.stop();
    }

    @TestFactory
    Stream<DynamicTest> federatedQuestionsOnTheRealProject() {
        assertThat(buildError).as("the real project builds").isNull();
        List<CompetencyQuestion> questions = CompetencyQuestion.in(FederationFixture.QUERIES);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(3);
        return questions.stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            CliRun run = CliRun.of("query", "--data", data.toString(), "--format", "tsv",
                    "--service-endpoint", ServicePolicy.WIKIDATA + "=" + wikidataUrl, q.file().toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            FederatedQueriesTest.assertSameAsExpected(q, FederationFixture.tsv(run.out()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> theRealReleaseParsesStrictly() throws IOException {
        assertThat(buildError).as("the real project builds").isNull();
        Path release = tmp.resolve("release");
        CliRun run = CliRun.of("export", "--data", data.toString(), "--release", release.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Path> files;
        try (Stream<Path> s = Files.list(release)) {
            files = s.filter(p -> !p.getFileName().toString().equals(Release.CHECKSUMS)).sorted().toList();
        }
        assertThat(files).hasSize(7);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> org.eurasiakg.release.ReleaseTestSupport.parseStrictly(f)));
    }
}
