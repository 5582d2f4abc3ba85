package org.eurasiakg.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eurasiakg.query.SparqlResource;

/** The question words of question-words.tsv: which first words ask for which kind of answer, which words carry no meaning. */
final class QuestionWords {
    record Opening(List<String> words, AnswerKind kind) {}

    private final List<Opening> openings = new ArrayList<>();
    private final Set<String> ignoredStems = new HashSet<>();

    static final QuestionWords DEFAULT = new QuestionWords(SparqlResource.text(QuestionWords.class, "question-words.tsv"));

    QuestionWords(String tsv) {
        for (String line : tsv.split("\\R")) {
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] cols = line.split("\t");
            AnswerKind kind = AnswerKind.valueOf(cols[1].trim());
            List<String> words = List.of(cols[0].trim().toLowerCase(Locale.ROOT).split(" +"));
            if (kind == AnswerKind.IGNORE)
                ignoredStems.addAll(Stems.of(cols[0]));
            else
                openings.add(new Opening(words, kind));
        }
        ignoredStems.addAll(List.of("what", "which", "who", "whom", "how"));
        openings.sort(Comparator.comparingInt((Opening o) -> o.words().size()).reversed());
    }

    boolean ignored(String stem) { return ignoredStems.contains(stem); }

    /** The kind the question asks for, from its first words that are a known opening (looked for in its first five words). */
    Opening opening(List<String> lowerWords) {
        for (int start = 0; start < Math.min(5, lowerWords.size()); start++)
            for (Opening o : openings)
                if (startsAt(lowerWords, start, o.words()))
                    return new Opening(lowerWords.subList(0, start + o.words().size()), o.kind());
        return new Opening(List.of(), AnswerKind.THING);
    }

    private static boolean startsAt(List<String> words, int start, List<String> pattern) {
        if (start + pattern.size() > words.size())
            return false;
        for (int i = 0; i < pattern.size(); i++)
            if (!words.get(start + i).equals(pattern.get(i)))
                return false;
        return true;
    }
}
