package org.eurasiakg.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.federation.FederationFixture;
import org.eurasiakg.ingest.Sources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg export --release DIR}: every file parses as strictly as {@code riot --validate}, and SHA256SUMS matches. */
class ReleaseTest {
    @TempDir static Path tmp;
    static Path data;
    static Path release;

    @BeforeAll
    static void export() {
        data = FederationFixture.buildProject(tmp);
        release = tmp.resolve("release");
        CliRun run = CliRun.of("export", "--data", data.toString(), "--release", release.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    /** Parses a file with RIOT, checking terms, every warning an error. */
    static DatasetGraph parseStrictly(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString(), Lang.JSONLD);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerStrict).checking(true).parse(dsg);
        return dsg;
    }

    @Test
    void theReleaseHasEveryFile() {
        for (String name : List.of(Release.TRIG, Release.NQUADS, Release.ONTOLOGY_TTL, Release.ONTOLOGY_RDF,
                Release.ONTOLOGY_JSONLD, Release.CONTEXT, Release.VOID, Release.CHECKSUMS))
            assertThat(release.resolve(name)).as(name).isNotEmptyFile();
    }

    @TestFactory
    Stream<DynamicTest> everyRdfFileParsesStrictly() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(release)) {
            files = s.filter(p -> !p.getFileName().toString().equals(Release.CHECKSUMS)).sorted().toList();
        }
        assertThat(files).hasSize(7);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            DatasetGraph dsg = parseStrictly(f);
            if (!f.getFileName().toString().equals(Release.CONTEXT))
                assertThat(dsg.stream().count()).isPositive();
        }));
    }

    @Test
    void theStrictParseDoesRejectABadFile() throws IOException {
        Path bad = tmp.resolve("bad.nq");
        Files.writeString(bad, "<http://example/a b> <http://example/p> \"x\"@not_a_tag .\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parseStrictly(bad)).isInstanceOf(RiotException.class);
    }

    @Test
    void theDumpsHoldEveryGraphOfTheStore() {
        CliRun count = CliRun.of("query", "--data", data.toString(), "--format", "csv", "--query",
                "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?g) AS ?graphs) { GRAPH ?g { ?s ?p ?o } }");
        String[] row = count.out().lines().skip(1).findFirst().orElseThrow().trim().split(",");
        for (String dump : List.of(Release.TRIG, Release.NQUADS)) {
            DatasetGraph dsg = parseStrictly(release.resolve(dump));
            assertThat(dsg.stream().count()).as(dump).isEqualTo(Long.parseLong(row[0]));
            assertThat(dsg.listGraphNodes()).toIterable().as(dump).hasSize(Integer.parseInt(row[1]))
                    .contains(NodeFactory.createURI("https://w3id.org/eurasia-kg/graph/void"));
        }
    }

    @Test
    void theOntologyIsTheSameInEachSyntax() {
        Graph ttl = parseStrictly(release.resolve(Release.ONTOLOGY_TTL)).getDefaultGraph();
        assertThat(ttl.contains(NodeFactory.createURI("https://w3id.org/eurasia-kg/ontology#State"), org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.Node.ANY)).isTrue();
        assertThat(parseStrictly(release.resolve(Release.ONTOLOGY_RDF)).getDefaultGraph().isIsomorphicWith(ttl)).isTrue();
        assertThat(parseStrictly(release.resolve(Release.ONTOLOGY_JSONLD)).getDefaultGraph().isIsomorphicWith(ttl)).isTrue();
    }

    @Test
    void theContextMakesShortJsonLd() throws IOException {
        var context = JSON.read(release.resolve(Release.CONTEXT).toString()).getObj("@context");
        for (String prefix : List.of("ekg", "ekr", "ekc", "rdfs", "skos", "dcterms", "oa", "nif", "prov", "owl"))
            assertThat(context.hasKey(prefix)).as(prefix).isTrue();
        String doc = "{ \"@context\": " + Files.readString(release.resolve(Release.CONTEXT)).strip().replaceFirst("^\\{\\s*\"@context\"\\s*:", "").replaceFirst("}\\s*$", "")
                + ", \"@id\": \"ekr:csto\", \"hasMember\": \"ekr:russia\", \"founded\": \"2002\" }";
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(doc)).lang(Lang.JSONLD).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(g);
        assertThat(g.contains(NodeFactory.createURI("https://w3id.org/eurasia-kg/id/csto"),
                NodeFactory.createURI("https://w3id.org/eurasia-kg/ontology#hasMember"),
                NodeFactory.createURI("https://w3id.org/eurasia-kg/id/russia"))).isTrue();
        assertThat(g.contains(NodeFactory.createURI("https://w3id.org/eurasia-kg/id/csto"),
                NodeFactory.createURI("https://w3id.org/eurasia-kg/ontology#founded"),
                NodeFactory.createLiteralDT("2002", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear))).isTrue();
    }

    @Test
    void sha256sumsListsEveryOtherFileWithItsHash() throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(release.resolve(Release.CHECKSUMS))) {
            assertThat(line).matches("[0-9a-f]{64}  [^/ ]+");
            listed.put(line.substring(66), line.substring(0, 64));
        }
        List<String> files;
        try (Stream<Path> s = Files.list(release)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(Release.CHECKSUMS)).sorted().toList();
        }
        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(files);
        listed.forEach((name, hash) -> assertThat(Sources.sha256(release.resolve(name))).as(name).isEqualTo(hash));
    }
}
