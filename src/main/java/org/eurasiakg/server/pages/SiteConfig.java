package org.eurasiakg.server.pages;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What the pages need beyond the dataset. {@code publicBase}: the URL people reach the server's
 * root at (behind a proxy or the w3id redirect), used for absolute redirects; null answers with
 * relative ones, which work behind any proxy that strips a path prefix. {@code questions}: the
 * folder of competency questions ({@code queries/}), or null. {@code queryTimeout}: how long a
 * competency question run from a page may take.
 */
public record SiteConfig(String publicBase, Path questions, Duration queryTimeout) {
    public static SiteConfig defaults() {
        return new SiteConfig(null, null, Duration.ofSeconds(10));
    }

    public SiteConfig {
        if (publicBase != null && !publicBase.endsWith("/"))
            publicBase = publicBase + "/";
    }

    public SiteConfig withPublicBase(String base) { return new SiteConfig(base, questions, queryTimeout); }

    public SiteConfig withQuestions(Path folder) { return new SiteConfig(publicBase, folder, queryTimeout); }

    public SiteConfig withQueryTimeout(Duration timeout) { return new SiteConfig(publicBase, questions, timeout); }
}
