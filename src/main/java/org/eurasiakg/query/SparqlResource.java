package org.eurasiakg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** SPARQL kept in {@code .rq} files beside the classes that run it, read from the classpath. */
public final class SparqlResource {
    private SparqlResource() {}

    /** The text of resource {@code name}, relative to {@code owner}'s package. */
    public static String text(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null)
                throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Query query(Class<?> owner, String name) {
        return QueryFactory.create(text(owner, name));
    }
}
