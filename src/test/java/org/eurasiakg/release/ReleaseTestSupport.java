package org.eurasiakg.release;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;

/** Strict RIOT parsing (as {@code riot --validate}, warnings counted as errors), for tests in other packages. */
public final class ReleaseTestSupport {
    private ReleaseTestSupport() {}

    public static DatasetGraph parseStrictly(Path file) {
        return ReleaseTest.parseStrictly(file);
    }
}
