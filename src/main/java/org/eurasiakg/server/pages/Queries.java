package org.eurasiakg.server.pages;

import org.eurasiakg.query.SparqlResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/**
 * The SPARQL the pages run, from the {@code .rq} files beside this class, each parsed once.
 * {@code ?this} is replaced by the resource a page is about. Callers hold a read transaction.
 */
final class Queries {
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private Queries() {}

    static Query get(String name) {
        return PARSED.computeIfAbsent(name, Queries::load);
    }

    static List<Binding> select(DatasetGraph dsg, String name, Node thisNode) {
        try (QueryExec exec = builder(dsg, name, thisNode).build()) {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        }
    }

    static List<Binding> select(DatasetGraph dsg, String name) {
        return select(dsg, name, null);
    }

    /** Runs the query for each of {@code values} as {@code ?var} at once (a VALUES block), not once per value. */
    static List<Binding> selectFor(DatasetGraph dsg, String name, String var, Collection<Node> values) {
        if (values.isEmpty())
            return List.of();
        Query query = get(name).cloneQuery();
        Var v = Var.alloc(var);
        List<Binding> block = new ArrayList<>();
        for (Node n : values)
            block.add(BindingFactory.binding(v, n));
        query.setValuesDataBlock(List.of(v), block);
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        }
    }

    static Graph construct(DatasetGraph dsg, String name, Node thisNode) {
        try (QueryExec exec = builder(dsg, name, thisNode).build()) {
            return exec.construct();
        }
    }

    private static QueryExecBuilder builder(DatasetGraph dsg, String name, Node thisNode) {
        QueryExecBuilder b = QueryExec.dataset(dsg).query(get(name));
        if (thisNode != null)
            b = b.substitution("this", thisNode);
        return b;
    }

    private static Query load(String name) {
        return SparqlResource.query(Queries.class, name);
    }
}
