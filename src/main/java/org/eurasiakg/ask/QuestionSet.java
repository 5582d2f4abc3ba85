package org.eurasiakg.ask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eurasiakg.ingest.InputException;
import org.eurasiakg.vocab.EKG;

/** queries/ask/questions.tsv: questions in plain words with the answers expected (IRIs, "values" or NONE). */
public record QuestionSet(Path file, List<Item> items) {

    /** One question: expected answers as full IRIs or lexical forms; empty when the graph has no answer. */
    public record Item(String id, String half, String paragraph, String competencyQuestion, String question, Set<String> expected) {
        public boolean unanswerable() { return expected.isEmpty(); }
    }

    private static final Pattern TOKEN = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|<([^>]*)>|(\\S+)");

    public static QuestionSet read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Item> items = new ArrayList<>();
        boolean header = true;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#"))
                continue;
            if (header) {
                header = false;
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 6)
                throw new InputException(file, n, 1, "expected 6 tab-separated columns, found " + cols.length);
            items.add(new Item(cols[0], cols[1], cols[2], cols[3], cols[4], expected(cols[5], file, n)));
        }
        return new QuestionSet(file, items);
    }

    private static Set<String> expected(String column, Path file, int line) {
        Set<String> expected = new LinkedHashSet<>();
        if (column.trim().equals("NONE"))
            return expected;
        Matcher m = TOKEN.matcher(column);
        while (m.find()) {
            if (m.group(1) != null)
                expected.add(m.group(1).replaceAll("\\\\(.)", "$1")); // a value may quote with \"
            else if (m.group(2) != null)
                expected.add(m.group(2));
            else
                expected.add(expand(m.group(3), file, line));
        }
        return expected;
    }

    private static String expand(String curie, Path file, int line) {
        if (curie.startsWith("ekr:"))
            return EKG.ID + curie.substring(4);
        if (curie.startsWith("ekc:"))
            return EKG.CONCEPT + curie.substring(4);
        if (curie.startsWith("ekg:"))
            return EKG.NS + curie.substring(4);
        throw new InputException(file, line, 1, "unknown prefix in expected answer " + curie);
    }
}
