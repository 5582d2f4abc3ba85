package org.eurasiakg.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.eurasiakg.vocab.EKG;

/**
 * The words of the graph: entity names, concept and class labels, property labels, and the ask
 * phrases of ontology/ask-lexicon.ttl, each stemmed; with the property hierarchy (super-properties
 * and inverses). Read once per store generation.
 */
final class Lexicon {
    enum Kind { ENTITY, CONCEPT, CLASS, PROPERTY }

    /** One name or phrasing of a term. */
    record Entry(Node term, Kind kind, List<String> stems, String acronym) {}

    /** Where an entry occurs in a question's stems (first and last index, inclusive). */
    record Match(Entry entry, int first, int last, double strength, boolean content) {
        boolean inside(Match other) {
            return first >= other.first && last <= other.last && (last - first) < (other.last - other.first);
        }
    }

    static final Node ASK_PHRASE = org.apache.jena.graph.NodeFactory.createURI(EKG.NS + "askPhrase");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
    /** Wh-words that may be a property's phrasing, weaker than a content word. */
    private static final Set<String> WH = Set.of("when", "where", "why");
    private static final int PHRASE_GAP = 3;
    private static final Query LEXICON = Sparql.template("lexicon.rq");
    private static final Query HIERARCHY = Sparql.template("hierarchy.rq");

    private final Map<String, List<Entry>> byFirstStem = new HashMap<>();
    private final Set<Node> walkable = new HashSet<>();
    private final Set<Node> concepts = new HashSet<>();
    private final Set<Node> classes = new HashSet<>();
    private final Map<Node, Set<Node>> family = new HashMap<>();
    private final Map<Node, Set<Node>> subs = new HashMap<>();
    private final Map<Node, String> names = new HashMap<>();
    /** The stems of each property's and class's label and phrasings: what a type-driven reading prefers a relation by. */
    private final Map<Node, Set<String>> termStems = new HashMap<>();

    private Lexicon() {}

    /** Reads the lexicon of {@code dsg} (inside the caller's read transaction). */
    static Lexicon read(DatasetGraph dsg, QuestionWords words) {
        Lexicon lexicon = new Lexicon();
        Deadline unlimited = new Deadline(60_000);
        Sparql.select(dsg, LEXICON, unlimited, row -> {
            Node term = row.get("term");
            Node kindNode = row.get("kind");
            String text = row.get("text").getLiteralLexicalForm();
            Node via = row.get("via");
            Kind kind = kindNode.isLiteral() ? Kind.ENTITY
                    : kindNode.getURI().equals(SKOS.Concept.getURI()) ? Kind.CONCEPT
                    : kindNode.getURI().endsWith("#Class") ? Kind.CLASS : Kind.PROPERTY;
            lexicon.add(term, kind, text, via, words);
        });
        Sparql.select(dsg, HIERARCHY, unlimited, row -> {
            Node p = row.get("property");
            lexicon.family.computeIfAbsent(p, k -> new LinkedHashSet<>(List.of(k)));
            if (row.get("super") != null) {
                lexicon.family.get(p).add(row.get("super"));
                lexicon.subs.computeIfAbsent(row.get("super"), k -> new HashSet<>()).add(p);
            }
            if (row.get("inverse") != null)
                lexicon.family.get(p).add(row.get("inverse"));
        });
        // the inverse's super-properties read the relation too ("criticised" for an accuser's accused)
        Map<Node, Set<Node>> closed = new HashMap<>();
        lexicon.family.forEach((p, fam) -> {
            Set<Node> all = new LinkedHashSet<>(fam);
            for (Node f : fam)
                all.addAll(lexicon.family.getOrDefault(f, Set.of()));
            closed.put(p, all);
        });
        lexicon.family.putAll(closed);
        return lexicon;
    }

    private void add(Node term, Kind kind, String text, Node via, QuestionWords words) {
        if (via.equals(RDFS.label.asNode()) || via.equals(SKOS.prefLabel.asNode()))
            names.putIfAbsent(term, text);
        if (kind == Kind.PROPERTY && via.equals(ASK_PHRASE))
            walkable.add(term);
        if (kind == Kind.CONCEPT)
            concepts.add(term);
        if (kind == Kind.CLASS)
            classes.add(term);
        List<String> stems = Stems.of(text).stream().filter(s -> !words.ignored(s) || WH.contains(s)).toList();
        if (stems.isEmpty())
            return;
        if (kind == Kind.PROPERTY || kind == Kind.CLASS)
            stems.stream().filter(st -> !WH.contains(st)).forEach(st -> termStems.computeIfAbsent(term, k -> new HashSet<>()).add(st));
        String acronym = kind == Kind.ENTITY && ACRONYM.matcher(text).matches() ? text : null;
        byFirstStem.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(new Entry(term, kind, stems, acronym));
    }

