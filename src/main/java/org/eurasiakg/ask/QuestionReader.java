package org.eurasiakg.ask;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.graph.Node;

/** Reads a question typed in plain English: what kind of answer it wants and which terms of the graph it names. */
final class QuestionReader {
    static final int MAX_LENGTH = 500;
    /** Verbs of saying: "who says …", "who called …" ask for whose claim it is. */
    private static final Set<String> SAYING = Set.of("say", "said", "says", "claim", "claimed", "claims", "call",
            "called", "calls", "describe", "described", "describes", "allege", "alleged", "alleges", "argue", "argued",
            "argues", "assert", "asserted", "asserts", "consider", "considered", "considers", "characterise",
            "characterised", "characterize", "characterized", "dub", "dubbed", "label", "labelled");
    /** Verbs of denying: "who denied …", "who disputes …" ask who contests the claim. */
    private static final Set<String> DENYING = Set.of("deny", "denied", "denies", "dispute", "disputed", "disputes",
            "reject", "rejected", "rejects", "contest", "contested", "contests", "refute", "refuted", "refutes");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** How far after its opening a wh-noun may stand ("which two states"). */
    private static final int NOUN_REACH = 2;

    private final QuestionWords words;

    QuestionReader(QuestionWords words) { this.words = words; }

    Question read(String typed, Lexicon lexicon) {
        String text = clean(typed);
        List<String> lower = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
        QuestionWords.Opening opening = words.opening(lower);
        List<String> stems = Stems.of(text).stream().filter(s -> !words.ignored(s)).toList();
        if (stems.isEmpty())
            throw new UnreadableQuestionException("cannot read this: no word of the question is one to look for");
        List<Lexicon.Match> matches = lexicon.match(stems, text);
        // the noun after "which" / "what" / "how many": the first class named, before any name
        Set<Node> answerClasses = new HashSet<>();
        int openingStems = Stems.of(String.join(" ", opening.words())).stream().filter(s -> !words.ignored(s)).toList().size();
        if (opening.kind() == AnswerKind.THING || opening.kind() == AnswerKind.COUNT) {
            Lexicon.Match noun = matches.stream()
                    .filter(m -> m.entry().kind() == Lexicon.Kind.CLASS && m.first() <= openingStems + NOUN_REACH)
                    .filter(m -> matches.stream().noneMatch(o -> o.entry().kind() == Lexicon.Kind.ENTITY && o.first() < m.first()))
                    .min(java.util.Comparator.comparingInt(Lexicon.Match::first).thenComparingInt(m -> m.first() - m.last()))
                    .orElse(null);
            if (noun != null)
                matches.stream().filter(m -> m.entry().kind() == Lexicon.Kind.CLASS && m.first() == noun.first() && m.last() == noun.last())
                        .forEach(m -> answerClasses.add(m.entry().term()));
        }
        boolean[] explained = new boolean[stems.size()];
        for (Lexicon.Match m : matches)
            for (int i = m.first(); i <= m.last(); i++)
                explained[i] = true;
        int unexplained = 0;
        for (int i = 0; i < stems.size(); i++)
            if (!explained[i] && !stems.get(i).matches("\\d{4}|one|two|three|four|five") && !MONTHS.contains(stems.get(i)))
                unexplained++;
        int unexplainedNames = 0;
        String[] typedWords = text.split("[^\\p{L}\\p{N}'’-]+");
        // a capitalised word inside the question, or a figure, that nothing explains is a name the graph does not know
        for (int w = 1; w < typedWords.length; w++)
            if (!typedWords[w].isEmpty() && !MONTHS.contains(typedWords[w].toLowerCase(Locale.ROOT)) && !typedWords[w].matches("\\d{4}")
                    && (Character.isUpperCase(typedWords[w].codePointAt(0)) || typedWords[w].matches("\\d+")))
                for (String s : Stems.of(typedWords[w]))
                    if (isUnexplained(s, stems, explained))
                        unexplainedNames++;
        List<String> years = Arrays.stream(typedWords).filter(w -> w.matches("\\d{4}")).distinct().toList();
        boolean whoDisputes = opening.kind() == AnswerKind.AGENT && lower.stream().anyMatch(DENYING::contains);
        boolean whoSays = whoDisputes || (opening.kind() == AnswerKind.AGENT && lower.stream().anyMatch(SAYING::contains));
        return new Question(text, stems, opening.kind(), answerClasses, matches, unexplained, Math.min(unexplainedNames, unexplained),
                years, whoSays, whoDisputes);
    }

    private static boolean isUnexplained(String stem, List<String> stems, boolean[] explained) {
        for (int i = 0; i < stems.size(); i++)
            if (stems.get(i).equals(stem) && !explained[i])
                return true;
        return false;
    }

    /** Control characters out, spaces collapsed; refuses what is empty, too long or not in a Latin script. */
    static String clean(String typed) {
        if (typed == null || typed.isBlank())
            throw new UnreadableQuestionException("cannot read this: the question is empty");
        if (typed.length() > MAX_LENGTH)
            throw new UnreadableQuestionException("cannot read this: the question is longer than " + MAX_LENGTH + " characters");
        String text = typed.replaceAll("\\p{Cc}|\\p{Cf}", " ").replaceAll("\\s+", " ").trim();
        int letters = 0, latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                    latin++;
            }
            i += Character.charCount(c);
        }
        if (letters == 0)
            throw new UnreadableQuestionException("cannot read this: the question has no words");
        if (latin * 2 < letters)
            throw new UnreadableQuestionException("cannot read this: kg ask reads questions in English");
        return text;
    }
}
