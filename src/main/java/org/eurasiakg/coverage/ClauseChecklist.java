package org.eurasiakg.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eurasiakg.ingest.InputException;

/**
 * The clause checklist in the comments of an article's statements file: paragraphs, their
 * sentences, each sentence's clauses, and under each clause the statements whose evidence lies in
 * it or "left out:" and why. Its layout ({@code #} then 0, 3, 5 or 9 spaces) is described in the
 * file itself; any other line inside it is bad input, named by file and line.
 */
public record ClauseChecklist(List<Paragraph> paragraphs) {

    public record Paragraph(String name, List<Sentence> sentences) {}

    public record Sentence(String text, List<Clause> clauses) {}

    /** A clause and either the statements that model it or the reason it is left out. */
    public record Clause(String text, List<String> statements, String leftOut, long line) {
        public boolean modelled() { return leftOut == null; }
    }

    static final String START = "# Clause checklist";
    private static final String LEFT_OUT = "left out:";
    private static final Pattern PARAGRAPH = Pattern.compile("# (\\S.*)");
    private static final Pattern SENTENCE = Pattern.compile("# {3}\"(.*)\"");
    private static final Pattern CLAUSE = Pattern.compile("# {5}- \"(.*)\"");
    private static final Pattern DETAIL = Pattern.compile("# {9}(\\S.*)");

    /** The checklist of {@code file}, or none when the file has no clause checklist. */
    public static java.util.Optional<ClauseChecklist> read(Path file, Path shownAs) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith(START))
            i++;
        if (i == lines.size())
            return java.util.Optional.empty();
        // the heading's own lines run to the first "#" alone
        while (i < lines.size() && !lines.get(i).equals("#"))
            i++;
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = null;
        List<Clause> clauses = null;
        Clause open = null;
        for (i++; i < lines.size() && lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i);
            long number = i + 1;
            Matcher m;
            if ((m = DETAIL.matcher(line)).matches() && open != null) {
                open = detail(open, m.group(1));
                clauses.set(clauses.size() - 1, open);
            } else if ((m = CLAUSE.matcher(line)).matches() && clauses != null) {
                open = new Clause(m.group(1), List.of(), null, number);
                clauses.add(open);
            } else if ((m = SENTENCE.matcher(line)).matches() && sentences != null) {
                clauses = new ArrayList<>();
                sentences.add(new Sentence(m.group(1), clauses));
                open = null;
            } else if ((m = PARAGRAPH.matcher(line)).matches()) {
                sentences = new ArrayList<>();
                paragraphs.add(new Paragraph(m.group(1), sentences));
                clauses = null;
                open = null;
            } else {
                throw new InputException(shownAs, number, -1, "clause checklist: expected a paragraph, a \"sentence\", "
                        + "a - \"clause\" or the statements under a clause, found: " + line.strip());
            }
        }
        for (Paragraph p : paragraphs)
            for (Sentence s : p.sentences())
                for (Clause c : s.clauses())
                    if (c.statements().isEmpty() && c.modelled())
                        throw new InputException(shownAs, c.line(), -1, "clause checklist: the clause \"" + c.text()
                                + "\" names no statement and does not say why it is left out");
        return java.util.Optional.of(new ClauseChecklist(paragraphs));
    }

    private static Clause detail(Clause c, String text) {
        if (c.leftOut() != null)
            return new Clause(c.text(), c.statements(), c.leftOut() + " " + text, c.line());
        if (text.startsWith(LEFT_OUT) && c.statements().isEmpty())
            return new Clause(c.text(), c.statements(), text.substring(LEFT_OUT.length()).strip(), c.line());
        List<String> ids = new ArrayList<>(c.statements());
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        return new Clause(c.text(), List.copyOf(ids), null, c.line());
    }

    public List<Clause> clauses() {
        return paragraphs.stream().flatMap(p -> p.sentences().stream()).flatMap(s -> s.clauses().stream()).toList();
    }

    public long sentenceCount() {
        return paragraphs.stream().mapToLong(p -> p.sentences().size()).sum();
    }
}
