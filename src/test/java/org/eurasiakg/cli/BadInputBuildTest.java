package org.eurasiakg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.eurasiakg.TestProjects;
import org.eurasiakg.ingest.ArticleText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine.ExitCode;

/**
 * Each bad input fed to {@code kg build} over a good store: one line on stderr naming the file (and
 * line and column, or the statement) and what is wrong, exit code 2, and the previous store still
 * answering with the same triples (same count, same checksum of its sorted N-Quads).
 */
class BadInputBuildTest {
    private static final Path BAD = TestProjects.repository().resolve("src/test/resources/bad-input");

    @TempDir static Path tmp;
    static Path data;
    static String countBefore;
    static String checksumBefore;
    static String currentBefore;

    /** How to break a fresh copy of the fixture project. */
    interface Breakage {
        void apply(Path project) throws IOException;
    }

    @BeforeAll
    static void buildTheGoodStore() throws IOException {
        data = tmp.resolve("data");
        CliRun run = build(TestProjects.fixture(tmp.resolve("good")));
        assertThat(run.exitCode()).as(run.err()).isZero();
        countBefore = count();
        checksumBefore = checksum();
        currentBefore = Files.readString(data.resolve("CURRENT"));
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("malformed Turtle", (Breakage) p -> append(p.resolve("seeds/entities.ttl"),
                        "\nekr:broken a ekg:State ;; rdfs:label .\n"),
                        "seeds/entities\\.ttl:\\d+:\\d+: .+"),
                Arguments.of("unknown prefix", (Breakage) p -> append(p.resolve("ontology/mini.ttl"),
                        "\nnope:Thing a owl:Class .\n"),
                        "ontology/mini\\.ttl:\\d+:\\d+: .*nope.*"),
                Arguments.of("evidence quote not in the article", (Breakage) p -> replace(p.resolve("seeds/tale.statements.ttl"),
                        "The Pact is growing", "The Pact is shrinking"),
                        "seeds/tale\\.statements\\.ttl:\\d+: statement ekr:st-pact-growing ekg:quote \"The Pact is shrinking\": quote not found in the article text"),
                Arguments.of("unsourced triple in the real entity list", (Breakage) p -> appendToReal(p, "seeds/entities.ttl",
                        "\nekr:china ekg:memberOf ekr:csto .\n"),
                        "seeds/entities\\.ttl:LAST: ekr:china ekg:memberOf ekr:csto has no provenance: an editorial seed file may hold only rdf:type, rdfs:label, .*"),
                Arguments.of("link without a confirmation record", (Breakage) p -> appendToReal(p, "seeds/links.ttl",
                        "\nekr:csto-charter owl:sameAs <http://www.wikidata.org/entity/Q1> .\n"),
                        "seeds/links\\.ttl:LAST: ekr:csto-charter owl:sameAs <http://www\\.wikidata\\.org/entity/Q1> has no provenance: a link needs an ekg:LinkConfirmation .*"),
                Arguments.of("confirmation record that confirms nothing", (Breakage) p -> appendToReal(p, "seeds/links.ttl",
                        "\nekr:link-charter-wikidata a ekg:LinkConfirmation ;\n    ekg:linkSubject ekr:csto-charter ; ekg:linkTarget <http://www.wikidata.org/entity/Q1> .\n"),
                        "seeds/links\\.ttl:\\d+: ekr:link-charter-wikidata rdf:type ekg:LinkConfirmation: a confirmation record needs an ekg:confirmedBy quoting the source that confirms the link"),
                Arguments.of("claim outside a statement in the real statements file", (Breakage) p -> appendToReal(p,
                        "seeds/eurasia-under-the-csto.statements.ttl", "\nekr:csto ekg:hasMember ekr:china .\n"),
                        "seeds/eurasia-under-the-csto\\.statements\\.ttl:LAST: ekr:csto ekg:hasMember ekr:china has no provenance: outside a statement, .*"),
                Arguments.of("real evidence quote that does not occur", (Breakage) p -> {
                            appendToReal(p, "seeds/entities.ttl", "");
                            replace(p.resolve("seeds/eurasia-under-the-csto.statements.ttl"),
                                    "\"the CSTO currently includes Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan\"",
                                    "\"the CSTO currently includes Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan and China\"");
                        },
                        "seeds/eurasia-under-the-csto\\.statements\\.ttl:\\d+: statement ekr:st-csto-member-\\w+ ekg:quote \"the CSTO currently includes Russia, [^\"]*\": quote not found in the article text"),
                Arguments.of("SHACL violation", (Breakage) p -> Files.copy(BAD.resolve("shapes.ttl"), p.resolve("ontology/shapes.ttl")),
                        "ontology/shapes\\.ttl: SHACL violation .*: ekr:arden .*capital.*: a state needs its capital"),
                Arguments.of("empty article", (Breakage) p -> Files.writeString(p.resolve("seeds/tale.txt"), ""),
                        "seeds/tale\\.txt: the article text is empty"),
                Arguments.of("article not UTF-8", (Breakage) p -> Files.write(p.resolve("seeds/tale.txt"),
                        "The Northern Pact\n\nThe Northern Pact includes Arden and Borlund, caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1)),
                        "seeds/tale\\.txt:3: not valid UTF-8 \\(malformed byte sequence at byte \\d+\\)"),
                Arguments.of("missing seed file", (Breakage) p -> Files.delete(p.resolve("seeds/tale.txt")),
                        "seeds/tale\\.txt: article text file not found"),
                Arguments.of("10 MB article", (Breakage) BadInputBuildTest::tenMegabytes,
                        "seeds/tale\\.txt: the article text is 10,485,760 bytes, more than the limit of .*"),
                Arguments.of("ontology a reasoner finds inconsistent", (Breakage) p -> Files.copy(BAD.resolve("inconsistent.ttl"),
                        p.resolve("ontology/inconsistent.ttl")),
                        "ontology: inconsistent \\(OWL\\): ekr:pact is an instance of both ekg:Alliance and ekg:State, which the ontology declares disjoint"));
    }

