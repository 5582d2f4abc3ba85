package org.eurasiakg.federation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpVisitor;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitor;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * Where a query's {@code SERVICE} may go: only to the IRIs on the allow-list, and, for IRIs with
 * a configured endpoint, to that endpoint instead (a local stand-in for Wikidata in tests, say).
 * The endpoint must not be an open proxy, so every other {@code SERVICE} is refused, SILENT or not.
 *
 * <p>{@link #install(Context)} puts the policy first in a copy of Jena's service executor chain,
 * in the given context only (a dataset's, a query's), so two servers in one JVM keep their own.
 */
public record ServicePolicy(Set<String> allowed, Map<String, String> endpoints) {

    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    public static final String DBPEDIA = "https://dbpedia.org/sparql";
    public static final List<String> DEFAULT_ALLOWED = List.of(WIKIDATA, DBPEDIA);

    static {
        // the service registry must not be the first Jena class touched (circular initialisation)
        JenaSystem.init();
    }

    public ServicePolicy {
        allowed = Set.copyOf(new LinkedHashSet<>(allowed));
        endpoints = Map.copyOf(endpoints);
        for (String iri : allowed)
            requireHttpIri(iri, "allowed SERVICE");
        endpoints.forEach((from, to) -> {
            requireHttpIri(from, "SERVICE");
            requireHttpIri(to, "endpoint for " + from);
        });
    }

    /** Wikidata and DBpedia, each at its own address. */
    public static ServicePolicy defaults() {
        return new ServicePolicy(Set.copyOf(DEFAULT_ALLOWED), Map.of());
    }

    /**
     * The policy the command-line options describe: {@code allow} replaces the default
     * allow-list when given; each {@code IRI=URL} endpoint sends that SERVICE IRI to URL, and so
     * allows the IRI (the operator named it).
     */
    public static ServicePolicy of(Collection<String> allow, Collection<String> endpointSpecs) {
        Set<String> allowed = new LinkedHashSet<>(allow == null || allow.isEmpty() ? DEFAULT_ALLOWED : allow);
        Map<String, String> endpoints = new LinkedHashMap<>();
        if (endpointSpecs != null)
            for (String spec : endpointSpecs) {
                int eq = spec.indexOf('=');
                if (eq <= 0 || eq == spec.length() - 1)
                    throw new IllegalArgumentException("'" + spec + "' is not SERVICE-IRI=ENDPOINT-URL");
                String from = spec.substring(0, eq).trim();
                String to = spec.substring(eq + 1).trim();
                endpoints.put(from, to);
                allowed.add(from);
            }
        return new ServicePolicy(allowed, endpoints);
    }

    public boolean allows(String iri) { return allowed.contains(iri); }

    /** The URL a call to this (allowed) SERVICE IRI goes to. */
    public String endpointFor(String iri) { return endpoints.getOrDefault(iri, iri); }

    /**
     * Refuses, before anything runs, a query whose SERVICE names an IRI not on the list or a
     * variable (which could be bound to any address). The executor chain checks again at run time.
     */
    public void check(Query query) {
        check(Algebra.compile(query));
    }

    private void check(Op op) {
        OpVisitor services = new OpVisitorBase() {
            @Override
            public void visit(OpService service) { checkService(service.getService()); }
        };
        // and inside FILTER EXISTS / NOT EXISTS, whose patterns are expressions
        ExprVisitor exists = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp funcOp) { check(funcOp.getGraphPattern()); }
        };
        Walker.walk(op, services, exists);
    }

    private void checkService(Node service) {
        if (!service.isURI())
            throw new ServiceRefusedException("SERVICE " + service + " refused: the endpoint must be an IRI"
                    + " on the allow-list, not a variable");
        if (!allows(service.getURI()))
            throw new ServiceRefusedException("SERVICE <" + service.getURI() + "> refused: not on this endpoint's"
                    + " allow-list (" + String.join(", ", allowed.stream().sorted().toList()) + ")");
    }

    /**
     * Installs this policy in {@code context}: a copy of the service executor registry found there
     * (or the global one) with this policy as the first link of the per-call chain.
     */
    public void install(Context context) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(context).copy();
        // The bulk chain runs first and could call out on its own: keep none of it.
        registry.getBulkChain().clear();
        registry.getSingleChain().removeIf(link -> link instanceof Link);
        registry.addSingleLink(new Link(this));
        ServiceExecutorRegistry.set(context, registry);
    }

    /** The link of the chain: refuse, or pass on with the service IRI replaced by its endpoint. */
    private record Link(ServicePolicy policy) implements ChainingServiceExecutor {
        @Override
        public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                             ExecutionContext execCxt, ServiceExecutor chain) {
            Node service = opExecute.getService();
            policy.checkService(service);
            String endpoint = policy.endpointFor(service.getURI());
            if (endpoint.equals(service.getURI()))
                return chain.createExecution(opExecute, opOriginal, binding, execCxt);
            OpService redirected = new OpService(NodeFactory.createURI(endpoint), opExecute.getSubOp(),
                    opExecute.getServiceElement(), opExecute.getSilent());
            return chain.createExecution(redirected, opOriginal, binding, execCxt);
        }
    }

    private static void requireHttpIri(String iri, String what) {
        try {
            URI uri = new URI(iri);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null)
                throw new IllegalArgumentException(what + " '" + iri + "' is not an http(s) URL");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + " '" + iri + "' is not a URL: " + e.getReason());
        }
    }
}
