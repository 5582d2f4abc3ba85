package org.eurasiakg.ingest;

import org.eurasiakg.query.SparqlResource;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The VoID and DCAT description of the dataset, computed from the data itself by the CONSTRUCT
 * queries in {@code void/}: triples per graph, classes and properties used with their counts,
 * link sets per external target, licence, source articles, endpoint and dumps. The build puts it
 * in its own named graph ({@code graph/void}) after every other graph is complete, so its
 * counts never include itself.
 */
public final class VoidDescription {
    private static final List<String> QUERIES =
            List.of("1-dataset.rq", "2-graphs.rq", "3-classes.rq", "4-properties.rq", "5-linksets.rq");

    private VoidDescription() {}

    /** The description of every named graph of {@code dsg}. */
    public static Graph of(DatasetGraph dsg) {
        Graph description = GraphFactory.createDefaultGraph();
        description.getPrefixMapping()
                .setNsPrefix("void", "http://rdfs.org/ns/void#")
                .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#")
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("ds", "https://w3id.org/eurasia-kg/dataset/");
        for (String name : QUERIES) {
            Query query = QueryFactory.create(resource(name));
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                exec.construct().find().forEach(description::add);
            }
        }
        return description;
    }

    private static String resource(String name) {
        return SparqlResource.text(VoidDescription.class, "void/" + name);
    }
}
