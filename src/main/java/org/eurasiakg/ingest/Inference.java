package org.eurasiakg.ingest;

import org.eurasiakg.query.SparqlResource;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Materialises the inferences queries rely on: super-classes, super-properties, inverses,
 * symmetric and transitive properties. The rules are SPARQL CONSTRUCT queries, run over the
 * whole dataset until they add nothing new.
 */
public final class Inference {
    private static final List<String> RULES = List.of("subclass", "subproperty", "inverse", "symmetric", "transitive");
    private static final int MAX_ROUNDS = 50;

    private final List<Query> rules = RULES.stream().map(Inference::load).toList();

    /**
     * Adds to {@code inferred} every triple the rules derive from {@code all} that {@code all} lacks,
     * and to {@code all} too unless {@code inferred} is already part of it; returns how many.
     */
    public long materialise(Graph all, Graph inferred) {
        long added = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            long before = added;
            for (Query rule : rules) {
                List<Triple> derived = QueryExec.graph(all).query(rule).construct().find().toList();
                for (Triple t : derived) {
                    if (!all.contains(t)) {
                        inferred.add(t);
                        if (!all.contains(t))
                            all.add(t);
                        added++;
                    }
                }
            }
            if (added == before)
                return added;
        }
        throw new IllegalStateException("inference did not reach a fixed point in " + MAX_ROUNDS + " rounds");
    }

    private static Query load(String name) {
        return SparqlResource.query(Inference.class, "inference/" + name + ".rq");
    }
}
