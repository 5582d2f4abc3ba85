package org.eurasiakg.store;

import org.apache.jena.atlas.io.IOX;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eurasiakg.search.SearchIndex;
import org.eurasiakg.vocab.EKG.Graphs;

/**
 * The data folder: complete TDB2 stores side by side and a {@code CURRENT} file naming the one
 * in use. A build writes a new store and switches {@code CURRENT} to it only when it is
 * complete, so a failed or killed build never touches the store being served.
 * The only class that calls TDB2.
 */
public final class KgStore {
    private static final String CURRENT = "CURRENT";
    private static final String STORE_PREFIX = "store-";
    private static final String BUILDING_PREFIX = "building-";
    private static final String TDB = "tdb2";
    /** The full-text index, built with the triples so it is never older than them. */
    private static final String TEXT = "text";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path dataDir;

    public KgStore(Path dataDir) { this.dataDir = dataDir; }

    public Path dataDir() { return dataDir; }

    /** The store in use, if there is one. */
    public Optional<Path> current() {
        Path pointer = dataDir.resolve(CURRENT);
        if (!Files.isRegularFile(pointer))
            return Optional.empty();
        try {
            Path store = dataDir.resolve(Files.readString(pointer, StandardCharsets.UTF_8).trim());
            return Files.isDirectory(store.resolve(TDB)) ? Optional.of(store) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<StoreManifest> currentManifest() {
        return current().map(StoreManifest::read);
    }

    /** True when there is a store built from exactly these inputs. */
    public boolean isUpToDate(Map<String, String> inputs) {
        return currentManifest().map(m -> m.inputs().equals(inputs)).orElse(false);
    }

    /** Opens the store in use, with the union of all named graphs as the default graph and its text index (text:query). */
    public DatasetGraph open() {
        return open(current().orElseThrow(() -> new StoreException(
                "no store in " + dataDir + ": run 'kg build --data " + dataDir + "' first")));
    }

    /** Opens one store folder of this data folder (as {@link #open()} does the current one). */
    public DatasetGraph open(Path store) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.resolve(TDB).toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Path text = store.resolve(TEXT);
        return Files.isDirectory(text) ? SearchIndex.attach(dsg, text) : dsg;
    }

    /** Releases a store opened by {@link #open()} so another process may open it. */
    public static void release(DatasetGraph dsg) {
        TDBInternal.expel(SearchIndex.detach(dsg));
    }

    /**
     * Writes {@code built} into a new store (with its text index and VoID description) and makes it
     * current. If anything fails, the new store is removed and the current one is left as it was.
     */
    public StoreManifest install(DatasetGraph built, Map<String, String> inputs, Map<String, Long> triplesPerGraph) {
        return installQuads(BulkLoad.QuadSource.of(built), BulkLoad.Loader.BASIC, inputs, triplesPerGraph).manifest();
    }

    /** What a bulk install did, phase by phase (seconds; the text index and the description run at the same time). */
    public record LoadReport(StoreManifest manifest, long quads, double loadSeconds, double textIndexSeconds,
                             double describeSeconds) {}

    /**
     * Bulk-loads {@code quads} (e.g. a build streaming a corpus too large to hold in memory) into a new store with
     * Jena's TDB2 {@code loader}, then indexes its text and adds its VoID description (graph/void,
     * computed from the loaded store), and makes it current. The manifest records {@code triplesPerGraph}
     * as it is when the load ends ({@code quads} may fill it as it sends them) and the description's count.
     */
    public LoadReport installQuads(BulkLoad.QuadSource quads, BulkLoad.Loader loader,
                                   Map<String, String> inputs, Map<String, Long> triplesPerGraph) {
        long[] loaded = new long[1];
        double[] seconds = new double[3];
        Map<String, Long> counts = new TreeMap<>();
        StoreManifest manifest = install(building -> {
            long t0 = System.nanoTime();
            loaded[0] = load(building, quads, loader);
            long t1 = System.nanoTime();
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(building.resolve(TDB).toString());
            try {
                // the text index and the description each read the loaded store on one core: side by side
                CompletableFuture<Double> text = CompletableFuture.supplyAsync(() -> {
                    long t = System.nanoTime();
                    Txn.executeRead(tdb, () -> SearchIndex.write(tdb, building.resolve(TEXT)));
                    return (System.nanoTime() - t) / 1e9;
                });
                Graph description;
                try {
                    description = Txn.calculateRead(tdb, () -> VoidDescription.of(tdb));
                    seconds[2] = (System.nanoTime() - t1) / 1e9;
                } finally {
                    seconds[1] = join(text);   // never leave it writing into a folder that is being removed
                }
                Txn.executeWrite(tdb, () -> description.find().forEach(t -> tdb.add(Graphs.VOID, t.getSubject(), t.getPredicate(), t.getObject())));
                counts.putAll(triplesPerGraph);
                counts.put(Graphs.VOID.getURI(), (long) description.size());
                seconds[0] = (t1 - t0) / 1e9;
            } finally {
                TDBInternal.expel(tdb);
            }
        }, inputs, counts);
        return new LoadReport(manifest, loaded[0], seconds[0], seconds[1], seconds[2]);
    }

    private static double join(CompletableFuture<Double> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re)
                throw re;
            throw e;
        }
    }

    /** Fills a new store's folder; throws to abandon it. */
    private interface StoreFiller {
        void fill(Path building) throws IOException;
    }

    private StoreManifest install(StoreFiller filler, Map<String, String> inputs, Map<String, Long> triplesPerGraph) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create data folder " + dataDir + ": " + e.getMessage());
        }
        try (FileChannel lockFile = FileChannel.open(dataDir.resolve("build.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile.tryLock()) {
            if (lock == null)
                throw new StoreException("another kg build is writing to " + dataDir + "; wait for it to finish");
            removeLeftovers();
            String name = STAMP.format(Instant.now());
            Path building = dataDir.resolve(BUILDING_PREFIX + name);
            Path finished = dataDir.resolve(STORE_PREFIX + name);
            try {
                filler.fill(building);
                StoreManifest manifest = new StoreManifest(inputs, triplesPerGraph, Instant.now().toString());
                manifest.write(building);
                Files.move(building, finished, StandardCopyOption.ATOMIC_MOVE);
                Optional<Path> previous = current();
                point(finished.getFileName().toString());
                removeOldStores(finished, previous.orElse(null));
                return manifest;
            } catch (IOException | RuntimeException e) {
                deleteTree(building);
                if (e instanceof IOException io)
                    throw new UncheckedIOException(io);
                throw (RuntimeException) e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jena's bulk loader into a new TDB2 database in {@code storeDir}; returns the quads loaded. */
    private static long load(Path storeDir, BulkLoad.QuadSource quads, BulkLoad.Loader loader) throws IOException {
        Files.createDirectories(storeDir);
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(storeDir.resolve(TDB).toString());
        try {
            return BulkLoad.load(tdb, loader, quads);
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    /** Switches CURRENT atomically: write a temporary file, then rename it over the old one. */
    private void point(String storeName) throws IOException {
        Path tmp = dataDir.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, storeName + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, dataDir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dataDir.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Half-written stores of builds that were killed. */
    private void removeLeftovers() throws IOException {
        try (Stream<Path> s = Files.list(dataDir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(BUILDING_PREFIX)).toList())
                deleteTree(p);
        }
    }

    /** Keeps the new store and the one it replaced (a running server may still read it). */
    private void removeOldStores(Path keep, Path previous) throws IOException {
        try (Stream<Path> s = Files.list(dataDir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(STORE_PREFIX)).toList())
                if (!p.equals(keep) && !p.equals(previous))
                    deleteTree(p);
        }
    }

    private static void deleteTree(Path root) {
        if (Files.exists(root))
            IOX.deleteAll(root);
    }
}
