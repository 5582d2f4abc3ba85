package org.eurasiakg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The VoID counts walked from TDB2's indexes agree with SPARQL DISTINCT, duplicates across graphs included. */
class VoidCountsTest {
    private static Node uri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    private static long sparql(DatasetGraph dsg, String query) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
        }
    }

    @Test
    void countsDistinctTriplesPropertiesAndClassesOverAllGraphs() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Node g1 = uri("g1"), g2 = uri("g2"), g3 = uri("g3"), type = RDF.type.asNode();
        Txn.executeWrite(dsg, () -> {
            // a, b, c are Actors (a twice: asserted and inferred); a and z are States
            for (Node g : new Node[] {g1, g2})
                dsg.add(new Quad(g, uri("a"), type, uri("Actor")));
            dsg.add(new Quad(g2, uri("b"), type, uri("Actor")));
            dsg.add(new Quad(g3, uri("c"), type, uri("Actor")));
            dsg.add(new Quad(g1, uri("a"), type, uri("State")));
            dsg.add(new Quad(g3, uri("z"), type, uri("State")));
            // knows: a-b in three graphs, a-c once, b-a once
            for (Node g : new Node[] {g1, g2, g3})
                dsg.add(new Quad(g, uri("a"), uri("knows"), uri("b")));
            dsg.add(new Quad(g2, uri("a"), uri("knows"), uri("c")));
            dsg.add(new Quad(g1, uri("b"), uri("knows"), uri("a")));
            dsg.add(new Quad(g1, uri("a"), uri("name"), NodeFactory.createLiteralString("A")));
        });
        VoidDescription.Counts counts = Txn.calculateRead(dsg, () -> VoidDescription.count(dsg));

        assertThat(counts.triples()).isEqualTo(9);
        assertThat(counts.triplesPerProperty()).isEqualTo(Map.of(type, 5L, uri("knows"), 3L, uri("name"), 1L));
        assertThat(counts.entitiesPerClass()).isEqualTo(Map.of(uri("Actor"), 3L, uri("State"), 2L));
        assertThat(counts.triplesPerGraph()).isEqualTo(Map.of(g1, 5L, g2, 4L, g3, 3L));
        Txn.executeRead(dsg, () -> assertThat(counts.triples()).isEqualTo(
                sparql(dsg, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }")));
    }

    @Test
    void anEmptyStoreHasNoTriplesAndNoClasses() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        VoidDescription.Counts counts = Txn.calculateRead(dsg, () -> VoidDescription.count(dsg));
        assertThat(counts.triples()).isZero();
        assertThat(counts.entitiesPerClass()).isEmpty();
    }
}
