package org.eurasiakg.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.vocab.EKG;

/**
 * Scores every way of reading a question as one relation of the neighbourhood: each relation, taken
 * from either end, is a candidate answer; it scores by how well the question names the relation
 * (its phrasings, its super-properties' and inverse's), how well it names the node at the other end
 * (that node, or one next to it, or the statement's context, is what the question names; its class
 * is the one the question names), whether the answer is of the kind asked for, and it loses for every
 * named thing it leaves unexplained. The best reading's answers are all candidates of the same
 * relation and end that score as well.
 */
final class ReadingChooser {
    static final double RELATION = 2.0;
    static final double NAMED = 1.0;
    static final double NEXT_TO_NAMED = 0.6;
    static final double ANSWER_NEXT_TO_NAMED = 0.3;
    static final double UNEXPLAINED_NAME = 1.5;
    /** A relation named on the hub's tie to a named thing counts this much of one named on the answer's edge. */
    static final double LINK = 0.75;
    static final double UNEXPLAINED_WORD = 0.25;
    private static final double TIE = 1e-9;

    private static final Node ACTOR = NodeFactory.createURI(EKG.NS + "Actor");
    private static final Node PLACE = NodeFactory.createURI(EKG.NS + "Place");
    private static final Node STATE = NodeFactory.createURI(EKG.NS + "State");
    private static final Node ORGANISATION = NodeFactory.createURI(EKG.NS + "Organisation");
    private static final Node QUANTITY = NodeFactory.createURI(EKG.NS + "Quantity");
    private static final Node TYPE = RDF.type.asNode();

    private record Candidate(Node hub, Neighbourhood.Edge edge, boolean forward, Node answer, Node readAs, double score) {}

    private final Question question;
    private final Neighbourhood around;
    private final Lexicon lexicon;
    private final Set<Node> named = new LinkedHashSet<>();
    private final Set<Node> namedClasses = new HashSet<>();
    private final Set<Node> optional = new HashSet<>();

    ReadingChooser(Question question, Neighbourhood around, Lexicon lexicon) {
        this.question = question;
        this.around = around;
        this.lexicon = lexicon;
        named.addAll(question.terms(Lexicon.Kind.ENTITY));
        named.addAll(question.terms(Lexicon.Kind.CONCEPT));
        namedClasses.addAll(question.terms(Lexicon.Kind.CLASS));
        namedClasses.removeAll(question.answerClasses());
        // a concept read from the same words as a relation ("intervened") need not be found as well
        for (Lexicon.Match c : question.of(Lexicon.Kind.CONCEPT))
            if (question.of(Lexicon.Kind.PROPERTY).stream().anyMatch(p -> p.first() <= c.last() && c.first() <= p.last()))
                optional.add(c.entry().term());
        for (Lexicon.Match c : question.of(Lexicon.Kind.CONCEPT))
            if (question.of(Lexicon.Kind.PROPERTY).stream().noneMatch(p -> p.first() <= c.last() && c.first() <= p.last()))
                optional.remove(c.entry().term());
    }

    Optional<Reading> best() {
        List<Candidate> all = new ArrayList<>();
        for (Neighbourhood.Edge e : around.edges.values()) {
            boolean typeEdge = e.p().equals(TYPE);
            if (typeEdge && question.kind() != AnswerKind.KIND)
                continue;
            consider(e, e.s(), e.o(), true, all);
            if (e.o().isURI() && !typeEdge)
                consider(e, e.o(), e.s(), false, all);
        }
        if (all.isEmpty())
            return Optional.empty();
        Candidate top = all.stream().max(Comparator.comparingDouble(Candidate::score)).orElseThrow();
        Set<Node> hubs = new LinkedHashSet<>();
        Set<Node> predicates = new LinkedHashSet<>();
        Set<Node> answers = new LinkedHashSet<>();
        for (Candidate c : all)
            if (c.readAs().equals(top.readAs()) && c.forward() == top.forward() && c.score() >= top.score() - TIE) {
                hubs.add(c.hub());
                predicates.add(c.edge().p());
                answers.add(c.answer());
            }
        Node context = top.edge().contexts().stream().filter(named::contains).findFirst().orElse(null);
        return Optional.of(new Reading(hubs, top.readAs(), predicates, top.forward(), context, answers, top.score(),
                question.asksWhoSays(), question.asksWhoDisputes(), false));
    }

