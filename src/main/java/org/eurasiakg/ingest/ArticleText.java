package org.eurasiakg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An article's text split into paragraphs and sentences. Offsets are Java string indices
 * internally; {@link #codePoints(int)} converts them to the Unicode code point offsets that
 * Web Annotation selectors and NIF use.
 */
public final class ArticleText {

    public enum Role { TITLE, BODY, BYLINE, AUTHOR_BIO }

    public record Span(int start, int end) {
        boolean overlaps(int s, int e) { return start < e && s < end; }
    }

    public record Paragraph(int index, Role role, Span span) {}

    public record Sentence(int index, int paragraph, Span span) {}

    /**
     * The largest article text a build takes. An analysis article is some kilobytes (a long report
     * a few hundred); a file of many megabytes is a mistake (a whole site, a binary), and every
     * quote is searched in it and every sentence becomes resources held in memory.
     */
    public static final long MAX_BYTES = 4L << 20;

    private final String text;
    private final int contentEnd;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();

    private ArticleText(String text, int contentEnd) {
        this.text = text;
        this.contentEnd = contentEnd;
    }

    /** Reads and segments a text whose first line is its title. */
    public static ArticleText read(Path file, Path shownAs, String byline, String chromeStartsWith) {
        return read(file, shownAs, byline, chromeStartsWith, true);
    }

    /**
     * Reads and segments a text. Paragraphs are the non-blank lines before the line that starts
     * the page chrome; the first is the title if {@code titleLine} (an excerpt such as a lead
     * section starts with the body), the line equal to the byline names the author and every
     * paragraph after it is the author's biography.
     */
    public static ArticleText read(Path file, Path shownAs, String byline, String chromeStartsWith, boolean titleLine) {
        String text = decodeUtf8(file, shownAs);
        if (text.isBlank())
            throw new InputException(shownAs, "the article text is empty");
        int contentEnd = text.length();
        if (chromeStartsWith != null) {
            int at = findLineStart(text, chromeStartsWith);
            if (at < 0)
                throw new InputException(shownAs, "page chrome marker \"" + chromeStartsWith + "\" is not at the start of any line");
            contentEnd = at;
        }
        ArticleText article = new ArticleText(text, contentEnd);
        article.segment(byline, titleLine);
        if (article.paragraphs.size() < (titleLine ? 2 : 1))
            throw new InputException(shownAs, titleLine
                    ? "the article has no body: expected a title line and at least one paragraph"
                    : "the article has no body: expected at least one paragraph");
        return article;
    }

    private static String decodeUtf8(Path file, Path shownAs) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES)
                throw new InputException(shownAs, String.format(Locale.ROOT,
                        "the article text is %,d bytes, more than the limit of %,d (%d MiB): is it really one article?",
                        size, MAX_BYTES, MAX_BYTES >> 20));
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(shownAs, "article text file not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            int line = 1;
            for (int i = 0; i < in.position() && i < bytes.length; i++)
                if (bytes[i] == '\n') line++;
            throw new InputException(shownAs, line, -1, "not valid UTF-8 (malformed byte sequence at byte " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new InputException(shownAs, "not valid UTF-8: " + e.getMessage());
        }
    }

    private static int findLineStart(String text, String prefix) {
        int from = 0;
        while (true) {
            int at = text.indexOf(prefix, from);
            if (at < 0) return -1;
            if (at == 0 || text.charAt(at - 1) == '\n') return at;
            from = at + 1;
        }
    }

    private void segment(String byline, boolean titleLine) {
        Role afterByline = null;
        int lineStart = 0;
        while (lineStart < contentEnd) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = (nl < 0 || nl > contentEnd) ? contentEnd : nl;
            Span span = trim(lineStart, lineEnd);
            if (span != null) {
                String line = text.substring(span.start, span.end);
                Role role;
                if (paragraphs.isEmpty() && titleLine)
                    role = Role.TITLE;
                else if (afterByline != null)
                    role = afterByline;
                else if (line.equals(byline)) {
                    role = Role.BYLINE;
                    afterByline = Role.AUTHOR_BIO;
                } else
                    role = Role.BODY;
                Paragraph p = new Paragraph(paragraphs.size() + 1, role, span);
                paragraphs.add(p);
                splitSentences(p);
            }
            lineStart = lineEnd + 1;
        }
    }

    private void splitSentences(Paragraph p) {
        if (p.role == Role.TITLE || p.role == Role.BYLINE) {
            sentences.add(new Sentence(sentences.size() + 1, p.index, p.span));
            return;
        }
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        String para = text.substring(p.span.start, p.span.end);
        it.setText(para);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            Span s = trim(p.span.start + start, p.span.start + end);
            if (s != null)
                sentences.add(new Sentence(sentences.size() + 1, p.index, s));
        }
    }

    private Span trim(int start, int end) {
        while (start < end && isSpace(text.charAt(start))) start++;
        while (end > start && isSpace(text.charAt(end - 1))) end--;
        return start < end ? new Span(start, end) : null;
    }

    /** White space includes the no-break spaces that web pages put after full stops. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public String text() { return text; }
    public int contentEnd() { return contentEnd; }
    public List<Paragraph> paragraphs() { return paragraphs; }
    public List<Sentence> sentences() { return sentences; }
    public String of(Span span) { return text.substring(span.start, span.end); }

    /** Code point offset of a string index. */
    public int codePoints(int index) { return text.codePointCount(0, index); }

    /** Every start index of {@code quote} inside the content (not the page chrome). */
    public List<Integer> occurrences(String quote) {
        List<Integer> found = new ArrayList<>();
        if (quote.isEmpty()) return found;
        for (int at = text.indexOf(quote); at >= 0 && at + quote.length() <= contentEnd; at = text.indexOf(quote, at + 1))
            found.add(at);
        return found;
    }

    public List<Sentence> sentencesOverlapping(int start, int end) {
        return sentences.stream().filter(s -> s.span.overlaps(start, end)).toList();
    }
}
