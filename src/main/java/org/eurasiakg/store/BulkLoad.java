package org.eurasiakg.store;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Jena's TDB2 bulk loaders (the ones {@code tdb2.tdbloader} offers) writing into an empty store.
 * Whoever feeds a long load shows its progress (the scale build's bar counts articles).
 */
public final class BulkLoad {

    /** The loaders of {@code tdb2.tdbloader --loader=}; phased is its default for an empty store. */
    public enum Loader { BASIC, SEQUENTIAL, PHASED, PARALLEL }

    private BulkLoad() {}

    /** What feeds the loader: sends quads to the stream it is given. */
    @FunctionalInterface
    public interface QuadSource {
        void sendTo(StreamRDF destination);

        /** Every quad of a dataset (in memory). */
        static QuadSource of(DatasetGraph dsg) {
            return dest -> dsg.find().forEachRemaining(dest::quad);
        }
    }

    /** Loads {@code source} into {@code tdb} (an empty TDB2 dataset) with {@code loader}; returns the quads loaded. */
    public static long load(DatasetGraph tdb, Loader loader, QuadSource source) {
        DataLoader dataLoader = create(tdb, loader, QUIET);
        StreamRDF dest = dataLoader.stream();
        dataLoader.startBulk();
        try {
            source.sendTo(dest);
            dataLoader.finishBulk();
        } catch (RuntimeException e) {
            dataLoader.finishException(e);
            throw e;
        }
        return dataLoader.countQuads() + dataLoader.countTriples();
    }

    private static DataLoader create(DatasetGraph tdb, Loader loader, MonitorOutput output) {
        return switch (loader) {
            case BASIC -> LoaderFactory.basicLoader(tdb, output);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(tdb, output);
            case PHASED -> LoaderFactory.phasedLoader(tdb, output);
            case PARALLEL -> LoaderFactory.parallelLoader(tdb, output);
        };
    }

    /** Jena's loaders log through a MonitorOutput; kg prints its own summary instead. */
    private static final MonitorOutput QUIET = (fmt, args) -> {};
}
