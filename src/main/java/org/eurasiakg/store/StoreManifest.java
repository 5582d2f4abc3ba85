package org.eurasiakg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a store was built from (the SHA-256 of each input) and what it holds (triples per
 * graph), kept beside the store so {@code serve} rebuilds only when an input changed.
 */
public record StoreManifest(Map<String, String> inputs, Map<String, Long> triplesPerGraph, String builtAt) {
    static final String FILE = "manifest.properties";
    private static final String INPUT = "input.";
    private static final String GRAPH = "graph.";
    private static final String BUILT_AT = "builtAt";

    void write(Path storeDir) {
        Properties p = new Properties();
        inputs.forEach((k, v) -> p.setProperty(INPUT + k, v));
        triplesPerGraph.forEach((k, v) -> p.setProperty(GRAPH + k, Long.toString(v)));
        p.setProperty(BUILT_AT, builtAt);
        try (Writer w = Files.newBufferedWriter(storeDir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(w, "Eurasia KG store manifest");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoreManifest read(Path storeDir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(storeDir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> inputs = new TreeMap<>();
        Map<String, Long> graphs = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(INPUT))
                inputs.put(key.substring(INPUT.length()), p.getProperty(key));
            else if (key.startsWith(GRAPH))
                graphs.put(key.substring(GRAPH.length()), Long.parseLong(p.getProperty(key)));
        }
        return new StoreManifest(inputs, graphs, p.getProperty(BUILT_AT, ""));
    }
}
