package org.eurasiakg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.search.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served store switches to a new build for new work, while work begun before the switch finishes on the old one. */
class ServedStoreTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir Path tmp;

    private static long count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(COUNT).build()) {
                return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
            }
        });
    }

    private void build(Path project, Path data) {
        CliRun run = CliRun.of("build", "--source", project.toString(), "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    static Path bigger(Path into) throws IOException {
        Path project = TestProjects.fixture(into);
        StringBuilder more = new StringBuilder("\n");
        for (int i = 0; i < 50; i++)
            more.append("ekr:extra-").append(i).append(" a ekg:State ; rdfs:label \"Extra ").append(i).append("\"@en .\n");
        Files.writeString(project.resolve("seeds/entities.ttl"), more, StandardOpenOption.APPEND);
        return project;
    }

    @Test
    void aReadBegunBeforeTheSwitchEndsOnTheOldStoreAndNewReadsSeeTheNew() throws Exception {
        Path data = tmp.resolve("data");
        build(TestProjects.fixture(tmp.resolve("a")), data);
        KgStore store = new KgStore(data);
        // a long poll: this test switches by hand
        ServedStore served = ServedStore.open(store, 3_600_000);
        try {
            long oldCount = count(served);
            Path oldStore = served.currentStore();

            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch switched = new CountDownLatch(1);
            CompletableFuture<long[]> reader = CompletableFuture.supplyAsync(() -> Txn.calculateRead(served, () -> {
                long before = countInTxn(served);
                inside.countDown();
                await(switched);
                // the same transaction, after the switch: still the old data, and the old text index
                return new long[] {before, countInTxn(served), Search.find(served, "pact", 5).size()};
            }));
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

            build(bigger(tmp.resolve("b")), data);
            served.checkForNewBuild();
            switched.countDown();

            long newCount = count(served);
            assertThat(newCount).isGreaterThan(oldCount);
            assertThat(served.currentStore()).isNotEqualTo(oldStore);
            long[] seen = reader.get(30, TimeUnit.SECONDS);
            assertThat(seen[0]).isEqualTo(oldCount);
            assertThat(seen[1]).isEqualTo(oldCount);
            assertThat(seen[2]).isPositive();
            // the new store's text index came with it
            assertThat(Search.find(served, "extra", 100)).hasSizeGreaterThanOrEqualTo(50);
        } finally {
            served.close();
        }
    }

    @Test
    void theWatcherSwitchesByItself() throws Exception {
        Path data = tmp.resolve("data");
        build(TestProjects.fixture(tmp.resolve("a")), data);
        ServedStore served = ServedStore.open(new KgStore(data), 100);
        try {
            long oldCount = count(served);
            build(bigger(tmp.resolve("b")), data);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (count(served) == oldCount && System.nanoTime() < deadline)
                Thread.sleep(50);
            assertThat(count(served)).isGreaterThan(oldCount);
        } finally {
            served.close();
        }
    }

    @Test
    void theGenerationChangesWithTheBuildAndHoldsWithinARequest() throws Exception {
        Path data = tmp.resolve("data");
        build(TestProjects.fixture(tmp.resolve("a")), data);
        ServedStore served = ServedStore.open(new KgStore(data), 3_600_000);
        try {
            StoreGeneration first = StoreGeneration.of(served);
            assertThat(first.id()).isEqualTo(served.currentStore().getFileName().toString());
            try (AutoCloseable request = served.pin()) {
                build(bigger(tmp.resolve("b")), data);
                served.checkForNewBuild();
                // a request that began on the old build keeps its validators
                assertThat(StoreGeneration.of(served)).isEqualTo(first);
            }
            assertThat(StoreGeneration.of(served).id()).isNotEqualTo(first.id());
        } finally {
            served.close();
        }
    }

    @Test
    void aSecondServerOnTheSameDataFolderIsRefusedWithWhoHasIt() {
        Path data = tmp.resolve("data");
        try (ServeLock first = ServeLock.take(data)) {
            assertThatThrownBy(() -> ServeLock.take(data))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("another kg serve (process " + ProcessHandle.current().pid() + ") is serving " + data)
                    .hasMessageContaining("stop it first");
        }
        // released: the next server starts
        ServeLock.take(data).close();
    }

    private static long countInTxn(DatasetGraph dsg) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(COUNT).build()) {
            return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