    /**
     * When no phrasing names a relation: the relations of the one thing the question names (either way) whose other
     * end is of the type the wh-phrase asks for, a sub-property or inverse folded into a relation that already gives
     * its answers. Kept: those sharing most stemmed words with the question, then with the asked class's phrasings
     * ("member states"); one relation must be left, or one with at least twice the answers of each other; and every
     * word of the question must be explained (a shared word explains one; a phrasing of another relation does not).
     */
    Optional<Reading> byType() {
        if (named.size() != 1 || !namedClasses.isEmpty() || question.asksWhoSays() || question.unexplainedNames() > 0)
            return Optional.empty();
        Node hub = named.iterator().next();
        Map<Map.Entry<Node, Boolean>, Set<Node>> byRelation = new LinkedHashMap<>();
        for (Neighbourhood.Edge e : around.edges.values()) {
            if (e.p().equals(TYPE))
                continue;
            if (e.s().equals(hub) && ofTypeAsked(e.o()))
                byRelation.computeIfAbsent(Map.entry(e.p(), true), k -> new LinkedHashSet<>()).add(e.o());
            if (e.o().equals(hub) && ofTypeAsked(e.s()))
                byRelation.computeIfAbsent(Map.entry(e.p(), false), k -> new LinkedHashSet<>()).add(e.s());
        }
        List<Map.Entry<Node, Boolean>> kept = new ArrayList<>(byRelation.keySet());
        for (Map.Entry<Node, Boolean> r : List.copyOf(kept))
            if (kept.stream().anyMatch(o -> !o.equals(r) && lexicon.family(r.getKey()).contains(o.getKey())
                    && byRelation.get(o).containsAll(byRelation.get(r))))
                kept.remove(r);
        Set<String> classWords = new HashSet<>();
        question.answerClasses().forEach(c -> classWords.addAll(lexicon.classWords(c)));
        Map<Map.Entry<Node, Boolean>, Long> shared = new LinkedHashMap<>();
        Map<Map.Entry<Node, Boolean>, Long> sharedWithClass = new LinkedHashMap<>();
        for (Map.Entry<Node, Boolean> r : kept) {
            Set<String> words = lexicon.words(r.getKey());
            shared.put(r, question.stems().stream().distinct().filter(words::contains).count());
            sharedWithClass.put(r, classWords.stream().filter(words::contains).count());
        }
        long most = shared.values().stream().mapToLong(Long::longValue).max().orElse(0);
        kept.removeIf(r -> shared.get(r) < most);
        long mostWithClass = kept.stream().mapToLong(sharedWithClass::get).max().orElse(0);
        kept.removeIf(r -> sharedWithClass.get(r) < mostWithClass);
        kept.sort(Comparator.comparingInt((Map.Entry<Node, Boolean> r) -> byRelation.get(r).size()).reversed());
        if (kept.isEmpty() || (kept.size() > 1 && byRelation.get(kept.get(0)).size() < 2 * byRelation.get(kept.get(1)).size()))
            return Optional.empty();
        Map.Entry<Node, Boolean> won = kept.get(0);
        // a relation the question names that is not the one chosen ("founded") is a word left unexplained
        long otherRelations = question.of(Lexicon.Kind.PROPERTY).stream()
                .filter(m -> !lexicon.family(won.getKey()).contains(m.entry().term())).count();
        if (question.unexplained() + otherRelations > most)
            return Optional.empty();
        return Optional.of(new Reading(Set.of(hub), won.getKey(), Set.of(won.getKey()), won.getValue(), null,
                byRelation.get(won), most, false, false, true));
    }

    /** Whether a node is of the type the wh-phrase asks for: its class, a date, a quantity, a place, an actor. */
    private boolean ofTypeAsked(Node answer) {
        if (lexicon.isClass(answer) || named.contains(answer))
            return false;
        if (!question.answerClasses().isEmpty())
            return question.answerClasses().stream().anyMatch(c -> around.hasType(answer, c) || isPlace(c, answer));
        return switch (question.kind()) {
            case DATE -> isDate(answer);
            case QUANTITY, DURATION -> isAmount(answer);
            case PLACE -> around.hasType(answer, PLACE) || around.hasType(answer, STATE);
            case AGENT -> around.hasType(answer, ACTOR);
            default -> false;
        };
    }

