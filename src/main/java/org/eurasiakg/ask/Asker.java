package org.eurasiakg.ask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eurasiakg.store.StoreGeneration;
import org.eurasiakg.vocab.EKG;

/**
 * Answers a question in plain words from the graph: reads it against the graph's lexicon, chooses
 * the relation of the graph that fits it best and runs that as SPARQL; when no relation fits well
 * enough, ranks statements by the question's words; when nothing is relevant, says there is no
 * answer in the graph. The lexicon and the statement index are made once per store generation.
 */
public final class Asker {
    /**
     * A structured reading below this score is not trusted. Measured on half A of the question set:
     * 1.5 gives 2 confident answers to unanswerable questions, 2.0 to 2.25 none and the most exact
     * answers (53 of 56), 2.5 and above lose exact answers (52, then 51, 44 at 3.5).
     */
    static final double MIN_SCORE = 2.25;
    public static final long DEFAULT_TIME_LIMIT_MILLIS = 2_000;
    private static final Node QUANTITY = NodeFactory.createURI(EKG.NS + "Quantity");
    private static final Node ARTICLE = NodeFactory.createURI(EKG.NS + "Article");
    private static final Query QUANTITIES = Sparql.template("quantity.rq");
    private static final Query EVIDENCE = Sparql.template("evidence.rq");

    private record Prepared(StoreGeneration generation, Lexicon lexicon, StatementRanking ranking) {}

    private final DatasetGraph dsg;
    private final long timeLimitMillis;
    private final double minScore;
    private final QuestionReader reader = new QuestionReader(QuestionWords.DEFAULT);
    private volatile Prepared prepared;

    public Asker(DatasetGraph dsg) { this(dsg, DEFAULT_TIME_LIMIT_MILLIS); }

    public Asker(DatasetGraph dsg, long timeLimitMillis) {
        this(dsg, timeLimitMillis, MIN_SCORE);
    }

    /** With another threshold for structured readings: to measure where it should be. */
    Asker(DatasetGraph dsg, long timeLimitMillis, double minScore) {
        this.dsg = dsg;
        this.timeLimitMillis = timeLimitMillis;
        this.minScore = minScore;
    }

    /** The answers to {@code question}, at most {@code limit}; never throws for what a user types. */
    public Answer ask(String question, int limit) {
        String shown = question == null ? "" : question.length() > 200 ? question.substring(0, 200) + "…" : question;
        try {
            String text = QuestionReader.clean(question);
            return Txn.calculateRead(dsg, () -> {
                Prepared p = prepared();
                // the time limit starts once the lexicon of this store generation is read
                Deadline deadline = new Deadline(timeLimitMillis);
                Question q = reader.read(text, p.lexicon());
                if (q.answerClasses().contains(ARTICLE))
                    return sources(q, p, Math.max(1, limit), deadline);
                return answer(q, p, Math.max(1, limit), deadline);
            });
        } catch (UnreadableQuestionException e) {
            return Answer.none(shown, e.getMessage(), Answer.Confidence.UNREADABLE);
        } catch (Deadline.TooLongException | QueryCancelledException e) {
            return Answer.none(shown, "no answer: the question took longer than its time limit (" + timeLimitMillis + " ms)", Answer.Confidence.NONE);
        }
    }

    private Prepared prepared() {
        StoreGeneration now = StoreGeneration.of(dsg);
        Prepared p = prepared;
        if (p == null || !p.generation().equals(now)) {
            synchronized (this) {
                p = prepared;
                if (p == null || !p.generation().equals(now)) {
                    p = new Prepared(now, Lexicon.read(dsg, QuestionWords.DEFAULT), StatementRanking.index(dsg));
                    prepared = p;
                }
            }
        }
        return p;
    }

    private Answer answer(Question q, Prepared p, int limit, Deadline deadline) {
        Set<Node> named = new LinkedHashSet<>(q.terms(Lexicon.Kind.ENTITY));
        named.addAll(q.terms(Lexicon.Kind.CONCEPT));
        Set<Node> classes = new LinkedHashSet<>(q.terms(Lexicon.Kind.CLASS));
        classes.removeAll(q.answerClasses());
        Optional<Reading> reading = Optional.empty();
        Neighbourhood around = null;
        if (!named.isEmpty() || !classes.isEmpty()) {
            around = Neighbourhood.around(dsg, named, classes, p.lexicon(), deadline);
            ReadingChooser chooser = new ReadingChooser(q, around, p.lexicon());
            reading = chooser.best().filter(r -> r.score() >= minScore).or(chooser::byType);
        }
        if (reading.isPresent())
            return structured(q, reading.get(), around, p.lexicon(), limit, deadline);
        return ranked(q, p, limit, deadline);
    }

