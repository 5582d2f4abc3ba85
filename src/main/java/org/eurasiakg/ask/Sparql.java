package org.eurasiakg.ask;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.eurasiakg.query.SparqlResource;

/**
 * The queries of kg ask: templates from .rq files, given their data as a VALUES block put first in
 * the WHERE clause (built as syntax, never by pasting text into a query), run under a deadline.
 */
final class Sparql {
    private Sparql() {}

    static Query template(String name) {
        return SparqlResource.query(Sparql.class, name);
    }

    /** A copy of {@code template} whose WHERE clause starts with VALUES (vars) { rows }; null in a row is UNDEF. */
    static Query withValues(Query template, List<String> vars, List<List<Node>> rows) {
        Query q = template.cloneQuery();
        List<Var> vs = vars.stream().map(Var::alloc).toList();
        List<Binding> bindings = new ArrayList<>();
        for (List<Node> row : rows) {
            BindingBuilder b = Binding.builder();
            for (int i = 0; i < vs.size(); i++)
                if (row.get(i) != null)
                    b.add(vs.get(i), row.get(i));
            bindings.add(b.build());
        }
        ElementGroup where = (ElementGroup) q.getQueryPattern();
        where.getElements().add(0, new ElementData(vs, bindings));
        return q;
    }

    static Query withValues(Query template, String var, Collection<Node> nodes) {
        return withValues(template, List.of(var), nodes.stream().map(List::of).toList());
    }

    /** Runs a SELECT inside the caller's read transaction, giving each row to {@code row}. */
    static void select(DatasetGraph dsg, Query query, Deadline deadline, Consumer<Binding> row) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(query)
                .timeout(deadline.remainingMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext())
                row.accept(rows.next());
        }
        deadline.check();
    }
}
