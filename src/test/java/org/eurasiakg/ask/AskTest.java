package org.eurasiakg.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kg ask on the store built from the real article: the public question set keeps its measured
 * accuracy, every evidence sentence holds its quote, the JSON has its documented shape, and what a
 * user may type (empty, huge, control characters, SPARQL, HTML, another script) gets a clean answer.
 */
class AskTest {
    /**
     * Exact answers on queries/ask/questions.tsv as measured (docs/ask.md: 117 of 168, 69.6 %), less
     * a margin of four questions for a lexicon or seed change that trades one question for another.
     */
    static final double MIN_EXACT_SHARE = 0.67;
    /** Confident (structured) answers to the questions no article answers, as measured: at most this many. */
    static final int MAX_CONFIDENT_UNANSWERABLE = 3;
    static final String ID = "https://w3id.org/eurasia-kg/id/";

    @TempDir static Path tmp;
    static Path data;
    static DatasetGraph store;
    static Asker asker;
    static List<AskEvaluation.Result> results;

    @BeforeAll
    static void build() {
        data = CliRun.buildReal(tmp);
        store = new KgStore(data).open();
        asker = new Asker(store);
        QuestionSet set = QuestionSet.read(TestProjects.repository().resolve("queries/ask/questions.tsv"));
        results = new ArrayList<>();
        for (QuestionSet.Item item : set.items())
            results.add(AskEvaluation.judge(item, asker.ask(item.question(), 10), 0));
    }

    @AfterAll
    static void release() {
        KgStore.release(store);
    }

