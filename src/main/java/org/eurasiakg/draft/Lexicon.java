package org.eurasiakg.draft;

import static org.eurasiakg.vocab.EKG.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the draft knows before it reads a text: the names of the known entities (labels,
 * alternative and hidden labels, demonyms) and their types, and the ontology's cue phrases,
 * name cues, domains and ranges (ontology/lexicon.ttl).
 */
public final class Lexicon {

    public record Name(String text, Node entity, String how) {}

    /** A compiled cue phrase of a term. */
    public record Cue(Node term, String phrase, Pattern pattern) {}

    static final Node cuePhrase = ekg("cuePhrase");
    static final Node nameCue = ekg("nameCue");
    static final Node titleCue = ekg("titleCue");
    static final Node demonym = ekg("demonym");
    static final Node valueKind = ekg("valueKind");
    static final Node roleBeforeCue = ekg("roleBeforeCue");
    static final Node roleAfterCue = ekg("roleAfterCue");
    static final Node roleInSentence = ekg("roleInSentence");
    static final Node ASSESSMENT = NodeFactory.createURI(CONCEPT + "assessment");
    static final Node REPORTED_FACT = NodeFactory.createURI(CONCEPT + "reported-fact");

    private final Graph ontology;
    private final List<Name> names = new ArrayList<>();
    private final Map<Node, Set<Node>> types = new HashMap<>();
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();
    private final Map<String, Node> nameCues = new HashMap<>();
    private final List<String> titleCues = new ArrayList<>();

