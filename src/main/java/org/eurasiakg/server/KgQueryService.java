package org.eurasiakg.server;

import org.eurasiakg.query.SparqlResource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.lib.Pair;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.system.Txn;
import org.eurasiakg.federation.ServicePolicy;
import org.eurasiakg.server.pages.Negotiation;

/**
 * The query endpoints: Fuseki's own SPARQL query processing, plus
 * <ul>
 * <li>the SERVICE allow-list, checked before a query runs (and again by the executor chain),</li>
 * <li>the result cap: a SELECT answers at most {@code maxResults} rows, with a {@value #TRUNCATED} header when it had more, and</li>
 * <li>the SPARQL 1.1 Service Description for a GET without a query (Turtle, RDF/XML, JSON-LD,
 * N-Triples by Accept), where Fuseki would answer 404.</li>
 * </ul>
 */
final class KgQueryService extends SPARQL_QueryDataset {
    private static final Query DESCRIPTION = QueryFactory.create(resource("service-description.rq"));

    /** Sent when a SELECT had more rows than the cap: the response holds the first {@code maxResults}. */
    static final String TRUNCATED = "KG-Results-Truncated";

    private static final String CAPPED = KgQueryService.class.getName() + ".capped";

    private final ServicePolicy policy;
    private final int maxResults;

    KgQueryService(ServicePolicy policy) { this(policy, ServerConfig.DEFAULT_MAX_RESULTS); }

    KgQueryService(ServicePolicy policy, int maxResults) {
        this.policy = policy;
        this.maxResults = maxResults;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        policy.check(query);
    }

    /** A SELECT without a LIMIT, or with a larger one than the cap, asks for one row more than the cap. */
    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (!q.isSelectType() || (q.hasLimit() && q.getLimit() <= maxResults))
            return decided;
        // the query was parsed for this request alone: capped in place, not copied
        q.setLimit(maxResults + 1L);
        action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
        return decided;
    }

    /** ... and if that row comes, answers the first {@code maxResults} rows and says so in a header. */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
        // Fuseki passes the query as sent here, not the capped one: the request remembers
        if (!result.isRowSet() || action.getRequest().getAttribute(CAPPED) == null)
            return result;
        RowSet rows = result.rowSet();
        List<Binding> kept = new ArrayList<>();
        while (kept.size() <= maxResults && rows.hasNext())
            kept.add(rows.next());
        if (kept.size() > maxResults) {
            kept.remove(maxResults);
            action.getResponse().setHeader(TRUNCATED, maxResults + " rows; the result has more: page with LIMIT and OFFSET");
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }

    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestQueryString() == null) {
            describe(action);
            return;
        }
        super.execGet(action);
    }

    private static void describe(HttpAction action) {
        String endpoint = action.getRequest().getRequestURL().toString();
        DatasetGraph dsg = action.getDataset();
        Graph description = Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(DESCRIPTION)
                    .substitution("endpoint", NodeFactory.createURI(endpoint)).build()) {
                return exec.construct();
            }
        });
        description.getPrefixMapping()
                .setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#")
                .setNsPrefix("formats", "http://www.w3.org/ns/formats/")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        try {
            Negotiation.Format format = Negotiation.choose(action.getRequest().getHeader("Accept"), Negotiation.RDF);
            if (format == null)
                Negotiation.notAcceptable(action.getResponse(), "The service description", Negotiation.RDF);
            else
                Negotiation.write(action.getResponse(), description, format);
            ServletOps.success(action);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }

    private static String resource(String name) {
        return SparqlResource.text(KgQueryService.class, name);
    }
}