    /** The number of the last line of the file last appended to, for the messages that must name it. */
    private static long lastLine;

    /** The real project's ontology, seeds and checks in place of the fixture's, with {@code text} appended to one file. */
    private static void appendToReal(Path project, String file, String text) throws IOException {
        for (String dir : new String[] {"ontology", "seeds"}) {
            try (Stream<Path> old = Files.walk(project.resolve(dir))) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            TestProjects.copyTree(TestProjects.repository().resolve(dir), project.resolve(dir));
        }
        TestProjects.copyTree(TestProjects.repository().resolve("queries/checks"), project.resolve("queries/checks"));
        append(project.resolve(file), text);
        try (Stream<String> lines = Files.lines(project.resolve(file))) {
            lastLine = lines.count();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsOneClearLineExitTwoAndTheStoreIsUnchanged(String name, Breakage breakage, String expected) throws IOException {
        Path project = TestProjects.fixture(tmp.resolve(name.replaceAll("\\W+", "-")));
        breakage.apply(project);

        CliRun run = build(project);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.errorLine()).startsWith("kg: error: ");
        assertThat(run.errorLine().substring("kg: error: ".length())).matches("(.*/)?" + expected.replace(":LAST:", ":" + lastLine + ":"));
        assertThat(Files.readString(data.resolve("CURRENT"))).isEqualTo(currentBefore);
        assertThat(count()).isEqualTo(countBefore);
        assertThat(checksum()).isEqualTo(checksumBefore);
    }

    private static CliRun build(Path project) {
        return CliRun.of("build", "--source", project.toString(), "--data", data.toString());
    }

    private static String count() {
        CliRun run = CliRun.of("query", "--data", data.toString(), "--format", "csv", "--query",
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().lines().skip(1).findFirst().orElseThrow();
    }

    /** SHA-256 of the store's quads as sorted N-Quads: the same data gives the same checksum. */
    private static String checksum() throws IOException {
        Path nq = tmp.resolve("export.nq");
        CliRun run = CliRun.of("export", "--data", data.toString(), "--format", "nq", "--output", nq.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<String> lines = Files.lines(nq)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            lines.sorted().forEach(l -> md.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardOpenOption.APPEND);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertThat(s).contains(from);
        Files.writeString(file, s.replace(from, to));
    }

    /** The fixture's own text, then sentences until the file is 10 MiB. */
    private static void tenMegabytes(Path project) throws IOException {
        Path text = project.resolve("seeds/tale.txt");
        String original = Files.readString(text);
        int body = original.indexOf("Jo Writer");
        byte[] line = "The Pact met again and talked at length about nothing in particular.\n".getBytes(StandardCharsets.UTF_8);
        long target = 10L << 20;
        assertThat(target).isGreaterThan(ArticleText.MAX_BYTES);
        try (OutputStream out = Files.newOutputStream(text)) {
            byte[] head = original.substring(0, body).getBytes(StandardCharsets.UTF_8);
            byte[] tail = original.substring(body).getBytes(StandardCharsets.UTF_8);
            out.write(head);
            long written = head.length + tail.length;
            while (written + line.length <= target) {
                out.write(line);
                written += line.length;
            }
            out.write(" ".repeat((int) (target - written)).getBytes(StandardCharsets.UTF_8));
            out.write(tail);
        }
        assertThat(Files.size(text)).isEqualTo(target);
    }
}
