package org.eurasiakg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eurasiakg.TestProjects;
import picocli.CommandLine.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine.ExitCode;

/** `kg draft` on bad input: one line naming what is wrong, exit 2, nothing written; and a draft never breaks the build. */
class DraftCommandTest {
    @TempDir Path tmp;
    Path project;
    Path text;

    @BeforeEach
    void setUp() throws IOException {
        project = TestProjects.fixture(tmp);
        text = tmp.resolve("article.txt");
        Files.copy(TestProjects.repository().resolve("src/test/resources/corpus/csto-wikipedia-lead.txt"), text);
    }

    private CliRun draft(String file, String slug) {
        return CliRun.of("draft", file, "--slug", slug, "--source", project.toString());
    }

    private List<String> seeds() throws IOException {
        try (Stream<Path> s = Files.list(project.resolve("seeds"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertRefused(CliRun run, String... saying) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.errorLine()).startsWith("kg: error: ").contains(saying);
        assertThat(seeds()).containsExactly("entities.ttl", "tale.meta.ttl", "tale.statements.ttl", "tale.txt");
    }

    @Test
    void draftsAnArticleIntoThreeFiles() throws IOException {
        CliRun run = draft(text.toString(), "csto-lead");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote seeds/csto-lead.txt", "wrote seeds/csto-lead.meta.ttl", "wrote seeds/csto-lead.draft.ttl");
        assertThat(seeds()).contains("csto-lead.txt", "csto-lead.meta.ttl", "csto-lead.draft.ttl");
    }

    @Test
    void missingFile() throws IOException {
        assertRefused(draft(tmp.resolve("nope.txt").toString(), "nope"), "nope.txt", "file not found");
    }

    @Test
    void emptyFile() throws IOException {
        Files.writeString(text, "  \n\n");
        assertRefused(draft(text.toString(), "empty"), "article.txt", "empty");
    }

    @Test
    void binaryData() throws IOException {
        Files.write(text, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d});
        assertRefused(draft(text.toString(), "picture"), "article.txt", "binary data");
    }

    @Test
    void notUtf8() throws IOException {
        Files.write(text, "Line one.\nCaf\u00e9 in Latin-1.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertRefused(draft(text.toString(), "latin"), "article.txt:2:", "not valid UTF-8");
    }

    @Test
    void overOneMebibyte() throws IOException {
        Files.writeString(text, "The CSTO met again. ".repeat(60_000));
        assertRefused(draft(text.toString(), "huge"), "article.txt", "more than the limit");
    }

    @Test
    void slugThatExists() throws IOException {
        assertRefused(draft(text.toString(), "tale"), "tale.", "never overwritten");
    }

    @Test
    void slugThatIsNotLowerCaseWordsAndHyphens() throws IOException {
        assertRefused(draft(text.toString(), "Bad_Slug"), "Bad_Slug", "[a-z0-9-]+");
        assertRefused(draft(text.toString(), "../escape"), "../escape", "[a-z0-9-]+");
    }

    @Test
    void aDateThatIsNoDate() throws IOException {
        assertRefused(CliRun.of("draft", text.toString(), "--slug", "dated", "--source", project.toString(), "--date", "2024-13"),
                "--date \"2024-13\"", "YYYY-MM-DD");
    }

    @Test
    void aDraftNeverBreaksTheBuildAndNoneOfItEntersTheStore() {
        assertThat(draft(text.toString(), "csto-lead").exitCode()).isZero();
        Path data = tmp.resolve("data");
        CliRun build = CliRun.of("build", "--source", project.toString(), "--data", data.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.out()).doesNotContain("csto-lead");
        CliRun query = CliRun.of("query", "--data", data.toString(), "--format", "csv", "--query",
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?s), \"csto-lead\") || CONTAINS(STR(?g), \"csto-lead\")) }");
        assertThat(query.exitCode()).as(query.err()).isZero();
        assertThat(query.out().lines().skip(1)).containsExactly("0");
    }

    @Test
    void statusSaysWhatIsLeftToReview() throws IOException {
        project = TestProjects.real(tmp);  // the real ontology has the lexicon's cues
        assertThat(draft(text.toString(), "csto-lead").exitCode()).isZero();
        CliRun before = CliRun.of("draft", "--status", "csto-lead", "--source", project.toString());
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).containsPattern("csto-lead: 0 of (\\d+) proposed statements are in seeds/csto-lead.statements.ttl, \\1 left to review")
                .contains("under review");
        // a curator accepts the first proposed statement: copies it into the statements file
        String draft = Files.readString(project.resolve("seeds/csto-lead.draft.ttl"));
        int at = draft.indexOf("ekr:st-csto-lead-draft-1 a ekg:Statement");
        String first = draft.substring(at, draft.indexOf(" .\n", at) + 3).replaceAll("(?m)^\\s*draft:.*$", "")
                .replaceAll(";\\s*draft:[^;.]*", "");
        String prefixes = String.join("\n", draft.lines().filter(l -> l.startsWith("@prefix")).toList());
        Files.writeString(project.resolve("seeds/csto-lead.statements.ttl"), prefixes + "\n" + first + "\n");
        CliRun after = CliRun.of("draft", "--status", "csto-lead", "--source", project.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).containsPattern("csto-lead: 1 of \\d+ proposed statements are in seeds/csto-lead.statements.ttl")
                .doesNotContain("under review");
    }

    @Test
    void statusOfAnUnknownSlug() {
        CliRun run = CliRun.of("draft", "--status", "nothing-here", "--source", project.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errorLine()).contains("nothing-here.draft.ttl", "no draft");
    }
}
