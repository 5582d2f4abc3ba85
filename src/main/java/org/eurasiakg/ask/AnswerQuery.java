package org.eurasiakg.ask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/** The SPARQL of a structured reading (answers-forward.rq or answers-backward.rq with its VALUES), and its answers with their evidence. */
final class AnswerQuery {
    private static final Query FORWARD = Sparql.template("answers-forward.rq");
    private static final Query BACKWARD = Sparql.template("answers-backward.rq");
    private static final Query DESCRIBE = Sparql.template("describe.rq");

    /** An answer node with the evidence rows of its statements, gathered per evidence anchor. */
    record Support(Node answer, Map<Node, EvidenceRows> evidence) {}

    /** One evidence anchor's rows: its quote, its sentences by position, article, status, asserter. */
    static final class EvidenceRows {
        String quote;
        Node anchor;
        final TreeMap<Integer, String> sentences = new TreeMap<>();
        final TreeMap<Integer, Node> sentenceNodes = new TreeMap<>();
        Node article, status, assertedBy;
    }

    private AnswerQuery() {}

    static Query of(Reading reading, Lexicon lexicon) {
        List<List<Node>> rows = new ArrayList<>();
        for (Node hub : reading.hubs())
            for (Node p : reading.predicates())
                for (Node sub : lexicon.withSubProperties(p))
                    rows.add(java.util.Arrays.asList(hub, sub, reading.context()));
        return Sparql.withValues(reading.forward() ? FORWARD : BACKWARD, List.of("hub", "p", "context"),
                rows.stream().distinct().toList());
    }

    /** The answers of {@code query}, only those the reading chose, in the order met; for "who says" questions, the asserters ("who denied": who disputes it). */
    static List<Support> run(DatasetGraph dsg, Query query, Reading reading, Deadline deadline) {
        Map<Node, Support> byAnswer = new LinkedHashMap<>();
        Sparql.select(dsg, query, deadline, row -> {
            if (!reading.answers().contains(row.get("answer")))
                return;
            Node answer = reading.asserters() ? row.get(reading.disputers() ? "disputedBy" : "assertedBy") : row.get("answer");
            if (answer == null)
                return;
            Support s = byAnswer.computeIfAbsent(answer, a -> new Support(a, new LinkedHashMap<>()));
            add(s, row);
        });
        return new ArrayList<>(byAnswer.values());
    }

    static void add(Support s, Binding row) {
        Node evidence = row.get("evidence");
        if (evidence == null)
            return;
        EvidenceRows e = s.evidence().computeIfAbsent(evidence, k -> new EvidenceRows());
        e.anchor = evidence;
        e.quote = row.get("quote").getLiteralLexicalForm();
        int start = ((Number) row.get("sentenceStart").getLiteralValue()).intValue();
        e.sentences.put(start, row.get("sentence").getLiteralLexicalForm());
        e.sentenceNodes.put(start, row.get("s"));
        e.article = row.get("article");
        e.status = row.get("status");
        e.assertedBy = row.get("assertedBy");
    }

    /** Names of nodes (answers, statuses, asserters) the neighbourhood did not meet. */
    static Map<Node, String> names(DatasetGraph dsg, List<Node> nodes, Deadline deadline) {
        Map<Node, String> names = new LinkedHashMap<>();
        List<Node> iris = nodes.stream().filter(Node::isURI).distinct().toList();
        if (iris.isEmpty())
            return names;
        Sparql.select(dsg, Sparql.withValues(DESCRIBE, "node", iris), deadline, row -> {
            if (row.get("label") != null)
                names.putIfAbsent(row.get("node"), row.get("label").getLiteralLexicalForm());
        });
        return names;
    }
}
