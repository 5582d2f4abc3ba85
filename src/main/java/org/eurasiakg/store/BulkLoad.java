package org.eurasiakg.store;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Jena's TDB2 bulk loaders (the ones {@code tdb2.tdbloader} offers) writing into an empty store,
 * with a progress bar (quads, rate, ETA) when the load is long enough to want one.
 */
public final class BulkLoad {

    /** The loaders of {@code tdb2.tdbloader --loader=}; phased is its default for an empty store. */
    public enum Loader { BASIC, SEQUENTIAL, PHASED, PARALLEL }

    /** Below this many quads a load takes well under a second: no bar. */
    static final long PROGRESS_FROM = 200_000;

    private BulkLoad() {}

    /** What feeds the loader: sends quads to the stream it is given. */
    @FunctionalInterface
    public interface QuadSource {
        void sendTo(StreamRDF destination);

        /** N-Quads files, parsed as tdb2.tdbloader parses them. */
        static QuadSource nquads(List<Path> files) {
            return dest -> {
                for (Path file : files) {
                    try (InputStream in = Files.newInputStream(file)) {
                        RDFParser.source(in).lang(Lang.NQUADS).parse(dest);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }

        /** Every quad of a dataset (in memory). */
        static QuadSource of(DatasetGraph dsg) {
            return dest -> dsg.find().forEachRemaining(dest::quad);
        }
    }

    /**
     * Loads {@code source} into {@code tdb} (an empty TDB2 dataset) with {@code loader};
     * {@code expectedQuads} sizes the progress bar (0 when unknown). Returns the quads loaded.
     */
    public static long load(DatasetGraph tdb, Loader loader, QuadSource source, long expectedQuads, String task) {
        DataLoader dataLoader = create(tdb, loader, MonitorOutputs.QUIET);
        boolean showBar = expectedQuads >= PROGRESS_FROM;
        try (ProgressBar bar = showBar ? bar(task, expectedQuads) : null) {
            StreamRDF dest = dataLoader.stream();
            if (bar != null)
                dest = new Counting(dest, bar::stepTo);
            dataLoader.startBulk();
            try {
                source.sendTo(dest);
                if (bar != null)
                    bar.setExtraMessage(loader == Loader.PHASED || loader == Loader.SEQUENTIAL
                            ? " indexing..." : " finishing...");
                dataLoader.finishBulk();
            } catch (RuntimeException e) {
                dataLoader.finishException(e);
                throw e;
            }
            if (bar != null)
                bar.setExtraMessage("");
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

    private static ProgressBar bar(String task, long max) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" kquads", 1000)
                .showSpeed()
                .setUpdateIntervalMillis(500)
                .build();
    }

    /** Counts what passes to the loader, reporting every 64K quads (the bar redraws on its own clock). */
    private static final class Counting extends StreamRDFWrapper {
        private final Consumer<Long> report;
        private long n;

        Counting(StreamRDF dest, Consumer<Long> report) {
            super(dest);
            this.report = report;
        }

        @Override
        public void quad(Quad quad) {
            super.quad(quad);
            if ((++n & 0xFFFF) == 0)
                report.accept(n);
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            super.triple(triple);
            if ((++n & 0xFFFF) == 0)
                report.accept(n);
        }

        @Override
        public void finish() {
            super.finish();
            report.accept(n);
        }
    }

    /** Jena's loader reports through a MonitorOutput; the bar replaces its log lines. */
    private static final class MonitorOutputs {
        static final MonitorOutput QUIET = (fmt, args) -> {};
    }
}
