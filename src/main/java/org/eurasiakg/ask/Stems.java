package org.eurasiakg.ask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Words as Lucene's English analysis sees them (the search index's): lower case, stop words out, stemmed. */
final class Stems {
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private Stems() {}

    static Analyzer analyzer() { return ENGLISH; }

    static List<String> of(String text) {
        List<String> stems = new ArrayList<>();
        try (TokenStream ts = ENGLISH.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken())
                stems.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }
}