    private void consider(Neighbourhood.Edge e, Node hub, Node answer, boolean forward, List<Candidate> into) {
        // a quantity's label repeats the question's words ("the population of Armenia"): it may still be the answer
        if ((named.contains(answer) && !question.asksWhoSays() && !around.hasType(answer, QUANTITY))
                || (lexicon.isClass(answer) && question.kind() != AnswerKind.KIND))
            return;
        // the relation: named by a phrasing of the property, of a super-property or of its inverse
        Node readAs = e.p();
        double relation = 0, others = 0;
        boolean content = false;
        for (Lexicon.Match m : question.of(Lexicon.Kind.PROPERTY))
            if (lexicon.family(e.p()).contains(m.entry().term())) {
                if (m.strength() > relation || (m.strength() == relation && closeness(m.entry().term(), e.p()) < closeness(readAs, e.p()))) {
                    others += relation;
                    relation = m.strength();
                    readAs = m.entry().term();
                } else {
                    others += m.strength();
                }
                content |= m.content();
            }
        // more words of the question naming the same relation ("when … signed") make it surer
        relation += Math.min(0.5, 0.25 * others);
        // or the question names the relation that ties the hub to what it names ("the conflicts the CSTO intervened in")
        double link = 0;
        for (Node n : named)
            for (Node p : around.between.getOrDefault(List.of(hub, n), Set.of()))
                for (Lexicon.Match m : question.of(Lexicon.Kind.PROPERTY))
                    if (m.content() && lexicon.family(p).contains(m.entry().term()))
                        link = Math.max(link, LINK * m.strength());
        if (link > relation) {
            relation = link;
            content = true;
        }
        // "who calls the blockade a violation": the named concept stands for the relation that says it
        if (relation == 0 && question.asksWhoSays() && question.terms(Lexicon.Kind.CONCEPT).contains(answer)) {
            relation = 1;
            content = true;
        }
        if (e.p().equals(TYPE)) {
            if (!lexicon.isClass(answer))
                return;
            relation = 1;
            content = true;
        }
        // the hub: what the question names, or next to it; the class it names
        double hubScore = 0;
        int connected = 0;
        Set<Node> explained = new HashSet<>();
        for (Node n : named) {
            if (hub.equals(n)) {
                hubScore += NAMED;
                explained.add(n);
            } else if (around.adjacent(hub, n) || e.contexts().contains(n)) {
                hubScore += NEXT_TO_NAMED;
                explained.add(n);
            } else if (answer.equals(n)) {
                hubScore += NAMED;
                explained.add(n);
            } else if (around.adjacent(answer, n) || twoStepsApart(hub, n)) {
                hubScore += ANSWER_NEXT_TO_NAMED;
                explained.add(n);
            }
        }
        connected = explained.size();
        int missingYears = 0;
        for (String year : question.years()) {
            boolean dated = around.values.getOrDefault(hub, Set.of()).stream().anyMatch(v -> v.startsWith(year))
                    || (answer.isURI() && around.values.getOrDefault(answer, Set.of()).stream().anyMatch(v -> v.startsWith(year)));
            if (dated)
                hubScore += ANSWER_NEXT_TO_NAMED;
            else
                missingYears++;
        }
        boolean classNamed = false;
        for (Node c : namedClasses)
            if (around.hasType(hub, c)) {
                hubScore += NEXT_TO_NAMED;
                classNamed = true;
            }
        // a relation named only by its wh-word ("when") needs a hub the question pins down
        if (!content && !(classNamed || connected >= 2))
            return;
        if (relation == 0 && !classNamed)
            return;
        double penalty = UNEXPLAINED_NAME * (named.stream().filter(n -> !explained.contains(n) && !optional.contains(n)).count() + question.unexplainedNames() + missingYears)
                + UNEXPLAINED_WORD * (question.unexplained() - question.unexplainedNames());
        double score = RELATION * relation + hubScore + fit(answer) - penalty;
        into.add(new Candidate(hub, e, forward, answer, readAs, score));
    }

    /** How directly a property names an edge's: itself, then a super-property, then an inverse (ties read it the first way). */
    private int closeness(Node named, Node p) {
        if (named.equals(p))
            return 0;
        return lexicon.withSubProperties(named).contains(p) ? 1 : 2;
    }

    /** The named thing is next to a neighbour of the hub (the UN of "the UN Secretariat"). */
    private boolean twoStepsApart(Node hub, Node n) {
        for (Node m : around.adjacent.getOrDefault(hub, Set.of()))
            if (around.adjacent(m, n))
                return true;
        return false;
    }

    /** Whether the answer is of the kind the question asks for; minus when it is not. */
    private double fit(Node answer) {
        double fit = 0;
        if (!question.answerClasses().isEmpty())
            fit += question.answerClasses().stream().anyMatch(c -> around.hasType(answer, c) || isPlace(c, answer)) ? 1.5 : -1.5;
        return fit + switch (question.kind()) {
            case DATE -> isDate(answer) ? 1.0 : -3.0;
            case COUNT, QUANTITY, DURATION -> isAmount(answer) ? 1.0 : question.kind() == AnswerKind.COUNT ? 0 : -2.0;
            case AGENT -> question.asksWhoSays() ? 0 : around.hasType(answer, ACTOR) ? 0.5 : -1.0;
            case PLACE -> around.hasType(answer, PLACE) || around.hasType(answer, STATE) || around.hasType(answer, ORGANISATION) ? 0.5 : -2.0;
            default -> 0;
        };
    }

    /** "Which places": a state is a place too (the ontology types states as actors). */
    private boolean isPlace(Node answerClass, Node answer) {
        return answerClass.equals(PLACE) && around.hasType(answer, STATE);
    }

    static boolean isDate(Node n) {
        if (!n.isLiteral())
            return false;
        String dt = n.getLiteralDatatypeURI();
        return dt.equals(XSDDatatype.XSDgYear.getURI()) || dt.equals(XSDDatatype.XSDgYearMonth.getURI())
                || dt.equals(XSDDatatype.XSDdate.getURI()) || dt.equals(XSDDatatype.XSDdateTime.getURI());
    }

    private boolean isAmount(Node n) {
        if (n.isLiteral())
            return n.getLiteralDatatypeURI().equals(XSDDatatype.XSDduration.getURI())
                    || n.getLiteralValue() instanceof Number;
        return around.hasType(n, QUANTITY);
    }
}
