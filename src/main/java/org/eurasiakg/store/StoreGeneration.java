package org.eurasiakg.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Which build of the store a server answers from: the key of every cache in front of the store
 * and the seed of every HTTP validator ({@code ETag}, {@code Last-Modified}), so that they change
 * exactly when {@code kg build} switches the served store.
 *
 * @param id       unique per build (the store folder's name; a fixed token for a store that never changes)
 * @param modified when that build was made, to the second (HTTP dates have no finer precision)
 */
public record StoreGeneration(String id, Instant modified) {
    private static final StoreGeneration FIXED = new StoreGeneration("fixed", Instant.now().truncatedTo(ChronoUnit.SECONDS));

    /** The generation {@code dsg} serves now: a {@link ServedStore}'s current build, else one fixed for the JVM. */
    public static StoreGeneration of(DatasetGraph dsg) {
        return dsg instanceof ServedStore served ? served.generation() : FIXED;
    }
}
