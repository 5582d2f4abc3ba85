package org.eurasiakg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.eurasiakg.TestProjects;
import org.junit.jupiter.api.Test;

/** The article is kept byte for byte: every character offset in the graph points into it. */
class SeedTextTest {
    @Test
    void articleTextIsUnchanged() {
        Path text = TestProjects.repository().resolve("seeds/eurasia-under-the-csto.txt");
        assertThat(Sources.sha256(text)).isEqualTo("e4ec9d3ff0183606eea81735821b4386aa25ffcaacdee3957fafb26c59fafb6b");
    }
}