    /**
     * @param ontology the ontology graph (with the lexicon)
     * @param entities the entity list; {@code known} says which of its entities count as known
     */
    public Lexicon(Graph ontology, Graph entities, Predicate<Node> known) {
        this.ontology = ontology;
        for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode()))
            for (Triple t : entities.find(null, p, null).toList())
                if (t.getObject().isLiteral() && t.getSubject().isURI() && known.test(t.getSubject()))
                    names.add(new Name(t.getObject().getLiteralLexicalForm(), t.getSubject(), local(p)));
        for (Triple t : ontology.find(null, demonym, null).toList())
            if (known.test(t.getSubject()))
                names.add(new Name(t.getObject().getLiteralLexicalForm(), t.getSubject(), "demonym"));
        names.sort(Comparator.comparingInt((Name n) -> n.text.length()).reversed().thenComparing(Name::text));
        for (Triple t : entities.find(null, RDF.type.asNode(), null).toList())
            if (!t.getObject().equals(OWL.NamedIndividual.asNode()) && known.test(t.getSubject()))
                types.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
        for (Triple t : ontology.find(null, nameCue, null).toList())
            nameCues.put(t.getObject().getLiteralLexicalForm(), t.getSubject());
        for (Triple t : ontology.find(null, titleCue, null).toList()) {
            titleCues.add(t.getObject().getLiteralLexicalForm());
            nameCues.put(t.getObject().getLiteralLexicalForm(), t.getSubject());
        }
        titleCues.sort(Comparator.comparingInt(String::length).reversed());
    }

    public List<Name> names() { return names; }
    public Map<String, Node> nameCues() { return nameCues; }
    public List<String> titleCues() { return titleCues; }

    /** The entity's types and all their super-classes. */
    public Set<Node> typesOf(Node entity) {
        Set<Node> all = new HashSet<>();
        for (Node t : types.getOrDefault(entity, Set.of()))
            all.addAll(closure(t));
        return all;
    }

    public void addType(Node entity, Node type) {
        types.computeIfAbsent(entity, k -> new HashSet<>()).add(type);
    }

    /** The class and its super-classes, by rdfs:subClassOf. */
    public Set<Node> closure(Node type) {
        return superClasses.computeIfAbsent(type, t -> {
            Set<Node> seen = new HashSet<>();
            List<Node> todo = new ArrayList<>(List.of(t));
            while (!todo.isEmpty()) {
                Node c = todo.remove(todo.size() - 1);
                if (c.isURI() && seen.add(c))
                    for (Triple s : ontology.find(c, RDFS.subClassOf.asNode(), null).toList())
                        todo.add(s.getObject());
            }
            return seen;
        });
    }

    /** Whether the entity may stand where the class expression is (no expression: anything). */
    public boolean fits(Node entity, Node classExpression) {
        if (classExpression == null) return true;
        Set<Node> ts = typesOf(entity);
        for (Node c : members(classExpression))
            if (ts.contains(c)) return true;
        return false;
    }

    private List<Node> members(Node expression) {
        if (expression.isURI()) return List.of(expression);
        List<Node> out = new ArrayList<>();
        for (Triple u : ontology.find(expression, OWL.unionOf.asNode(), null).toList())
            for (Node list = u.getObject(); list != null && !list.equals(RDF.nil.asNode()); ) {
                Node first = one(list, RDF.first.asNode());
                if (first != null) out.add(first);
                list = one(list, RDF.rest.asNode());
            }
        return out;
    }

    public Node domain(Node property) { return one(property, RDFS.domain.asNode()); }

    public Node range(Node property) {
        Node r = one(property, RDFS.range.asNode());
        return r != null && r.equals(RDFS.Literal.asNode()) ? null : r;
    }

    public String valueKind(Node property) {
        Node v = one(property, valueKind);
        return v == null ? null : v.getLiteralLexicalForm();
    }

    public Node roleBefore(Node eventClass) { return one(eventClass, roleBeforeCue); }
    public Node roleAfter(Node eventClass) { return one(eventClass, roleAfterCue); }

    /** The role the class or one of its super-classes gives to the matter the sentence names. */
    public Node roleInSentence(Node eventClass) {
        for (Node c : closure(eventClass)) {
            Node r = one(c, roleInSentence);
            if (r != null) return r;
        }
        return null;
    }

    /** Every cue phrase of every term, grouped by term, in a stable order. */
    public Map<Node, List<Cue>> cues() {
        Map<Node, List<Cue>> out = new LinkedHashMap<>();
        ontology.find(null, cuePhrase, null).toList().stream()
                .sorted(Comparator.comparing((Triple t) -> t.getSubject().getURI()).thenComparing(t -> t.getObject().getLiteralLexicalForm()))
                .forEach(t -> out.computeIfAbsent(t.getSubject(), k -> new ArrayList<>())
                        .add(cue(t.getSubject(), t.getObject().getLiteralLexicalForm())));
        return out;
    }

    /** A phrase as a case-insensitive pattern on word boundaries; a trailing "*" takes any ending. */
    static Cue cue(Node term, String phrase) {
        boolean open = phrase.endsWith("*");
        String body = open ? phrase.substring(0, phrase.length() - 1) : phrase;
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = body.trim().split("\\s+");
        for (int i = 0; i < words.length; i++)
            re.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        re.append(open ? "[\\p{L}-]*" : "").append("(?![\\p{L}\\p{N}])");
        return new Cue(term, phrase, Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** A class's cue makes an event; a property's relates two names or takes a value. */
    public boolean isClass(Node term) {
        return ontology.contains(term, RDF.type.asNode(), OWL.Class.asNode());
    }

    public boolean isDatatypeProperty(Node term) {
        return ontology.contains(term, RDF.type.asNode(), OWL.DatatypeProperty.asNode());
    }

    private Node one(Node s, Node p) {
        List<Triple> ts = ontology.find(s, p, null).toList();
        return ts.isEmpty() ? null : ts.get(0).getObject();
    }

    private static String local(Node p) {
        String u = p.getURI();
        return u.substring(Math.max(u.lastIndexOf('#'), u.lastIndexOf('/')) + 1);
    }

    static Node ekg(String local) { return NodeFactory.createURI(NS + local); }
}
