package org.eurasiakg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eurasiakg.TestProjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine.ExitCode;

class BuildCommandTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @TempDir Path tmp;
    Path project;
    Path data;

    @BeforeEach
    void setUp() {
        project = TestProjects.fixture(tmp);
        data = tmp.resolve("data");
    }

    private CliRun build() {
        return CliRun.of("build", "--source", project.toString(), "--data", data.toString());
    }

    private String count() {
        CliRun run = CliRun.of("query", "--data", data.toString(), "--format", "csv", "--query", COUNT);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().lines().skip(1).findFirst().orElseThrow();
    }

    @Test
    void buildPrintsTriplesPerGraphAndTime() {
        CliRun run = build();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsPattern("Built .*: [0-9,]+ triples in 6 graphs, .* in [0-9.]+ s")
                .contains("https://w3id.org/eurasia-kg/graph/article/tale")
                .contains("https://w3id.org/eurasia-kg/graph/ontology")
                .contains("https://w3id.org/eurasia-kg/graph/entities")
                .contains("https://w3id.org/eurasia-kg/graph/inferred");
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        assertThat(build().exitCode()).isZero();
        CliRun run = CliRun.of("query", "--data", data.toString(), "--format", "csv", "--query",
                "SELECT ?m { <https://w3id.org/eurasia-kg/id/pact> <https://w3id.org/eurasia-kg/ontology#hasMember> ?m } ORDER BY ?m");
        assertThat(run.out().lines()).containsExactly("m",
                "https://w3id.org/eurasia-kg/id/arden", "https://w3id.org/eurasia-kg/id/borlund");
    }

    @Test
    void malformedTurtleNamesFileLineAndColumnAndKeepsThePreviousStore() throws IOException {
        assertThat(build().exitCode()).isZero();
        String before = count();
        Path entities = project.resolve("seeds/entities.ttl");
        Files.writeString(entities, Files.readString(entities) + "\nekr:broken a ekg:State ;; rdfs:label .\n");

        CliRun run = build();

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errorLine()).startsWith("kg: error: seeds/entities.ttl:")
                .matches("kg: error: seeds/entities\\.ttl:\\d+:\\d+: .+");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void unknownPrefixIsBadInput() throws IOException {
        Path ontology = project.resolve("ontology/mini.ttl");
        Files.writeString(ontology, Files.readString(ontology) + "\nnope:Thing a owl:Class .\n");
        CliRun run = build();
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errorLine()).contains("ontology/mini.ttl:").contains("nope");
    }

    @Test
    void quoteNotInTheArticleNamesTheStatement() throws IOException {
        Path statements = project.resolve("seeds/tale.statements.ttl");
        Files.writeString(statements, Files.readString(statements).replace("The Pact is growing", "The Pact is shrinking"));
        CliRun run = build();
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errorLine()).contains("seeds/tale.statements.ttl:")
                .contains("ekr:st-pact-growing").contains("quote not found").contains("The Pact is shrinking");
        assertThat(Files.exists(data.resolve("CURRENT"))).isFalse();
    }

    @Test
    void missingFolderIsBadInput() {
        CliRun run = CliRun.of("build", "--source", tmp.resolve("nowhere").toString(), "--data", data.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errorLine()).contains("--source").contains("nowhere");
    }

    @Test
    void unknownOptionIsOneLineAndBadInput() {
        CliRun run = CliRun.of("build", "--frobnicate");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.errorLine()).contains("--frobnicate").contains("kg build --help");
    }

    @Test
    void rebuildReplacesTheStoreAndKeepsOnlyTheLastTwo() throws IOException {
        for (int i = 0; i < 3; i++)
            assertThat(build().exitCode()).isZero();
        try (var files = Files.list(data)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("store-"))).hasSize(2);
        }
        assertThat(count()).isNotEmpty();
    }
}
