package org.eurasiakg.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.eurasiakg.ingest.KnowledgeGraphBuild;
import org.eurasiakg.ingest.Sources;
import org.eurasiakg.store.KgStore;

/** Builds the dataset from the sources, installs it as the current store and prints a summary. */
final class Rebuild {
    private Rebuild() {}

    static void run(Sources sources, KgStore store, PrintWriter out) {
        long t0 = System.nanoTime();
        Map<String, String> inputs = sources.fingerprint();
        KnowledgeGraphBuild.Result result = KnowledgeGraphBuild.run(sources);
        Map<String, Long> built = new TreeMap<>();
        for (Map.Entry<Node, Long> e : result.triplesPerGraph().entrySet())
            built.put(e.getKey().getURI(), e.getValue());
        Map<String, Long> counts = store.install(result.dataset(), inputs, built).triplesPerGraph();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        out.printf("Built %s: %,d triples in %d graphs, %,d mentions, %,d inferred, in %.1f s%n",
                store.dataDir(), total, counts.size(), result.mentions(), result.inferred(), ms / 1000.0);
        counts.forEach((g, n) -> out.printf("  %,9d  %s%n", n, g));
        out.flush();
    }
}
