package org.eurasiakg.ingest;

import org.eurasiakg.query.SparqlResource;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eurasiakg.vocab.Prefixes;

/**
 * Finds what would make an OWL reasoner declare the ontology and data inconsistent: an individual in
 * two disjoint classes (by its types, their super-classes, and the domains and ranges of its
 * properties), an instance of owl:Nothing, things declared different that are the same, a functional
 * property with two different values, a broken irreflexive, asymmetric or disjoint property.
 * <p>
 * Why SPARQL and not a DL reasoner in the build: these are the ways the ontology's OWL 2 DL axioms
 * (disjointness, functional and other property characteristics; no cardinalities or complements)
 * can clash; each check is a query in {@code consistency/} that runs in milliseconds, while HermiT
 * and the OWL API would add some 20 MB to the jar and seconds of start-up to every build (the
 * goal is 3 s for the article). HermiT stays in the tests ({@code OwlReasonerTest}): it checks the
 * full DL consistency of the real data, and that it finds the inconsistent test ontology
 * inconsistent too.
 */
public final class Consistency {
    private static final String DISJOINT = "disjoint-classes.rq";
    private static final List<String> CHECKS = List.of(DISJOINT, "nothing.rq",
            "same-and-different.rq", "functional-property.rq", "property-characteristics.rq");
    private static final String PROBLEM = "# Problem:";
    private static final Pattern VAR = Pattern.compile("\\?(\\w+)");

    private record Check(String name, String problem, Query query) {}

    private static final List<Check> LOADED = CHECKS.stream().map(Consistency::load).toList();

    private Consistency() {}

    /** Fails with one line naming the resources and what clashes; {@code ontology} is how the ontology folder is shown. */
    public static void check(Graph data, Path ontology) {
        for (Check check : LOADED) {
            try (QueryExec exec = QueryExec.graph(data).query(check.query()).build()) {
                RowSet rows = exec.select();
                Binding found = check.name().equals(DISJOINT) ? inDisjointClasses(data, rows) : rows.hasNext() ? rows.next() : null;
                if (found != null)
                    throw new InputException(ontology, "inconsistent (OWL): " + describe(check.problem(), found));
            }
        }
    }

    /** The first resource (in IRI order) in two of the disjoint classes {@code pairs} (?a ?b), as ?x ?a ?b. */
    private static Binding inDisjointClasses(Graph data, RowSet pairs) {
        Map<Node, Set<Node>> disjoint = new HashMap<>();
        pairs.forEachRemaining(b -> {
            disjoint.computeIfAbsent(b.get("a"), k -> new HashSet<>()).add(b.get("b"));
            disjoint.computeIfAbsent(b.get("b"), k -> new HashSet<>()).add(b.get("a"));
        });
        if (disjoint.isEmpty())
            return null;
        Map<Node, List<Node>> domains = objects(data, RDFS.domain.asNode());
        Map<Node, List<Node>> ranges = objects(data, RDFS.range.asNode());
        Map<Node, Set<Node>> types = new TreeMap<>(Comparator.comparing(Node::toString));
        Node type = RDF.type.asNode();
        data.find().forEachRemaining(t -> {
            if (t.getPredicate().equals(type))
                types.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject());
            for (Node c : domains.getOrDefault(t.getPredicate(), List.of()))
                types.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(c);
            if (!t.getObject().isLiteral())
                for (Node c : ranges.getOrDefault(t.getPredicate(), List.of()))
                    types.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(c);
        });
        Map<Node, Set<Node>> ancestors = new HashMap<>();
        for (Map.Entry<Node, Set<Node>> e : types.entrySet()) {
            Set<Node> all = new TreeSet<>(Comparator.comparing(Node::toString));
            for (Node t : e.getValue())
                all.addAll(ancestors.computeIfAbsent(t, k -> superClasses(data, k)));
            for (Node a : all)
                for (Node b : disjoint.getOrDefault(a, Set.of()))
                    if (all.contains(b))
                        return BindingFactory.binding(Var.alloc("x"), e.getKey(), Var.alloc("a"), a, Var.alloc("b"), b);
        }
        return null;
    }

    private static Map<Node, List<Node>> objects(Graph data, Node predicate) {
        Map<Node, List<Node>> map = new HashMap<>();
        data.find(Node.ANY, predicate, Node.ANY).forEachRemaining(t ->
                map.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject()));
        return map;
    }

    /** The class and all its super-classes (rdfs:subClassOf*). */
    private static Set<Node> superClasses(Graph data, Node c) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(c));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (seen.add(n))
                data.find(n, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> todo.push(t.getObject()));
        }
        return seen;
    }

    private static String describe(String problem, Binding row) {
        Matcher m = VAR.matcher(problem);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Node n = row.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(n == null ? "?" + m.group(1) : FmtUtils.stringForNode(n, Prefixes.ALL)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Check load(String name) {
        String text = SparqlResource.text(Consistency.class, "consistency/" + name);
        String problem = text.lines().filter(l -> l.startsWith(PROBLEM)).findFirst()
                .map(l -> l.substring(PROBLEM.length()).trim()).orElse(name);
        return new Check(name, problem, QueryFactory.create(text));
    }
}
