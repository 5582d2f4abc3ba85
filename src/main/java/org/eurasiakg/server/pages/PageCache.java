package org.eurasiakg.server.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.eurasiakg.store.StoreGeneration;

/**
 * The pages made last, for the build of the store they were made from: when {@code kg build}
 * switches the served store, every page made before is dropped, so a page is never older than
 * what SPARQL answers. A request is pinned to one build, so a page and its key always agree.
 */
public final class PageCache<V> {
    /** {@code -Dkg.pages.cached=0}: keep no page, so each request renders it (how {@code kg bench} times a render). */
    public static final String SIZE_PROPERTY = "kg.pages.cached";
    private final int size;
    private String generation;
    private final Map<String, V> pages;

    public PageCache(int size) {
        this.size = Integer.getInteger(SIZE_PROPERTY, size);
        this.pages = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) { return size() > PageCache.this.size; }
        };
    }

    /** The page {@code key} of the build {@code dsg} serves to this request, made by {@code make} if it is not here; null is not kept. */
    public V get(DatasetGraph dsg, String key, Supplier<V> make) {
        String now = StoreGeneration.of(dsg).id();
        synchronized (this) {
            if (!now.equals(generation)) {
                pages.clear();
                generation = now;
            }
            V page = pages.get(key);
            if (page != null)
                return page;
        }
        V page = make.get();
        synchronized (this) {
            // a newer build may have come in meanwhile: this page is then not kept
            if (page != null && now.equals(generation))
                pages.put(key, page);
        }
        return page;
    }
}
