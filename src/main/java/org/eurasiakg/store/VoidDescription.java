package org.eurasiakg.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.query.SparqlResource;
import org.eurasiakg.vocab.Prefixes;

/**
 * The VoID and DCAT description of a store, computed from its data by the CONSTRUCT queries in
 * {@code void/}: triples per graph, classes and properties used with their counts, link sets per
 * external target, licence, source articles, endpoint and dumps. The store adds it as its own
 * named graph ({@code graph/void}) after every other graph is loaded, so its counts never include
 * itself.
 * <p>
 * The counts (the dataset's distinct triples, each property's triples, each class's resources, each
 * graph's triples) are not left to SPARQL, whose DISTINCT holds every row in memory (out of heap at
 * 10^7 triples) and which would decode every node: they are counted here by walking TDB2's sorted
 * quad indexes, where duplicates of a triple in several graphs are neighbours, and given to the
 * queries as VALUES rows.
 */
public final class VoidDescription {
    private static final Var TRIPLES = Var.alloc("triples");
    private static final Var CLASS = Var.alloc("class");
    private static final Var PROPERTY = Var.alloc("property");
    private static final Var GRAPH = Var.alloc("g");
    private static final Var N = Var.alloc("n");

    /** Distinct triples of the union of the named graphs, in all and per property; distinct resources per class; triples per graph. */
    record Counts(long triples, Map<Node, Long> triplesPerProperty, Map<Node, Long> entitiesPerClass,
                  Map<Node, Long> triplesPerGraph) {}

    private VoidDescription() {}

    /** The description of every named graph of {@code tdb}, a TDB2 dataset in a read transaction. */
    public static Graph of(DatasetGraph tdb) {
        Counts counts = count(tdb);
        Graph description = GraphFactory.createDefaultGraph();
        description.getPrefixMapping().setNsPrefixes(Prefixes.ALL);
        construct(tdb, "1-dataset.rq", List.of(BindingFactory.binding(TRIPLES, integer(counts.triples()))), description);
        construct(tdb, "2-graphs.rq", rows(GRAPH, counts.triplesPerGraph()), description);
        construct(tdb, "3-classes.rq", rows(CLASS, counts.entitiesPerClass()), description);
        construct(tdb, "4-properties.rq", rows(PROPERTY, counts.triplesPerProperty()), description);
        construct(tdb, "5-linksets.rq", List.of(), description);
        return description;
    }

    /** One pass over SPOG (triples, per property, per graph) and one over the rdf:type part of POSG (per class). */
    static Counts count(DatasetGraph tdb) {
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable().getNodeTable();
        // quad tuples come back in G, S, P, O order whatever the index's sort order
        Map<NodeId, long[]> perProperty = new LinkedHashMap<>(), perGraph = new LinkedHashMap<>();
        long triples = 0;
        NodeId s = null, p = null, o = null;
        for (Iterator<Tuple<NodeId>> it = index(tdb, "SPOG").all(); it.hasNext(); ) {
            Tuple<NodeId> q = it.next();
            perGraph.computeIfAbsent(q.get(0), k -> new long[1])[0]++;
            if (q.get(1).equals(s) && q.get(2).equals(p) && q.get(3).equals(o))
                continue;   // the same triple in another graph
            s = q.get(1);
            p = q.get(2);
            o = q.get(3);
            triples++;
            perProperty.computeIfAbsent(p, k -> new long[1])[0]++;
        }
        Map<NodeId, long[]> perClass = new LinkedHashMap<>();
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        if (!NodeId.isDoesNotExist(type)) {
            NodeId any = NodeId.NodeIdAny;
            s = null;
            o = null;
            for (Iterator<Tuple<NodeId>> it = index(tdb, "POSG").find(TupleFactory.tuple(any, any, type, any)); it.hasNext(); ) {
                Tuple<NodeId> q = it.next();
                if (q.get(3).equals(o) && q.get(1).equals(s))
                    continue;
                s = q.get(1);
                o = q.get(3);
                perClass.computeIfAbsent(o, k -> new long[1])[0]++;
            }
        }
        return new Counts(triples, decode(nodes, perProperty), decode(nodes, perClass), decode(nodes, perGraph));
    }

    private static TupleIndex index(DatasetGraph tdb, String name) {
        TupleIndex index = TDBInternal.findIndex(tdb, name);
        if (index == null)
            throw new IllegalStateException("not a TDB2 store with a " + name + " index: " + tdb.getClass().getName());
        return index;
    }

    private static Map<Node, Long> decode(NodeTable nodes, Map<NodeId, long[]> counts) {
        Map<Node, Long> decoded = new LinkedHashMap<>();
        counts.forEach((id, n) -> decoded.put(nodes.getNodeForNodeId(id), n[0]));
        return decoded;
    }

    private static List<Binding> rows(Var key, Map<Node, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> BindingFactory.binding(key, e.getKey(), N, integer(e.getValue())))
                .toList();
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** Runs query {@code name} with {@code rows} filled into its (empty) VALUES block. */
    private static void construct(DatasetGraph tdb, String name, List<Binding> rows, Graph into) {
        Query query = SparqlResource.query(VoidDescription.class, "void/" + name);
        if (!rows.isEmpty()) {
            ElementData values = ((ElementGroup) query.getQueryPattern()).getElements().stream()
                    .filter(ElementData.class::isInstance).map(ElementData.class::cast).findFirst()
                    .orElseThrow(() -> new IllegalStateException("void/" + name + " has no VALUES block to fill"));
            rows.forEach(values::add);
        }
        try (QueryExec exec = QueryExec.dataset(tdb).query(query).build()) {
            exec.construct().find().forEach(into::add);
        }
    }
}