    @Test
    void theQuestionSetIsLargeAndHasUnanswerableQuestions() {
        assertThat(results).hasSizeGreaterThanOrEqualTo(80);
        assertThat(results.stream().filter(r -> r.item().unanswerable()).count()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void exactAccuracyStaysAtTheMeasuredFigure() {
        AskEvaluation.Figures all = AskEvaluation.figures(results, r -> true);
        String misses = results.stream().filter(r -> !r.exact())
                .map(r -> r.item().id() + " " + r.item().question() + " -> " + r.got()).collect(Collectors.joining("\n"));
        assertThat(all.exactShare()).as("exact share; not exact:%n%s", misses).isGreaterThanOrEqualTo(MIN_EXACT_SHARE);
        assertThat(all.confidentUnanswerable()).isLessThanOrEqualTo(MAX_CONFIDENT_UNANSWERABLE);
    }

    @Test
    void theJudgeCanFail() {
        // guards against a judge that passes everything: a wrong answer and a missing one are not exact
        QuestionSet.Item item = new QuestionSet.Item("x", "A", "p1", "-", "q", Set.of(ID + "russia"));
        Answer wrong = new Answer("q", "r", null, List.of(new Answer.Found("China", ID + "china", null, List.of())), Answer.Confidence.STRUCTURED);
        assertThat(AskEvaluation.judge(item, wrong, 0).exact()).isFalse();
        assertThat(AskEvaluation.judge(item, Answer.none("q", "none", Answer.Confidence.NONE), 0).exact()).isFalse();
    }

    @Test
    void everyEvidenceSentenceContainsItsQuote() {
        int checked = 0;
        for (AskEvaluation.Result r : results)
            for (Answer.Found f : r.answer().answers())
                for (Answer.Evidence e : f.evidence()) {
                    assertThat(e.sentence()).as(r.item().question()).contains(e.quote());
                    assertThat(e.article()).startsWith(ID + "article/");
                    assertThat(e.status()).isIn("reported fact", "assessment");
                    assertThat(e.assertedBy()).isNotBlank();
                    checked++;
                }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void theSeedsOwnExampleIsAnsweredWithItsSentence() {
        Answer a = asker.ask("which actors filled the Karabakh vacuum?", 10);
        assertThat(a.confidence()).isEqualTo(Answer.Confidence.STRUCTURED);
        assertThat(a.answers()).extracting(Answer.Found::iri).containsExactlyInAnyOrder(
                ID + "european-union", ID + "nato", ID + "china", ID + "united-states");
        assertThat(a.answers()).allSatisfy(f -> assertThat(f.evidence()).extracting(Answer.Evidence::sentence)
                .contains("They have also been actively filling the vacuum left by the CSTO in the case of the Nagorno -Karabakh conflict."));
        assertThat(a.sparql()).contains("csto-vacuum-nagorno-karabakh").contains("filledBy");
    }

    @Test
    void withNoPhrasingTheTypeAskedForChoosesTheNamedThingsOneRelation() {
        // "the CSTO currently includes Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan" (eurasia-under-the-csto)
        Answer a = asker.ask("Which countries are in the CSTO?", 10);
        assertThat(a.confidence()).isEqualTo(Answer.Confidence.STRUCTURED);
        assertThat(a.reading()).contains("chosen by type").contains("has member");
        assertThat(a.answers()).extracting(Answer.Found::iri).containsExactlyInAnyOrder(ID + "russia", ID + "armenia",
                ID + "belarus", ID + "kazakhstan", ID + "kyrgyzstan", ID + "tajikistan");
    }

    @Test
    void aWordNoRelationExplainsKeepsTheTypeDrivenReadingOut() {
        // the articles say nothing of borders; "founded" names a relation the centre does not have
        for (String q : List.of("Which states border Azerbaijan?", "Who founded the Centre for Strategic and Contemporary Research?"))
            assertThat(asker.ask(q, 10).reading()).as(q).doesNotContain("chosen by type");
    }

    @Test
    void aClaimAttributedToOthersSaysWhoseItIs() {
        Answer a = asker.ask("Who accuses Armenia of taking a partial position?", 10);
        assertThat(a.answers()).extracting(Answer.Found::iri).containsExactly(ID + "russia");
    }

    @Test
    void whoDisputesAClaimIsReadFromItsStatement() {
        Answer a = asker.ask("Who disputes the purpose of the checkpoint in the Lachin corridor?", 10);
        assertThat(a.reading()).startsWith("who disputes:");
        assertThat(a.answers()).extracting(Answer.Found::iri).containsExactlyInAnyOrder(ID + "armenia", ID + "republic-of-artsakh");
        assertThat(a.answers()).allSatisfy(f -> assertThat(f.evidence()).extracting(Answer.Evidence::quote)
                .contains("the republics of Armenia and Artsakh have denied these allegations"));
    }

    @Test
    void whichArticlesSayAClaimNamesEachArticleWithItsOwnSentence() {
        Answer a = asker.ask("Which articles report that Azerbaijan blockaded the Lachin corridor?", 10);
        assertThat(a.reading()).startsWith("articles saying:");
        assertThat(a.answers()).extracting(Answer.Found::iri).containsExactlyInAnyOrder(ID + "article/eurasia-under-the-csto",
                ID + "article/lachin-corridor-wikipedia-lead", ID + "article/crs-in12265-karabakh-retaking");
        assertThat(a.answers()).allSatisfy(f -> assertThat(f.evidence()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.article()).isEqualTo(f.iri())));
    }

    @Test
    void anExpectedValueMayQuoteInsideIt(@TempDir Path dir) throws java.io.IOException {
        Path tsv = dir.resolve("q.tsv");
        java.nio.file.Files.writeString(tsv, "id\thalf\tparagraph\tcq\tquestion\texpected\n"
                + "q1\tA\tp1\t-\tWhat for?\t\"to prevent \\\"illegal\\\" transport\" ekr:russia\n");
        assertThat(QuestionSet.read(tsv).items().get(0).expected())
                .containsExactlyInAnyOrder("to prevent \"illegal\" transport", ID + "russia");
    }

    @Test
    void theJsonHasTheDocumentedShape() {
        JsonObject json = JSON.parse(AnswerJson.text(asker.ask("Who blockaded the Lachin corridor?", 10)));
        assertThat(json.keys()).containsExactlyInAnyOrder("question", "reading", "sparql", "answers");
        JsonObject first = json.get("answers").getAsArray().get(0).getAsObject();
        assertThat(first.keys()).containsExactlyInAnyOrder("label", "iri", "evidence");
        assertThat(first.get("iri").getAsString().value()).isEqualTo(ID + "azerbaijan");
        JsonValue evidence = first.get("evidence").getAsArray().get(0);
        assertThat(evidence.getAsObject().keys()).containsExactlyInAnyOrder("quote", "sentence", "article", "status", "assertedBy");
        JsonObject value = JSON.parse(AnswerJson.text(asker.ask("When was the CSTO officially established?", 10)))
                .get("answers").getAsArray().get(0).getAsObject();
        assertThat(value.keys()).containsExactlyInAnyOrder("label", "value", "evidence");
        assertThat(value.get("value").getAsString().value()).isEqualTo("2003");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u0000\u0007\u001b[31m", "\"} DROP ALL #", "<script>alert('x')</script>",
            "Кто входит в ОДКБ?", "من هم أعضاء منظمة معاهدة الأمن الجماعي؟", "?", "'; DELETE WHERE { ?s ?p ?o } #",
            "which\u0000 actors\u0085 filled the \u202eKarabakh vacuum?"})
    void whatAUserMayTypeGetsACleanAnswerAndChangesNothing(String typed) {
        long before = Txn.calculateRead(store, () -> count());
        Answer a = asker.ask(typed, 10);
        assertThat(a).isNotNull();
        assertThat(a.reading()).isNotBlank();
        if (a.sparql() != null && !typed.isBlank())
            assertThat(a.sparql()).doesNotContain(typed.strip());
        assertThat(Txn.calculateRead(store, () -> count())).isEqualTo(before);
    }

    @Test
    void anotherScriptIsOneItCannotRead() {
        assertThat(asker.ask("Кто входит в ОДКБ?", 10).confidence()).isEqualTo(Answer.Confidence.UNREADABLE);
        assertThat(asker.ask("Кто входит в ОДКБ?", 10).reading()).startsWith("cannot read this");
        assertThat(asker.ask("", 10).reading()).startsWith("cannot read this");
    }

    @Test
    void aQuestionOfTenThousandCharactersIsRefusedCleanly() {
        String huge = "Which states are members of the CSTO? ".repeat(300).substring(0, 10_000);
        Answer a = asker.ask(huge, 10);
        assertThat(a.confidence()).isEqualTo(Answer.Confidence.UNREADABLE);
        assertThat(a.question().length()).isLessThan(300);
    }

    @Test
    void aQuestionPastItsTimeLimitIsAbandoned() {
        Asker hurried = new Asker(store, 0);
        hurried.ask("warm up the lexicon", 1);
        Answer a = hurried.ask("Which countries belong to the CSTO?", 10);
        assertThat(a.answers()).isEmpty();
        assertThat(a.reading()).contains("time limit");
    }

    private static long count() {
        long[] n = {0};
        store.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }
}