    /** A property the ask lexicon gives phrasings to: one kg ask walks (the others are plumbing). */
    boolean walkable(Node p) { return walkable.contains(p); }

    boolean isConcept(Node n) { return concepts.contains(n); }

    boolean isClass(Node n) { return classes.contains(n); }

    /** The property, its super-properties, its inverses and theirs: what a question may name it by. */
    Set<Node> family(Node p) { return family.getOrDefault(p, Set.of(p)); }

    /** The property and its sub-properties: what answers a question that names it. */
    Set<Node> withSubProperties(Node p) {
        Set<Node> all = new LinkedHashSet<>(List.of(p));
        List<Node> todo = new ArrayList<>(List.of(p));
        while (!todo.isEmpty())
            for (Node s : subs.getOrDefault(todo.remove(todo.size() - 1), Set.of()))
                if (all.add(s))
                    todo.add(s);
        return all;
    }

    String name(Node term) { return names.get(term); }

    /** The stems of a class's label and phrasings ("member states"). */
    Set<String> classWords(Node c) { return termStems.getOrDefault(c, Set.of()); }

    /** The stems of the label and phrasings of the property and of its family (super-properties, inverses). */
    Set<String> words(Node p) {
        Set<String> all = new HashSet<>();
        for (Node f : family(p))
            all.addAll(termStems.getOrDefault(f, Set.of()));
        return all;
    }

    /** Every entry found in {@code stems} (the question's, ignored words out); {@code text} is the question as typed. */
    List<Match> match(List<String> stems, String text) {
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++)
            for (Entry e : byFirstStem.getOrDefault(stems.get(i), List.of())) {
                if (e.kind() == Kind.PROPERTY && !walkable.contains(e.term()))
                    continue;
                if (e.acronym() != null && !Pattern.compile("\\b" + e.acronym() + "\\b").matcher(text).find())
                    continue;
                Match m = matchAt(e, stems, i);
                if (m != null)
                    found.add(m);
            }
        return resolve(found);
    }

    private static Match matchAt(Entry e, List<String> stems, int first) {
        int gap = e.kind() == Kind.ENTITY ? 0 : PHRASE_GAP;
        int pos = first;
        double strength = weight(e.stems().get(0));
        boolean content = !WH.contains(e.stems().get(0));
        for (int k = 1; k < e.stems().size(); k++) {
            int found = -1;
            for (int j = pos + 1; j <= Math.min(stems.size() - 1, pos + 1 + gap); j++)
                if (stems.get(j).equals(e.stems().get(k))) {
                    found = j;
                    break;
                }
            if (found < 0)
                return null;
            pos = found;
            strength += weight(e.stems().get(k));
            content |= !WH.contains(e.stems().get(k));
        }
        return new Match(e, first, pos, strength, content);
    }

    private static double weight(String stem) { return WH.contains(stem) ? 0.5 : 1.0; }

    /** Names inside longer names are not meant ("CSTO" in "CSTO charter"), nor relation words inside a name. */
    private static List<Match> resolve(List<Match> found) {
        List<Match> names = found.stream().filter(m -> m.entry().kind() == Kind.ENTITY)
                .sorted(Comparator.comparingInt((Match m) -> m.last() - m.first()).reversed()).toList();
        List<Match> kept = new ArrayList<>();
        for (Match n : names)
            if (kept.stream().noneMatch(n::inside))
                kept.add(n);
        List<Match> concepts = found.stream().filter(m -> m.entry().kind() == Kind.CONCEPT).toList();
        List<Match> entities = List.copyOf(kept);
        for (Match m : found) {
            if (m.entry().kind() == Kind.ENTITY
                    || (m.entry().kind() != Kind.CONCEPT && concepts.stream().anyMatch(m::inside))
                    || kept.stream().anyMatch(k -> k.entry().term().equals(m.entry().term()) && k.first() == m.first() && k.last() == m.last()))
                continue;
            boolean inName = entities.stream().anyMatch(k -> m.first() >= k.first() && m.last() <= k.last());
            // a verb may hide in a name ("blockaded the Lachin corridor" is also "the blockade of the Lachin corridor"), at half weight
            if (!inName)
                kept.add(m);
            else if (m.entry().kind() == Kind.PROPERTY)
                kept.add(new Match(m.entry(), m.first(), m.last(), m.strength() / 2, m.content()));
        }
        return kept;
    }
}
