package org.eurasiakg.ask;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/**
 * The part of the graph around what a question names: the relations (statements and plain triples
 * of walkable properties) of the named things and of the things next to them, with the types and
 * names of every node met. Two steps out is enough to go through an event or situation node
 * ("the vacuum left by the CSTO" → the actors that filled it).
 */
final class Neighbourhood {
    /** A relation between two nodes, with the statements that make it and their contexts (none for a plain triple). */
    record Edge(Node s, Node p, Node o, Set<Node> statements, Set<Node> contexts) {}

    private static final Query AROUND = Sparql.template("neighbourhood.rq");
    private static final Query INSTANCES = Sparql.template("instances.rq");
    private static final Query DESCRIBE = Sparql.template("describe.rq");
    /** Nodes looked around at each step, at most: bounds a question's work on a large graph. */
    static final int MAX_NODES = 400;
    static final int MAX_INSTANCES = 25;

    final Map<List<Node>, Edge> edges = new LinkedHashMap<>();
    final Map<Node, Set<Node>> adjacent = new HashMap<>();
    /** The properties relating two nodes, either way. */
    final Map<List<Node>, Set<Node>> between = new HashMap<>();
    final Map<Node, Set<Node>> types = new HashMap<>();
    final Map<Node, String> labels = new HashMap<>();
    /** The lexical forms of each node's literal values (its dates among them). */
    final Map<Node, Set<String>> values = new HashMap<>();

    static Neighbourhood around(DatasetGraph dsg, Collection<Node> named, Collection<Node> classes,
                                Lexicon lexicon, Deadline deadline) {
        Neighbourhood n = new Neighbourhood();
        Set<Node> first = new LinkedHashSet<>(named);
        if (!classes.isEmpty()) {
            Query q = Sparql.withValues(INSTANCES, "class", classes);
            q.setLimit(MAX_INSTANCES * classes.size());
            Sparql.select(dsg, q, deadline, row -> first.add(row.get("node")));
        }
        n.collect(dsg, first, lexicon, deadline);
        Set<Node> second = new LinkedHashSet<>();
        for (Edge e : n.edges.values())
            for (Node x : List.of(e.s(), e.o()))
                if (x.isURI() && !first.contains(x) && !lexicon.isConcept(x) && !lexicon.isClass(x) && second.size() < MAX_NODES)
                    second.add(x);
        n.collect(dsg, second, lexicon, deadline);
        n.describe(dsg, deadline);
        return n;
    }

    private void collect(DatasetGraph dsg, Set<Node> nodes, Lexicon lexicon, Deadline deadline) {
        if (nodes.isEmpty())
            return;
        List<Node> bounded = new ArrayList<>(nodes).subList(0, Math.min(nodes.size(), MAX_NODES));
        Sparql.select(dsg, Sparql.withValues(AROUND, "node", bounded), deadline, row -> {
            Node p = row.get("p");
            if (!lexicon.walkable(p) && !p.equals(RDF.type.asNode()))
                return;
            Node s = row.get("s"), o = row.get("o");
            Edge e = edges.computeIfAbsent(List.of(s, p, o), k -> new Edge(s, p, o, new HashSet<>(), new HashSet<>()));
            if (row.get("st") != null)
                e.statements().add(row.get("st"));
            if (row.get("context") != null)
                e.contexts().add(row.get("context"));
            if (o.isLiteral())
                values.computeIfAbsent(s, k -> new HashSet<>()).add(o.getLiteralLexicalForm());
            if (!p.equals(RDF.type.asNode())) {
                adjacent.computeIfAbsent(s, k -> new HashSet<>()).add(o);
                adjacent.computeIfAbsent(o, k -> new HashSet<>()).add(s);
                between.computeIfAbsent(List.of(s, o), k -> new HashSet<>()).add(p);
                between.computeIfAbsent(List.of(o, s), k -> new HashSet<>()).add(p);
            }
        });
    }

    private void describe(DatasetGraph dsg, Deadline deadline) {
        Set<Node> nodes = new LinkedHashSet<>();
        for (Edge e : edges.values()) {
            nodes.add(e.s());
            if (e.o().isURI())
                nodes.add(e.o());
        }
        if (nodes.isEmpty())
            return;
        Sparql.select(dsg, Sparql.withValues(DESCRIBE, "node", nodes), deadline, row -> {
            Node node = row.get("node");
            if (row.get("type") != null)
                types.computeIfAbsent(node, k -> new HashSet<>()).add(row.get("type"));
            if (row.get("label") != null)
                labels.putIfAbsent(node, row.get("label").getLiteralLexicalForm());
        });
    }

    boolean adjacent(Node a, Node b) { return adjacent.getOrDefault(a, Set.of()).contains(b); }

    boolean hasType(Node n, Node type) { return types.getOrDefault(n, Set.of()).contains(type); }

    String label(Node n) {
        if (n.isLiteral())
            return n.getLiteralLexicalForm();
        return labels.getOrDefault(n, n.getLocalName());
    }
}
