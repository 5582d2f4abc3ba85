package org.eurasiakg.ingest;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.query.SparqlResource;

/**
 * Compares the articles claim by claim: the same claim in several articles, the same date at
 * different precisions, different values of a one-valued property, different value sets, different
 * stances on the same claim, disputed claims. Which properties take one value or a set is data in
 * the ontology ({@code ekg:sourcesCompareAs}); the rules are SPARQL CONSTRUCT queries in
 * {@code comparison/}, each run once over the finished graph (they read statements, never their own output).
 */
public final class SourceComparison {
    private static final List<String> RULES = List.of("same-claim", "values-at-different-precision",
            "different-values", "different-value-sets", "different-stances", "disputed-claims");

    private final List<Query> rules = RULES.stream()
            .map(name -> SparqlResource.query(SourceComparison.class, "comparison/" + name + ".rq")).toList();

    /** Adds to {@code comparisons} what the rules find in {@code all}; returns how many comparisons. */
    public long compare(Graph all, Graph comparisons) {
        for (Query rule : rules)
            QueryExec.graph(all).query(rule).construct().find().forEach(comparisons::add);
        return comparisons.find(null, RDF.type.asNode(), null).toList().size();
    }
}