    /**
     * "Which articles say …": the claim read without the wh-noun, its answers' evidence then grouped by the
     * article it comes from; each article is an answer, with the sentences it says it in. Read as "who says …", so
     * that what the question names may be the claim's object ("that Azerbaijan blockaded …").
     */
    private Answer sources(Question q, Prepared p, int limit, Deadline deadline) {
        List<Lexicon.Match> claim = q.matches().stream()
                .filter(m -> !(m.entry().kind() == Lexicon.Kind.CLASS && q.answerClasses().contains(m.entry().term()))).toList();
        Question about = new Question(q.text(), q.stems(), AnswerKind.THING, Set.of(), claim, q.unexplained(),
                q.unexplainedNames(), q.years(), true, false);
        Answer said = answer(about, p, Integer.MAX_VALUE, deadline);
        if (said.confidence() != Answer.Confidence.STRUCTURED)
            return Answer.none(q.text(), "no answer in the graph", Answer.Confidence.NONE);
        Map<String, List<Answer.Evidence>> byArticle = new LinkedHashMap<>();
        for (Answer.Found f : said.answers())
            for (Answer.Evidence e : f.evidence())
                if (e.article() != null)
                    byArticle.computeIfAbsent(e.article(), a -> new ArrayList<>()).add(e);
        Map<Node, String> titles = AnswerQuery.names(dsg, byArticle.keySet().stream().map(NodeFactory::createURI).toList(), deadline);
        List<Answer.Found> found = new ArrayList<>();
        byArticle.forEach((article, evidence) -> {
            Node a = NodeFactory.createURI(article);
            found.add(new Answer.Found(titles.getOrDefault(a, a.getLocalName()), article, null, evidence.stream().distinct().toList()));
        });
        if (found.isEmpty())
            return Answer.none(q.text(), "no answer in the graph", Answer.Confidence.NONE);
        return new Answer(q.text(), "articles saying: " + said.reading(), said.sparql(), cap(found, limit), Answer.Confidence.STRUCTURED);
    }

    private Answer structured(Question q, Reading r, Neighbourhood around, Lexicon lexicon, int limit, Deadline deadline) {
        Query query = AnswerQuery.of(r, lexicon);
        List<AnswerQuery.Support> supports = AnswerQuery.run(dsg, query, r, deadline);
        List<Node> toName = new ArrayList<>();
        for (AnswerQuery.Support s : supports) {
            toName.add(s.answer());
            s.evidence().values().forEach(e -> { toName.add(e.status); toName.add(e.assertedBy); });
        }
        Map<Node, String> names = new LinkedHashMap<>(around.labels);
        names.putAll(AnswerQuery.names(dsg, toName.stream().filter(n -> n != null && !names.containsKey(n)).toList(), deadline));
        List<Answer.Found> found = new ArrayList<>();
        for (AnswerQuery.Support s : supports) {
            List<Answer.Evidence> evidence = evidence(s.evidence().values(), names);
            if (s.answer().isURI() && around.hasType(s.answer(), QUANTITY))
                found.addAll(quantity(s.answer(), evidence, deadline));
            else
                found.add(found(s.answer(), names, evidence));
        }
        String reading = describe(r, around, lexicon);
        if (q.kind() == AnswerKind.COUNT && !found.isEmpty() && found.stream().noneMatch(f -> f.value() != null)) {
            List<Answer.Evidence> all = found.stream().flatMap(f -> f.evidence().stream()).distinct().toList();
            String who = String.join(", ", found.stream().map(Answer.Found::label).toList());
            found = List.of(new Answer.Found(found.size() + " (" + who + ")", null, Integer.toString(found.size()), all));
            reading = "counted: " + reading;
        }
        if (found.isEmpty())
            return Answer.none(q.text(), "no answer in the graph", Answer.Confidence.NONE);
        return new Answer(q.text(), reading, query.serialize(), cap(found, limit), Answer.Confidence.STRUCTURED);
    }

    private List<Answer.Found> quantity(Node quantity, List<Answer.Evidence> evidence, Deadline deadline) {
        List<Answer.Found> found = new ArrayList<>();
        Sparql.select(dsg, Sparql.withValues(QUANTITIES, "quantity", List.of(quantity)), deadline, row -> {
            String bound = switch (row.get("bound").getLocalName()) {
                case "maxExclusive" -> "under ";
                case "maxInclusive" -> "at most ";
                case "minInclusive" -> "at least ";
                case "minExclusive" -> "more than ";
                case "approximateValue" -> "about ";
                default -> "";
            };
            String unit = row.get("unit") == null ? "" : " " + row.get("unit").getLocalName();
            String value = row.get("value").getLiteralLexicalForm();
            found.add(new Answer.Found(bound + value + unit, null, value, evidence));
        });
        return found;
    }

