package org.eurasiakg.query;

import java.io.OutputStream;
import java.util.function.Consumer;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.system.Txn;

/** Runs one SPARQL query on a dataset, in a read transaction, and prints its results. */
public final class QueryRunner {
    private QueryRunner() {}

    /** Parses the query; a syntax error surfaces as {@link org.apache.jena.query.QueryParseException}. */
    public static Query parse(String sparql) {
        return QueryFactory.create(sparql);
    }

    public static void run(DatasetGraph dsg, Query query, ResultFormat format, OutputStream out) {
        run(dsg, query, format, out, context -> {});
    }

    /** As {@link #run(DatasetGraph, Query, ResultFormat, OutputStream)}, with settings (a SERVICE policy) added to this query's context. */
    public static void run(DatasetGraph dsg, Query query, ResultFormat format, OutputStream out, Consumer<Context> settings) {
        Context context = Context.setupContextForDataset(ARQ.getContext(), dsg);
        settings.accept(context);
        Txn.executeRead(dsg, () -> {
            Scoped scoped = scoped(dsg, query);
            Dataset ds = DatasetFactory.wrap(scoped.dataset());
            try (QueryExecution qe = QueryExecution.create().query(scoped.query()).dataset(ds).context(context).build()) {
                switch (query.queryType()) {
                    case SELECT -> printSelect(qe, query.getPrefixMapping(), format, out);
                    case ASK -> printAsk(qe.execAsk(), format, out);
                    case CONSTRUCT -> printGraph(qe.execConstruct(), format, out);
                    case DESCRIBE -> printGraph(qe.execDescribe(), format, out);
                    default -> throw new IllegalArgumentException("unsupported query type: " + query.queryType());
                }
            }
        });
    }

    /** A query and the dataset it runs on. */
    public record Scoped(DatasetGraph dataset, Query query) {}

    /**
     * The dataset a query asks for: with {@code FROM}/{@code FROM NAMED}, those graphs of the store (as
     * the SPARQL endpoint picks them, e.g. only the article graphs), and the query without them, which
     * would otherwise be looked for again in that view; without, the whole store. Call it in a read
     * transaction of {@code dsg}.
     */
    public static Scoped scoped(DatasetGraph dsg, Query query) {
        if (!query.hasDatasetDescription())
            return new Scoped(dsg, query);
        DatasetGraph view = DynamicDatasets.dynamicDataset(query.getDatasetDescription(), dsg, false);
        Query plain = query.cloneQuery();
        plain.getGraphURIs().clear();
        plain.getNamedGraphURIs().clear();
        return new Scoped(view, plain);
    }

    private static void printSelect(QueryExecution qe, PrefixMapping prefixes, ResultFormat format, OutputStream out) {
        var rs = qe.execSelect();
        switch (format) {
            case table -> ResultSetFormatter.out(out, rs, prefixes);
            case csv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case tsv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case json -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
        }
    }

    private static void printAsk(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case table -> ResultSetFormatter.out(out, answer);
            case csv -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_CSV);
            case tsv -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_TSV);
            case json -> ResultSetFormatter.outputAsJSON(out, answer);
        }
    }

    private static void printGraph(Model model, ResultFormat format, OutputStream out) {
        switch (format) {
            case json -> RDFDataMgr.write(out, model, Lang.JSONLD);
            case csv, tsv -> RDFDataMgr.write(out, model, Lang.NTRIPLES);
            case table -> RDFDataMgr.write(out, model, Lang.TURTLE);
        }
    }
}
