package org.eurasiakg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.eurasiakg.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills kg build with SIGKILL at random moments, over and over: the store must always open
 * afterwards and hold either the old or the new complete data, never a mix.
 */
class BuildKillIT {
    private static final int TRIALS = 20;
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir Path tmp;

    private ProcessBuilder kg(String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TestProjects.repository().resolve("target/kg.jar").toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("kg.log").toFile());
    }

    /** Opens the store in this JVM, as any later process would, and counts its quads. */
    private static long count(Path data) {
        DatasetGraph dsg = new KgStore(data).open();
        try {
            return Txn.calculateRead(dsg, () -> {
                try (QueryExec exec = QueryExec.dataset(dsg).query(COUNT).build()) {
                    return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
                }
            });
        } finally {
            KgStore.release(dsg);
        }
    }

    private void buildFully(Path project, Path data) throws Exception {
        Process p = kg("build", "--source", project.toString(), "--data", data.toString()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("kg.log"))).isZero();
    }

    @Test
    void aKilledBuildNeverLeavesAHalfStore() throws Exception {
        Path small = TestProjects.fixture(tmp.resolve("a"));
        Path large = TestProjects.fixture(tmp.resolve("b"));
        Path entities = large.resolve("seeds/entities.ttl");
        StringBuilder more = new StringBuilder(Files.readString(entities));
        for (int i = 0; i < 2000; i++)
            more.append("ekr:extra-").append(i).append(" a ekg:State ; rdfs:label \"Extra ").append(i).append("\"@en .\n");
        Files.writeString(entities, more);
        Path data = tmp.resolve("data");

        buildFully(large, data);
        long largeCount = count(data);
        buildFully(small, data);
        long smallCount = count(data);
        assertThat(largeCount).isGreaterThan(smallCount);

        Random random = new Random(42);
        long expectedOld = smallCount;
        int killedMidway = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Path next = trial % 2 == 0 ? large : small;
            long nextCount = next == large ? largeCount : smallCount;
            Process build = kg("build", "--source", next.toString(), "--data", data.toString()).start();
            Thread.sleep(200 + random.nextInt(2500));
            boolean finished = !build.isAlive();
            build.destroyForcibly(); // SIGKILL
            build.waitFor(30, TimeUnit.SECONDS);
            if (!finished)
                killedMidway++;
            long now = count(data);
            assertThat(now).as("trial " + trial).isIn(expectedOld, nextCount);
            expectedOld = now;
        }
        assertThat(killedMidway).as("builds killed before they finished").isGreaterThan(TRIALS / 4);
        // the killed builds left their lock file (build.lock) and TDB2 lock (tdb.lock, with a dead PID, in a
        // building-* folder) behind: both are stale, and the next build recovers them by itself
        assertThat(data.resolve("build.lock")).exists();
        // a build after all that succeeds and cleans up the half-written stores
        buildFully(small, data);
        assertThat(count(data)).isEqualTo(smallCount);
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("building-"));
        }
        assertThat(new File(data.toFile(), "CURRENT")).exists();
    }
}
