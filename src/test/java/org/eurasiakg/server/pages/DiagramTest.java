package org.eurasiakg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Names in the diagram are wrapped, never cut, unless they are absurdly long. */
class DiagramTest {
    @Test
    void aLongNameIsWrappedAtSpacesAndReadsWholeAgain() {
        String name = "Protocol of Prolongation of the Collective Security Treaty";
        List<String> lines = Diagram.wrap(name, 30);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(30));
        assertThat(String.join(" ", lines)).isEqualTo(name);
    }

    @Test
    void aShortNameIsOneLine() {
        assertThat(Diagram.wrap("Russia", 30)).containsExactly("Russia");
    }

    @Test
    void aWordLongerThanALineIsCutAcrossLines() {
        assertThat(Diagram.wrap("x".repeat(45), 30)).containsExactly("x".repeat(30), "x".repeat(15));
    }

    @Test
    void aHostileTenThousandCharacterNameStaysInItsBox() {
        List<String> lines = Diagram.wrap("a".repeat(10_000), 30);
        assertThat(lines).hasSize(Diagram.MAX_LINES).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(32));
        assertThat(lines.get(Diagram.MAX_LINES - 1)).endsWith("…");
    }
}
