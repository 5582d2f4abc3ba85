package org.eurasiakg.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.draft.Draft.Candidate;
import org.eurasiakg.draft.Draft.Kind;
import org.eurasiakg.draft.Draft.Mention;
import org.eurasiakg.draft.Draft.Proposal;
import org.eurasiakg.draft.Draft.Sentence;
import org.eurasiakg.draft.Draft.Value;
import org.eurasiakg.vocab.EKG;

/**
 * Candidate statements, sentence by sentence, from the cue phrases of the lexicon: a cue of a
 * property relates the nearest mention that fits its domain to the mentions (a list: "Russia,
 * Armenia and Belarus") that fit its range on the other side; a cue of a datatype property
 * takes the nearest date, duration or number; a cue of an event class makes an event (or
 * finds the known one the sentence names) with the actors before and after the cue in its
 * roles, the sentence's date and an adjacent duration ("four-day clash"); a bounded number
 * becomes a quantity. Hedges make a statement an assessment, attribution cues name its asserter.
 */
final class StatementProposer {

    private static final Pattern LIST_GAP = Pattern.compile("\\s*(\\([^()]{1,12}\\)\\s*)?(,|,?\\s*(and|or)|,?\\s*and\\s+the|,\\s*the)?\\s*");
    /** "this clash", "the conflict": a definite cue speaks of the event named before. */
    private static final Pattern DEFINITE = Pattern.compile("(?i)(?<![\\p{L}])(this|that|the|these|those)\\s+([\\p{L}-]+\\s+)?$");
    private static final int REACH = 80;
    private static final Node DATE = Lexicon.ekg("date");
    private static final Node DURATION = Lexicon.ekg("duration");
    private static final Node EVENT = Lexicon.ekg("Event");
    private static final Node ACTOR = Lexicon.ekg("Actor");
    private static final Node REGION = Lexicon.ekg("Region");
    private static final Node QUANTITY = Lexicon.ekg("Quantity");
    private static final Node EXACT = Lexicon.ekg("exactValue");
    private static final Node ASSERTED_BY = Lexicon.ekg("assertedBy");

    private final String slug;
    private final String text;
    private final Lexicon lexicon;
    private final Map<Node, List<Lexicon.Cue>> cues;
    private final List<Candidate> events = new ArrayList<>();
    private final Map<String, Proposal> proposals = new LinkedHashMap<>();
    /** The last event of each class, for "this clash", "the conflict" in a later sentence. */
    private final Map<Node, Node> lastEvent = new LinkedHashMap<>();
    private List<Mention> names = List.of();
    private int nodes;

    StatementProposer(String slug, String text, Lexicon lexicon, Map<Node, List<Lexicon.Cue>> cues) {
        this.slug = slug;
        this.text = text;
        this.lexicon = lexicon;
        this.cues = cues;
    }

    List<Candidate> events() { return events; }
    List<Proposal> proposals() { return new ArrayList<>(proposals.values()); }

    void sentence(Sentence s, List<Mention> mentions, List<Value> values) {
        List<Mention> ms = mentions.stream().filter(m -> s.contains(m.start(), m.end())).toList();
        names = ms;
        List<Value> vs = values.stream().filter(v -> s.contains(v.start(), v.end())).toList();
        Node status = matches(Lexicon.ASSESSMENT, s).isEmpty() ? Lexicon.REPORTED_FACT : Lexicon.ASSESSMENT;
        Node asserter = null;
        for (int[] cue : matches(ASSERTED_BY, s)) {
            Mention who = nearestBefore(ms, cue[0], ACTOR, null);
            if (who != null) { asserter = who.entity(); break; }
        }
        Context c = new Context(s, ms, vs, status, asserter);
        for (var e : cues.entrySet()) {
            Node term = e.getKey();
            if (term.equals(Lexicon.ASSESSMENT) || term.equals(ASSERTED_BY)) continue;
            if (lexicon.isClass(term))
                for (int[] cue : matches(term, s)) event(c, term, cue);
            else if (lexicon.isDatatypeProperty(term)) {
                String kind = lexicon.valueKind(term);
                if ("date".equals(kind) || "duration".equals(kind))
                    for (int[] cue : matches(term, s)) datatype(c, term, cue, kind.equals("date") ? Kind.DATE : Kind.DURATION);
            } else
                for (int[] cue : matches(term, s)) relation(c, term, cue);
        }
        for (Mention m : ms)
            if (m.entity() != null && lexicon.fits(m.entity(), EVENT)) {
                Value d = nearest(vs, m.start(), m.end(), Kind.DATE);
                if (d != null) propose(c, m.entity(), DATE, null, d.literal(), span(m, d), 0.4);
            }
        for (Value v : vs)
            if (v.kind() == Kind.NUMBER) quantity(c, v);
    }

    private record Context(Sentence s, List<Mention> mentions, List<Value> values, Node status, Node asserter) {}

