package org.eurasiakg.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Files served from the classpath (the site's stylesheet, the query editor), read once and kept. */
final class ClasspathFiles {
    record File(String contentType, byte[] bytes) {}

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("map", "application/json"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final String base;
    private final Map<String, Optional<File>> cache = new ConcurrentHashMap<>();

    /** @param base a classpath folder, such as "org/eurasiakg/server/query/" */
    ClasspathFiles(String base) { this.base = base; }

    /** The file at a relative path, if there is one; never anything outside the folder. */
    Optional<File> get(String path) {
        if (path.isEmpty() || path.contains("..") || path.contains("\\") || path.startsWith("/") || path.contains("//"))
            return Optional.empty();
        return cache.computeIfAbsent(path, this::read);
    }

    private Optional<File> read(String path) {
        String ext = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        if (type == null)
            return Optional.empty();
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(base + path)) {
            return in == null ? Optional.empty() : Optional.of(new File(type, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
