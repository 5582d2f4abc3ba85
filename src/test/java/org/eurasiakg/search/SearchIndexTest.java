package org.eurasiakg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.store.KgStore;
import org.eurasiakg.vocab.EKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index: built inside every new store, opened with it, usable from SPARQL and the search box. */
class SearchIndexTest {
    @TempDir Path tmp;

    private Path project() {
        Path project = TestProjects.fixture(tmp);
        TestProjects.copyTree(TestProjects.repository().resolve("src/test/resources/fixture-pages"), project);
        return project;
    }

    private KgStore build(Path project) {
        Path data = tmp.resolve("data");
        CliRun run = CliRun.of("build", "--source", project.toString(), "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new KgStore(data);
    }

    private static List<String> found(DatasetGraph dsg, String typed) {
        return Search.find(dsg, typed, 20).stream().map(h -> h.subject().getURI().substring(EKG.BASE.length())).toList();
    }

    @Test
    void everyWordIsAWholeWordOrTheStartOfOneAndAllAreRequired() {
        assertThat(Search.luceneQuery("Lachin corridor")).isEqualTo("((lachin^2 OR lachin*) AND (corridor^2 OR corridor*))");
        assertThat(Search.luceneQuery("  peacekeep ")).isEqualTo("((peacekeep^2 OR peacekeep*))");
    }

    @Test
    void lucenesSyntaxAndStopWordsAreNotPassedOn() {
        assertThat(Search.luceneQuery("the AND or NOT")).isNull();
        assertThat(Search.luceneQuery("title:x* OR \"y\"~2 (z)")).isEqualTo("((title^2 OR title*) AND (x^2 OR x*) AND (y^2 OR y*) AND (2^2 OR 2*) AND (z^2 OR z*))");
        assertThat(Search.luceneQuery("")).isNull();
        assertThat(Search.luceneQuery(null)).isNull();
    }

    @Test
    void theIndexIsBuiltInsideTheStoreAndAnswersTextQueryInSparql() {
        KgStore store = build(project());
        assertThat(store.current()).isPresent();
        assertThat(Files.isDirectory(store.current().get().resolve("text"))).isTrue();
        DatasetGraph dsg = store.open();
        try {
            String sparql = """
                    PREFIX text: <http://jena.apache.org/text#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?s { ?s text:query (rdfs:label "lachin") } ORDER BY ?s""";
            List<String> subjects = new ArrayList<>();
            Txn.executeRead(dsg, () -> {
                try (QueryExec exec = QueryExec.dataset(dsg).query(sparql).build()) {
                    exec.select().forEachRemaining(b -> subjects.add(b.get("s").getURI()));
                }
            });
            assertThat(subjects).containsExactly(EKG.ID + "corridor-clash", EKG.ID + "lachin-corridor");
        } finally {
            KgStore.release(dsg);
        }
    }

    @Test
    void namesDefinitionsAndSentencesAreFoundByPrefixAndByStem() {
        KgStore store = build(project());
        DatasetGraph dsg = store.open();
        try {
            assertThat(found(dsg, "Lachin")).startsWith("id/lachin-corridor").contains("id/corridor-clash");
            assertThat(found(dsg, "Lachin corridor")).contains("id/lachin-corridor");
            // a prefix and a stem of "Peacekeeping" both find its sentence
            assertThat(found(dsg, "peacekeep")).containsExactly("id/article/tale/sentence/6");
            assertThat(found(dsg, "peacekeepers")).containsExactly("id/article/tale/sentence/6");
            assertThat(found(dsg, "water")).containsExactly("id/article/tale/sentence/6");
            assertThat(found(dsg, "mountain road")).containsExactly("id/lachin-corridor");
            assertThat(found(dsg, "ardenian")).contains("id/arden");
        } finally {
            KgStore.release(dsg);
        }
    }

    @Test
    void theTextsPlumbingIsNotSearched() {
        KgStore store = build(project());
        DatasetGraph dsg = store.open();
        try {
            // labels such as "Mention of ... at 4", "Evidence 1 of ...", "Sentence 3", "Paragraph 2"
            for (String word : new String[] {"mention", "evidence", "sentence", "paragraph"})
                assertThat(found(dsg, word)).as(word).noneMatch(s -> s.contains("/sentence/")
                        || s.contains("/paragraph/") || s.contains("/mention/") || s.contains("/evidence/"));
            // the article's title is found, not its every paragraph
            List<Search.Hit> hits = Search.find(dsg, "northern", 20);
            assertThat(hits).extracting(h -> h.subject().getURI()).doesNotHaveDuplicates()
                    .noneMatch(s -> s.contains("/paragraph/") || s.contains("/mention/"));
        } finally {
            KgStore.release(dsg);
        }
    }

    @Test
    void everyBuildWritesAFreshIndexWithItsStore() throws Exception {
        Path project = project();
        Path entities = project.resolve("seeds/entities.ttl");
        String original = Files.readString(entities);
        Files.writeString(entities, original.replace("The mountain road", "The zebulon road"));
        KgStore store = build(project);
        Path first = store.current().orElseThrow();
        DatasetGraph dsg = store.open();
        try {
            assertThat(found(dsg, "zebulon")).containsExactly("id/lachin-corridor");
        } finally {
            KgStore.release(dsg);
        }

        Files.writeString(entities, original.replace("The mountain road", "The quokka road"));
        build(project);
        Path second = store.current().orElseThrow();
        assertThat(second).isNotEqualTo(first);
        assertThat(second.resolve("text")).isDirectory();
        dsg = store.open();
        try {
            assertThat(found(dsg, "quokka")).containsExactly("id/lachin-corridor");
            assertThat(found(dsg, "zebulon")).isEmpty();
        } finally {
            KgStore.release(dsg);
        }
    }

    @Test
    void aStoreWithoutAnIndexStillOpensAndFindsNothing() throws Exception {
        KgStore store = build(project());
        Path text = store.current().orElseThrow().resolve("text");
        try (var files = Files.walk(text)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
        DatasetGraph dsg = store.open();
        try {
            long n = Txn.calculateRead(dsg, () -> dsg.getUnionGraph().size());
            assertThat(n).isPositive();
            assertThat(Search.find(dsg, "Lachin", 10)).isEmpty();
        } finally {
            KgStore.release(dsg);
        }
    }
}