    private void relation(Context c, Node property, int[] cue) {
        Node domain = lexicon.domain(property), range = lexicon.range(property);
        List<Mention> objects = listAfter(c.mentions, cue[1], range);
        boolean forward = !objects.isEmpty();
        if (!forward) objects = listBefore(c.mentions, cue[0], range);
        if (objects.isEmpty()) return;
        final List<Mention> objs = objects;
        Mention subject = forward ? nearestBefore(c.mentions, cue[0], domain, objs) : null;
        if (subject == null) subject = nearestAfter(c.mentions, forward ? objs.get(objs.size() - 1).end() : cue[1], domain, objs);
        if (subject == null) return;
        double confidence = forward && subject.end() <= cue[0] ? 0.6 : 0.4;
        for (Mention o : objs)
            if (!Objects.equals(o.entity(), subject.entity()))
                propose(c, subject.entity(), property, o.entity(), null, span(cue, subject, o), confidence);
    }

    private void datatype(Context c, Node property, int[] cue, Kind kind) {
        Value v = nearest(c.values, cue[0], cue[1], kind);
        if (v == null) return;
        Node domain = lexicon.domain(property);
        Mention subject = nearestAround(c.mentions, cue[0], cue[1], domain);
        if (subject == null) return;
        propose(c, subject.entity(), property, null, v.literal(), span(cue, subject, v), 0.5);
    }

    private void event(Context c, Node type, int[] cue) {
        Mention known = nearestAround(c.mentions, cue[0], cue[1], type);
        Node event;
        double confidence;
        if (known != null && Math.abs(known.start() - cue[0]) < REACH) {
            event = known.entity();
            confidence = 0.5;
        } else if (DEFINITE.matcher(text.substring(Math.max(c.s.start(), cue[0] - 12), cue[0])).find() && lastEvent.containsKey(type)) {
            event = lastEvent.get(type);
            confidence = 0.4;
        } else {
            event = newEvent(type, cue);
            confidence = 0.4;
            propose(c, event, RDF.type.asNode(), type, null, cue, confidence);
        }
        lastEvent.put(type, event);
        Node before = lexicon.roleBefore(type), after = lexicon.roleAfter(type);
        if (before != null) {
            Mention who = nearestBefore(c.mentions, cue[0], lexicon.range(before) == null ? ACTOR : lexicon.range(before), null);
            if (who != null && !who.entity().equals(event))
                propose(c, event, before, who.entity(), null, span(cue, who), confidence);
        }
        if (after != null) {
            Node range = lexicon.range(after);
            for (Mention m : listAfter(c.mentions, cue[1], range == null ? ACTOR : range))
                if (!m.entity().equals(event))
                    propose(c, event, after, m.entity(), null, span(cue, m), confidence);
        }
        Node matter = lexicon.roleInSentence(type);
        if (matter != null) {
            // the matter of a situation: the event or region the sentence names, other than its actors
            Mention m = nearestAround(c.mentions.stream().filter(x -> x.entity() != null && !x.entity().equals(event)
                    && !lexicon.fits(x.entity(), ACTOR)).toList(), cue[0], cue[1], null);
            if (m != null && (lexicon.fits(m.entity(), EVENT) || lexicon.fits(m.entity(), REGION)))
                propose(c, event, matter, m.entity(), null, span(cue, m), confidence);
        }
        if (lexicon.closure(type).contains(EVENT)) {
            Value d = nearest(c.values, cue[0], cue[1], Kind.DATE);
            if (d != null) propose(c, event, DATE, null, d.literal(), span(cue, d), confidence);
            for (Value v : c.values)
                if (v.kind() == Kind.DURATION && v.end() <= cue[0] && text.substring(v.end(), cue[0]).isBlank())
                    propose(c, event, DURATION, null, v.literal(), new int[] {v.start(), cue[1]}, confidence);
        }
    }

    private Node newEvent(Node type, int[] cue) {
        String local = type.getLocalName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        Node iri = NodeFactory.createURI(EKG.ID + slug + "-" + local + "-" + (++nodes));
        events.add(new Candidate(iri, text.substring(cue[0], cue[1]) + " (" + type.getLocalName() + ", proposed by kg draft)", type, List.of(), List.of()));
        return iri;
    }

    private void quantity(Context c, Value v) {
        Node q = NodeFactory.createURI(EKG.ID + slug + "-quantity-" + (++nodes));
        int[] span = {v.start(), v.end()};
        Node bound = v.bound() == null ? EXACT : v.bound();
        if (v.bound() != null) {
            int from = Math.max(c.s.start(), v.start() - 25);
            String before = text.substring(from, v.start());
            Matcher m = Pattern.compile("[\\p{L}][\\p{L} ]*\\s*$").matcher(before);
            if (m.find()) span[0] = from + m.start();
        }
        events.add(new Candidate(q, text.substring(span[0], span[1]) + " (Quantity, proposed by kg draft)", QUANTITY, List.of(), List.of()));
        propose(c, q, RDF.type.asNode(), QUANTITY, null, span, 0.5);
        propose(c, q, bound, null, v.literal(), span, 0.6);
    }

