package org.eurasiakg.server;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Which build of the server's code answers: pages and files change with it as well as with the
 * store, so validators carry it (the time the jar or classes folder was written).
 */
final class CodeVersion {
    static final Instant MODIFIED = modified();
    static final String ID = MODIFIED.toString();

    private CodeVersion() {}

    private static Instant modified() {
        try {
            Path code = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.getLastModifiedTime(code).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // unknown: this run's start, so that no copy from an older build is ever taken as current
            return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
    }
}
