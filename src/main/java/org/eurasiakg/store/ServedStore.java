package org.eurasiakg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.eurasiakg.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store a server serves, switched to each new build without a restart. A watcher reads
 * {@code CURRENT} every second; when a build has made another store current it opens it (triples
 * and text index together) and swaps it in atomically for new work. Every transaction, and every
 * HTTP request that {@link #pin() pins} one, stays on the store it started on until it ends, so no
 * query sees a mix of two builds and none fails; the old store is released when its last reader
 * is done.
 * <p>
 * For queries, Jena would unwrap a {@link DatasetGraphWrapper} to the store it was created with;
 * this is a {@link DatasetGraphWrapperView} instead, and {@link Engine} sends each query to the
 * store bound to the thread, with that store's own settings (union default graph, text index)
 * under the server's (timeout, SERVICE allow-list).
 */
public final class ServedStore extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private static final Logger LOG = LoggerFactory.getLogger(ServedStore.class);
    static {
        QueryEngineRegistry.addFactory(new Engine());
    }

    /** One opened store and how many transactions or requests are using it. */
    private static final class Generation {
        final Path dir;
        final DatasetGraph dsg;
        final StoreGeneration generation;
        int users;
        boolean retired;
        boolean closed;

        Generation(Path dir, DatasetGraph dsg) {
            this.dir = dir;
            this.dsg = dsg;
            this.generation = new StoreGeneration(dir.getFileName().toString(), modified(dir));
        }

        private static Instant modified(Path dir) {
            try {
                return Files.getLastModifiedTime(dir).toInstant().truncatedTo(ChronoUnit.SECONDS);
            } catch (IOException e) {
                return Instant.now().truncatedTo(ChronoUnit.SECONDS);
            }
        }
    }

    /** What a thread is bound to, and whether a transaction (not a request) did the binding. */
    private record Pin(Generation generation, boolean byTransaction) {}

    private final KgStore store;
    private volatile Generation current;
    private final ThreadLocal<Pin> pinned = new ThreadLocal<>();
    private final ScheduledExecutorService watcher;
    private Path failed;

    private ServedStore(KgStore store, Generation first) {
        super(first.dsg, new Context());
        this.store = store;
        this.current = first;
        markSearchable(first);
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kg-store-watcher");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens the current store of {@code store} and watches for new builds every {@code poll}. */
    public static ServedStore open(KgStore store, long pollMillis) {
        Path dir = store.current().orElseThrow(() -> new StoreException(
                "no store in " + store.dataDir() + ": run 'kg build --data " + store.dataDir() + "' first"));
        ServedStore served = new ServedStore(store, new Generation(dir, store.open(dir)));
        served.watcher.scheduleWithFixedDelay(served::checkForNewBuild, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        return served;
    }

    public static ServedStore open(KgStore store) {
        return open(store, 1000);
    }

    /** The build this thread's request is pinned to, else the current one. */
    public StoreGeneration generation() {
        Pin p = pinned.get();
        return (p != null ? p.generation() : current).generation;
    }

    /** The store folder new work goes to. */
    public Path currentStore() { return current.dir; }

    /** Switches to the store {@code CURRENT} names, if it is another one; called by the watcher. */
    void checkForNewBuild() {
        try {
            Optional<Path> now = store.current();
            if (now.isEmpty() || now.get().equals(current.dir) || now.get().equals(failed))
                return;
            Generation next = new Generation(now.get(), store.open(now.get()));
            Generation old = current;
            markSearchable(next);
            current = next;
            LOG.info("Serving {} (a new build; {} is released when its last query ends)", next.dir.getFileName(), old.dir.getFileName());
            retire(old);
        } catch (RuntimeException e) {
            // a store that cannot be opened is not served; the old one goes on
            failed = store.current().orElse(null);
            LOG.error("cannot switch to the new store {}: {}", failed, e.getMessage());
        }
    }

    /** Binds the calling thread to the current store until the returned pin is closed (one HTTP request). */
    public AutoCloseable pin() {
        if (pinned.get() != null)
            return () -> {};
        Generation g = acquire();
        pinned.set(new Pin(g, false));
        return () -> {
            pinned.remove();
            release(g);
        };
    }

    /** Stops watching and releases every store. */
    @Override
    public void close() {
        watcher.shutdownNow();
        retire(current);
    }

    private void markSearchable(Generation g) {
        getCxt().set(SearchIndex.ATTACHED, SearchIndex.isAttached(g.dsg));
    }

    private Generation acquire() {
        while (true) {
            Generation g = current;
            synchronized (g) {
                if (!g.closed) {
                    g.users++;
                    return g;
                }
            }
        }
    }

    private static void release(Generation g) {
        synchronized (g) {
            g.users--;
            closeIfDone(g);
        }
    }

    private static void retire(Generation g) {
        synchronized (g) {
            g.retired = true;
            closeIfDone(g);
        }
    }

    private static void closeIfDone(Generation g) {
        if (g.retired && g.users == 0 && !g.closed) {
            g.closed = true;
            KgStore.release(g.dsg);
        }
    }

    /** The store of this thread's transaction or request, else the current one. */
    @Override
    protected DatasetGraph get() {
        Pin p = pinned.get();
        return p != null ? p.generation().dsg : current.dsg;
    }

    @Override
    public void begin(TxnType type) {
        bindForTransaction();
        try {
            get().begin(type);
        } catch (RuntimeException e) {
            unbindAfterTransaction();
            throw e;
        }
    }

    @Override
    public void begin(ReadWrite mode) {
        begin(TxnType.convert(mode));
    }

    @Override
    public void begin() {
        begin(TxnType.READ_PROMOTE);
    }

    @Override
    public void commit() {
        try {
            get().commit();
        } finally {
            unbindAfterTransaction();
        }
    }

    @Override
    public void abort() {
        try {
            get().abort();
        } finally {
            unbindAfterTransaction();
        }
    }

    @Override
    public void end() {
        try {
            get().end();
        } finally {
            unbindAfterTransaction();
        }
    }

    @Override
    public boolean promote(Transactional.Promote mode) {
        return get().promote(mode);
    }

    private void bindForTransaction() {
        if (pinned.get() == null)
            pinned.set(new Pin(acquire(), true));
    }

    private void unbindAfterTransaction() {
        Pin p = pinned.get();
        if (p != null && p.byTransaction() && !p.generation().dsg.isInTransaction()) {
            pinned.remove();
            release(p.generation());
        }
    }

    /** Runs each query on the store bound to the thread, as if it had been sent to that store. */
    private static final class Engine implements QueryEngineFactory {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return dataset instanceof ServedStore;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            DatasetGraph target = ((ServedStore) dataset).get();
            Context merged = Context.mergeCopy(context, target.getContext());
            return QueryEngineRegistry.findFactory(query, target, merged).create(query, target, input, merged);
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return dataset instanceof ServedStore;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            DatasetGraph target = ((ServedStore) dataset).get();
            Context merged = Context.mergeCopy(context, target.getContext());
            return QueryEngineRegistry.findFactory(op, target, merged).create(op, target, input, merged);
        }
    }
}