    private void propose(Context c, Node s, Node p, Node o, Node v, int[] span, double confidence) {
        int start = Math.max(c.s.start(), span[0]), end = Math.min(c.s.end(), span[1]);
        while (start < end && Sentences.isSpace(text.charAt(start))) start++;
        while (end > start && Sentences.isSpace(text.charAt(end - 1))) end--;
        double conf = c.asserter != null ? confidence * 0.8 : confidence;
        Proposal proposal = new Proposal(s, p, o, v, c.status, c.asserter, start, end, c.s.index(), Math.round(conf * 100) / 100.0);
        String key = s + " " + p + " " + o + " " + v + " " + c.s.index();
        Proposal had = proposals.get(key);
        if (had == null || had.confidence() < proposal.confidence())
            proposals.put(key, proposal);
    }

    private List<int[]> matches(Node term, Sentence s) {
        List<int[]> out = new ArrayList<>();
        for (Lexicon.Cue cue : cues.getOrDefault(term, List.of())) {
            Matcher m = cue.pattern().matcher(text).region(s.start(), s.end());
            while (m.find()) {
                final int a = m.start(), b = m.end();
                // a cue word inside a name ("Protocol of Prolongation", "Russia-Ukraine war") is part of the name
                if (names.stream().noneMatch(n -> n.start() < b && a < n.end()))
                    out.add(new int[] {a, b});
            }
        }
        out.sort(Comparator.comparingInt(a -> a[0]));
        return out;
    }

    /** Where a property takes only places, the place follows a preposition of place ("signed … in Moscow"). */
    private static final Pattern LOCATIVE = Pattern.compile("(?i)(?<![\\p{L}])(in|at|to|into|near|from|on)\\s+(the\\s+)?$");
    private static final Node PLACE = Lexicon.ekg("Place");

    private boolean placeOnly(Node range) {
        return range != null && range.equals(PLACE);
    }

    private boolean introducedAsPlace(Mention m) {
        return LOCATIVE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find();
    }

    private List<Mention> listAfter(List<Mention> ms, int from, Node range) {
        List<Mention> out = new ArrayList<>();
        int at = from;
        for (Mention m : ms) {
            if (m.start() < at || m.entity() == null || !lexicon.fits(m.entity(), range)) continue;
            if (!out.isEmpty() && out.get(out.size() - 1).entity().equals(m.entity())) continue;
            if (out.isEmpty() && placeOnly(range) && !introducedAsPlace(m)) continue;
            String gap = text.substring(at, m.start());
            if (out.isEmpty() ? m.start() - from > REACH : !LIST_GAP.matcher(gap).matches()) break;
            out.add(m);
            at = m.end();
        }
        return out;
    }

    private List<Mention> listBefore(List<Mention> ms, int to, Node range) {
        List<Mention> out = new ArrayList<>();
        int at = to;
        for (int i = ms.size() - 1; i >= 0; i--) {
            Mention m = ms.get(i);
            if (m.end() > at || m.entity() == null || !lexicon.fits(m.entity(), range)) continue;
            if (placeOnly(range) && !introducedAsPlace(m)) continue;
            String gap = text.substring(m.end(), at);
            if (out.isEmpty() ? to - m.end() > REACH : !LIST_GAP.matcher(gap).matches()) break;
            out.add(0, m);
            at = m.start();
        }
        return out;
    }

    private Mention nearestBefore(List<Mention> ms, int at, Node type, List<Mention> not) {
        Mention best = null;
        for (Mention m : ms)
            if (m.end() <= at && m.entity() != null && lexicon.fits(m.entity(), type) && (not == null || !not.contains(m)))
                best = m;
        return best != null && at - best.end() <= 2 * REACH ? best : null;
    }

    private Mention nearestAfter(List<Mention> ms, int at, Node type, List<Mention> not) {
        for (Mention m : ms)
            if (m.start() >= at && m.entity() != null && lexicon.fits(m.entity(), type) && (not == null || !not.contains(m)))
                return m.start() - at <= REACH ? m : null;
        return null;
    }

    private Mention nearestAround(List<Mention> ms, int start, int end, Node type) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : ms) {
            if (m.entity() == null || !lexicon.fits(m.entity(), type)) continue;
            int d = m.end() <= start ? start - m.end() : Math.max(0, m.start() - end);
            if (d < bestDistance) { best = m; bestDistance = d; }
        }
        return best;
    }

    private static Value nearest(List<Value> vs, int start, int end, Kind kind) {
        Value best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Value v : vs) {
            if (v.kind() != kind) continue;
            int d = v.end() <= start ? start - v.end() : Math.max(0, v.start() - end);
            if (d < bestDistance) { best = v; bestDistance = d; }
        }
        return best;
    }

    private static int[] span(Mention a, Value b) {
        return new int[] {Math.min(a.start(), b.start()), Math.max(a.end(), b.end())};
    }

    private static int[] span(int[] cue, Object... parts) {
        int s = cue[0], e = cue[1];
        for (Object p : parts) {
            if (p instanceof Mention m) { s = Math.min(s, m.start()); e = Math.max(e, m.end()); }
            if (p instanceof Value v) { s = Math.min(s, v.start()); e = Math.max(e, v.end()); }
        }
        return new int[] {s, e};
    }
}
