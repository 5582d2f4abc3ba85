package org.eurasiakg.draft;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eurasiakg.draft.Draft.Sentence;

/**
 * Splits a text into sentences the way the build does: every non-blank line is a paragraph,
 * split by the JDK's sentence BreakIterator (on our texts it gives the same boundaries as
 * OpenNLP's English model: docs/extraction.md), white space and no-break spaces trimmed.
 */
final class Sentences {
    private Sentences() {}

    static List<Sentence> of(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            it.setText(text.substring(lineStart, lineEnd));
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                int s = lineStart + start, e = lineStart + end;
                while (s < e && isSpace(text.charAt(s))) s++;
                while (e > s && isSpace(text.charAt(e - 1))) e--;
                if (s < e)
                    out.add(new Sentence(out.size() + 1, s, e));
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
