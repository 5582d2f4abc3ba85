package org.eurasiakg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** A page is made once per build and kept; with the size property at 0 (how kg bench times renders) none is kept. */
class PageCacheTest {
    private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();

    @Test
    void keepsAPageMadeOnce() {
        AtomicInteger made = new AtomicInteger();
        PageCache<String> cache = new PageCache<>(10);
        cache.get(dsg, "/", () -> "page " + made.incrementAndGet());
        assertThat(cache.get(dsg, "/", () -> "page " + made.incrementAndGet())).isEqualTo("page 1");
        assertThat(made).hasValue(1);
    }

    @Test
    void keepsNothingWhenTheSizePropertyIsZero() {
        AtomicInteger made = new AtomicInteger();
        System.setProperty(PageCache.SIZE_PROPERTY, "0");
        try {
            PageCache<String> cache = new PageCache<>(10);
            cache.get(dsg, "/", () -> "page " + made.incrementAndGet());
            assertThat(cache.get(dsg, "/", () -> "page " + made.incrementAndGet())).isEqualTo("page 2");
            assertThat(made).hasValue(2);
        } finally {
            System.clearProperty(PageCache.SIZE_PROPERTY);
        }
    }
}
