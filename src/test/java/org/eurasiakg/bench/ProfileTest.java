package org.eurasiakg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flight recording of SPARQL work is summarised with its samples put on ARQ and Jena, and shares that add up. */
class ProfileTest {
    @TempDir Path tmp;

    @Test
    void attributesSamplesOfQueryWorkToJenaComponents() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 2_000; i++)
            dsg.add(SSE.parseQuad("(<http://example/g> <http://example/s" + i + "> <http://example/p> " + i + ")"));
        var recording = Profile.start();
        long end = System.nanoTime() + 1_500_000_000L;
        while (System.nanoTime() < end)
            try (QueryExec q = QueryExec.dataset(dsg).query("SELECT (SUM(?o) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
                q.select().materialize();
            }
        Profile p = Profile.stop(recording, tmp.resolve("test.jfr"), "test");

        assertThat(p.samples()).isPositive();
        assertThat(p.components().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(p.samples());
        assertThat(p.components().keySet()).containsAnyOf("ARQ (SPARQL)", "Jena core (graphs, nodes, IRIs)");
        assertThat(p.methods()).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        assertThat(p.classesLoaded()).isPositive();
    }
}
