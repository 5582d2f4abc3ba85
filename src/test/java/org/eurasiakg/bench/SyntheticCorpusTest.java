package org.eurasiakg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.eurasiakg.TestProjects;
import org.eurasiakg.ingest.KnowledgeGraphBuild;
import org.eurasiakg.ingest.ScaleBuild;
import org.eurasiakg.ingest.Sources;
import org.eurasiakg.store.BulkLoad;
import org.eurasiakg.store.KgStore;
import org.eurasiakg.vocab.EKG.Graphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's corpus generator and the bulk-load build path, on a handful of articles. */
class SyntheticCorpusTest {
    private static final int ARTICLES = 12;

    @TempDir Path tmp;

    @Test
    void sameSeedWritesTheSameFilesAndAnotherSeedDoesNot() throws IOException {
        Path real = TestProjects.real(tmp);
        new SyntheticCorpus(7, 20).write(real, tmp.resolve("a"), ARTICLES);
        new SyntheticCorpus(7, 20).write(real, tmp.resolve("b"), ARTICLES);
        new SyntheticCorpus(8, 20).write(real, tmp.resolve("c"), ARTICLES);
        Path article = Path.of("seeds", SyntheticCorpus.slug(3) + ".statements.ttl");
        assertThat(files(tmp.resolve("a"))).isEqualTo(files(tmp.resolve("b"))).hasSize(files(tmp.resolve("c")).size());
        for (Path f : files(tmp.resolve("a")))
            assertThat(Files.readString(tmp.resolve("b").resolve(f))).as(f.toString()).isEqualTo(Files.readString(tmp.resolve("a").resolve(f)));
        assertThat(Files.readString(tmp.resolve("c").resolve(article))).isNotEqualTo(Files.readString(tmp.resolve("a").resolve(article)));
    }

    @Test
    void corpusPassesTheFullBuildWithShapesAndChecks() {
        Path project = tmp.resolve("corpus");
        new SyntheticCorpus(1, 20).write(TestProjects.real(tmp), project, ARTICLES);
        // the in-memory build validates the whole dataset against the shapes and runs every check: it throws on any violation
        KnowledgeGraphBuild.Result built = KnowledgeGraphBuild.run(Sources.find(project));
        long synthetic = built.triplesPerGraph().keySet().stream()
                .filter(g -> g.getURI().contains("/article/" + SyntheticCorpus.SLUG_PREFIX)).count();
        assertThat(synthetic).isEqualTo(ARTICLES);
        assertThat(built.mentions()).isGreaterThan(ARTICLES * 2L);
    }

    @Test
    void bulkLoadedScaleBuildHoldsWhatTheInMemoryBuildHolds() throws IOException {
        Path project = tmp.resolve("corpus");
        new SyntheticCorpus(1, 20).write(TestProjects.real(tmp), project, ARTICLES);
        Sources sources = Sources.find(project);
        Path nq = tmp.resolve("corpus.nq");
        // one pass, as the benchmark runs it: the build streams into the bulk loader and an N-Quads file
        ScaleBuild.Result[] built = new ScaleBuild.Result[1];
        Map<String, Long> counts = new java.util.TreeMap<>();
        KgStore store = new KgStore(tmp.resolve("data"));
        KgStore.LoadReport report;
        try (java.io.OutputStream file = Files.newOutputStream(nq)) {
            report = store.installQuads(dest -> {
                built[0] = ScaleBuild.run(sources, ScaleBuild.tee(dest, ScaleBuild.nquads(file)), 1, 1, 2);
                counts.putAll(built[0].triplesPerGraph());
            }, BulkLoad.Loader.PHASED, Map.of("corpus", "test"), counts);
        }
        ScaleBuild.Result result = built[0];
        // the synthetic articles and the real ones the corpus is written beside
        int real = Sources.find(TestProjects.real(tmp.resolve("real-articles"))).articles().size();
        assertThat(real).isPositive();
        assertThat(result.articles()).isEqualTo(ARTICLES + real);
        assertThat(result.shapeValidated()).isEqualTo(ARTICLES + real);
        assertThat(report.quads()).isEqualTo(result.quads());
        try (var lines = Files.lines(nq)) {
            assertThat(lines.count()).isEqualTo(result.quads());
        }
        assertThat(report.manifest().triplesPerGraph()).containsAllEntriesOf(result.triplesPerGraph())
                .containsKey(Graphs.VOID.getURI());

        Set<Triple> expected = new HashSet<>();
        DatasetGraph inMemory = KnowledgeGraphBuild.run(sources).dataset();
        // the scale build ingests in batches and does not compare the articles (README, "Sources compared")
        inMemory.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(Graphs.VOID) && !g.equals(Graphs.COMPARISONS))
                inMemory.getGraph(g).find().forEach(expected::add);
        });
        expected.removeIf(t -> t.getSubject().equals(Graphs.COMPARISONS));
        DatasetGraph dsg = store.open();
        try {
            Set<Triple> loaded = Txn.calculateRead(dsg, () -> {
                Set<Triple> all = new HashSet<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (!g.equals(Graphs.VOID))
                        dsg.getGraph(g).find().forEach(all::add);
                });
                return all;
            });
            // blank nodes (the ontology's class expressions) are parsed anew by each build: compare the rest
            assertThat(loaded).hasSameSizeAs(expected);
            assertThat(withoutBlankNodes(loaded)).isEqualTo(withoutBlankNodes(expected));
            // the competency-question shape: who filled a vacuum, with the sentence that says so
            long answers = Txn.calculateRead(dsg, () -> {
                try (QueryExec q = QueryExec.dataset(dsg).query("""
                        PREFIX ekg: <https://w3id.org/eurasia-kg/ontology#>
                        SELECT ?filler ?sentence {
                          ?v a ekg:PowerVacuum ; ekg:filledBy ?filler .
                          ?st ekg:subject ?v ; ekg:predicate ekg:filledBy ; ekg:object ?filler ;
                              ekg:evidence/ekg:sentence ?sentence .
                          FILTER(STRSTARTS(STR(?v), "https://w3id.org/eurasia-kg/id/synthetic-"))
                        }""").build()) {
                    return q.select().stream().count();
                }
            });
            assertThat(answers).isPositive();
        } finally {
            KgStore.release(dsg);
        }
    }

    private static Set<Triple> withoutBlankNodes(Set<Triple> triples) {
        Set<Triple> out = new HashSet<>();
        for (Triple t : triples)
            if (!t.getSubject().isBlank() && !t.getObject().isBlank())
                out.add(t);
        return out;
    }

    private static Set<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            Set<Path> out = new HashSet<>();
            s.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p)));
            return out;
        }
    }
}