    private Answer ranked(Question q, Prepared p, int limit, Deadline deadline) {
        List<String> statements = p.ranking().rank(q.stems(), limit);
        if (statements.isEmpty())
            return Answer.none(q.text(), "no answer in the graph", Answer.Confidence.NONE);
        Map<Node, AnswerQuery.Support> bySt = new LinkedHashMap<>();
        Map<Node, Node[]> said = new LinkedHashMap<>();
        List<Node> sts = statements.stream().map(NodeFactory::createURI).toList();
        Query query = Sparql.withValues(EVIDENCE, "st", sts);
        Sparql.select(dsg, query, deadline, row -> {
            Node st = row.get("st");
            said.putIfAbsent(st, new Node[] {row.get("subject"), row.get("p"), row.get("answer")});
            AnswerQuery.add(bySt.computeIfAbsent(st, k -> new AnswerQuery.Support(row.get("answer"), new LinkedHashMap<>())), row);
        });
        List<Node> toName = new ArrayList<>();
        said.values().forEach(s -> toName.addAll(List.of(s)));
        bySt.values().forEach(s -> s.evidence().values().forEach(e -> { toName.add(e.status); toName.add(e.assertedBy); }));
        Map<Node, String> names = AnswerQuery.names(dsg, toName.stream().filter(n -> n != null).toList(), deadline);
        List<Answer.Found> found = new ArrayList<>();
        for (Node st : sts) {
            if (!bySt.containsKey(st) || !fits(said.get(st)[2], q.kind()))
                continue;
            Node[] s = said.get(st);
            Answer.Found f = found(s[2], names, evidence(bySt.get(st).evidence().values(), names));
            String label = name(s[0], names) + " — " + name(s[1], names) + " — " + f.label();
            found.add(new Answer.Found(label, f.iri(), f.value(), f.evidence()));
        }
        if (found.isEmpty())
            return Answer.none(q.text(), "no answer in the graph", Answer.Confidence.NONE);
        return new Answer(q.text(), "ranked: no relation of the graph fits the question; statements ranked by its words",
                query.serialize(), cap(found, limit), Answer.Confidence.RANKED);
    }

    /** A ranked statement answers a "when" question only with a date, a "how many" one only with a figure. */
    private static boolean fits(Node answer, AnswerKind kind) {
        return switch (kind) {
            case DATE -> ReadingChooser.isDate(answer);
            case COUNT, QUANTITY, DURATION -> answer.isLiteral() && (answer.getLiteralValue() instanceof Number
                    || answer.getLiteralDatatypeURI().endsWith("#duration"));
            default -> true;
        };
    }

    private static Answer.Found found(Node answer, Map<Node, String> names, List<Answer.Evidence> evidence) {
        if (answer.isLiteral())
            return new Answer.Found(Values.words(answer), null, answer.getLiteralLexicalForm(), evidence);
        return new Answer.Found(name(answer, names), answer.getURI(), null, evidence);
    }

    private static List<Answer.Evidence> evidence(java.util.Collection<AnswerQuery.EvidenceRows> rows, Map<Node, String> names) {
        List<Answer.Evidence> list = new ArrayList<>();
        for (AnswerQuery.EvidenceRows e : rows)
            list.add(new Answer.Evidence(e.quote, String.join(" ", e.sentences.values()),
                    e.article == null ? null : e.article.getURI(),
                    e.status == null ? null : name(e.status, names),
                    e.assertedBy == null ? null : name(e.assertedBy, names),
                    e.anchor.getURI(), e.sentenceNodes.firstEntry().getValue().getURI()));
        return list.stream().distinct().toList();
    }

    private static String name(Node n, Map<Node, String> names) {
        if (n.isLiteral())
            return Values.words(n);
        String name = names.get(n);
        return name != null ? name : n.getLocalName();
    }

    private static String describe(Reading r, Neighbourhood around, Lexicon lexicon) {
        String hubs = String.join(", ", r.hubs().stream().map(around::label).toList());
        String relation = Optional.ofNullable(lexicon.name(r.property())).orElse(r.property().getLocalName());
        String read = r.forward() ? hubs + " → " + relation + " → ?answer" : "?answer → " + relation + " → " + hubs;
        if (r.context() != null)
            read += " (in the context of " + around.label(r.context()) + ")";
        if (r.byType())
            read += " (chosen by type: no phrasing names the relation; the one relation to what the question asks for)";
        return (r.disputers() ? "who disputes: " : r.asserters() ? "who asserts: " : "relation: ") + read;
    }

    private static <T> List<T> cap(List<T> list, int limit) {
        return list.size() > limit ? list.subList(0, limit) : list;
    }
}
