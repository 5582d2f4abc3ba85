package org.eurasiakg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eurasiakg.TestProjects;
import org.eurasiakg.ingest.ArticleText.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleTextTest {
    private static final Path TEXT = TestProjects.repository().resolve("seeds/eurasia-under-the-csto.txt");

    private static ArticleText article() {
        return ArticleText.read(TEXT, Path.of("seeds/eurasia-under-the-csto.txt"), "Natasha Khan", "Leave a Comment");
    }

    @Test
    void paragraphsHaveTheirRolesAndThePageChromeIsLeftOut() {
        ArticleText a = article();
        List<Role> roles = a.paragraphs().stream().map(ArticleText.Paragraph::role).toList();
        // title, seven body paragraphs (the repeated one included), byline, biography
        assertThat(roles).containsExactly(Role.TITLE, Role.BODY, Role.BODY, Role.BODY, Role.BODY, Role.BODY,
                Role.BODY, Role.BODY, Role.BYLINE, Role.AUTHOR_BIO);
        assertThat(a.of(a.paragraphs().get(0).span())).isEqualTo("Eurasia Under the Collective Security Treaty Organization (CSTO)");
        assertThat(a.text().substring(a.contentEnd())).startsWith("Leave a Comment");
        assertThat(a.sentences()).noneMatch(s -> a.of(s.span()).contains("Login"));
    }

    @Test
    void sentencesAreSplitWhereTheArticleEndsThem() {
        ArticleText a = article();
        List<String> sentences = a.sentences().stream().map(s -> a.of(s.span())).toList();
        assertThat(sentences).contains(
                "Registered at the United Nations Secretariat in 1995, its rotocol of Prolongation was signed on 2 April 1999, in Moscow.",
                "They have also been actively filling the vacuum left by the CSTO in the case of the Nagorno -Karabakh conflict.",
                "She serves as a Research Assistant at the Centre for Strategic and Contemporary Research.");
        // title, 10 + 3 + 1 + 6 + 7 + 4 + 11 sentences in the body, byline, 3 in the biography
        assertThat(sentences).hasSize(1 + 42 + 1 + 3);
        assertThat(sentences).allMatch(s -> s.equals(s.strip()));
    }

    @Test
    void aQuoteMadeTwiceIsFoundTwice() {
        assertThat(article().occurrences("Despite the rhetoric of the CSTO breathing its last")).hasSize(2);
    }

    @Test
    void offsetsCountCodePoints(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("a.txt");
        Files.writeString(f, "Title\n\n\uD835\uDD38 is here. CSTO’s role.\n", StandardCharsets.UTF_8);
        ArticleText a = ArticleText.read(f, f, null, null);
        int at = a.text().indexOf("CSTO");
        assertThat(a.codePoints(at)).isEqualTo(at - 1);
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsLine(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("latin1.txt");
        Files.write(f, "Title\n\nCaf\u00e9 society.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ArticleText.read(f, Path.of("seeds/latin1.txt"), null, null))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).describe()).startsWith("seeds/latin1.txt:3: not valid UTF-8"));
    }

    @Test
    void emptyTextIsRefused(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("empty.txt");
        Files.writeString(f, "\n\n");
        assertThatThrownBy(() -> ArticleText.read(f, f, null, null)).hasMessageContaining("empty");
    }
}
