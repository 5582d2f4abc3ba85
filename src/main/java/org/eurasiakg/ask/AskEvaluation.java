package org.eurasiakg.ask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs a question set through an {@link Asker} and measures it: exact answers (all expected, nothing
 * else), an expected answer in the top 3, confident (structured) answers to questions the graph does
 * not answer, and the time per question, warm (each question asked once before it is timed; the
 * median of {@link #REPEATS} runs counts).
 */
public final class AskEvaluation {
    static final int REPEATS = 3;

    /** How one question went. */
    public record Result(QuestionSet.Item item, Answer answer, List<String> got, boolean exact, boolean top3,
                         boolean confidentWhenUnanswerable, double millis) {}

    /** The figures of a group of results. */
    public record Figures(int questions, int exact, int top3, int unanswerable, int confidentUnanswerable,
                          double medianMillis, double worstMillis) {
        public double exactShare() { return questions == 0 ? 0 : (double) exact / questions; }
        public double top3Share() { return questions == 0 ? 0 : (double) top3 / questions; }
    }

    private AskEvaluation() {}

    public static List<Result> run(Asker asker, QuestionSet set, int limit) {
        List<Result> results = new ArrayList<>();
        for (QuestionSet.Item item : set.items()) {
            asker.ask(item.question(), limit);
            double[] times = new double[REPEATS];
            Answer answer = null;
            for (int i = 0; i < REPEATS; i++) {
                long t0 = System.nanoTime();
                answer = asker.ask(item.question(), limit);
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(times);
            results.add(judge(item, answer, times[REPEATS / 2]));
        }
        return results;
    }

    static Result judge(QuestionSet.Item item, Answer answer, double millis) {
        List<String> got = answer.answers().stream()
                .map(f -> f.iri() != null ? f.iri() : f.value()).filter(Objects::nonNull).distinct().toList();
        Set<String> expected = item.expected();
        boolean exact = Set.copyOf(got).equals(expected);
        boolean top3 = expected.isEmpty() ? got.isEmpty() : got.stream().limit(3).anyMatch(expected::contains);
        boolean confident = expected.isEmpty() && !got.isEmpty() && answer.confidence() == Answer.Confidence.STRUCTURED;
        return new Result(item, answer, got, exact, top3, confident, millis);
    }

    public static Figures figures(List<Result> results, Predicate<Result> which) {
        List<Result> rs = results.stream().filter(which).toList();
        double[] ms = rs.stream().mapToDouble(Result::millis).sorted().toArray();
        return new Figures(rs.size(), (int) rs.stream().filter(Result::exact).count(),
                (int) rs.stream().filter(Result::top3).count(),
                (int) rs.stream().filter(r -> r.item().unanswerable()).count(),
                (int) rs.stream().filter(Result::confidentWhenUnanswerable).count(),
                ms.length == 0 ? 0 : ms[ms.length / 2], ms.length == 0 ? 0 : ms[ms.length - 1]);
    }

    /** docs/ask.md: the figures for each half and overall, then every question with what it got. */
    public static String report(List<Result> results, String command, String graph) {
        StringBuilder md = new StringBuilder();
        md.append("# kg ask on the question set\n\n");
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        md.append("Measured by `").append(command).append("` on ").append(graph).append(", on ")
                .append(os.getAvailableProcessors()).append(" cores with a load average of ")
                .append(String.format(Locale.ROOT, "%.1f", os.getSystemLoadAverage()))
                .append(" when it ended (other builds shared the machine: times are upper bounds).\n");
        md.append("Each question is asked once to warm up, then ").append(REPEATS)
                .append(" times; its time is the median of those. Half A was used while writing the lexicon ")
                .append("(ontology/ask-lexicon.ttl) and tuning the scores; half B was held out.\n\n");
        md.append("| questions | n | exact | answer in top 3 | unanswerable | confident answers to unanswerable | median ms | worst ms |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        row(md, "half A (tuned on)", figures(results, r -> r.item().half().equals("A")));
        row(md, "half B (held out)", figures(results, r -> r.item().half().equals("B")));
        row(md, "all", figures(results, r -> true));
        md.append("\nExact: the answers are all the expected ones and nothing else (for a question the graph does not ")
                .append("answer: no answer). Top 3: an expected answer is among the first three (no answer, for those). ")
                .append("Confident: a structured reading answered a question the graph does not answer (a ranked reading ")
                .append("says it is one).\n\n");
        md.append("| id | half | question | reading | got | exact | top 3 | ms |\n|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            md.append("| ").append(r.item().id()).append(" | ").append(r.item().half()).append(" | ")
                    .append(cell(r.item().question())).append(" | ").append(r.answer().confidence().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(cell(r.got().isEmpty() ? "no answer" : r.got().stream().map(AskEvaluation::shortName).collect(Collectors.joining(" "))))
                    .append(" | ").append(r.exact() ? "yes" : "no").append(" | ").append(r.top3() ? "yes" : "no")
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f", r.millis())).append(" |\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, Figures f) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %d (%.1f %%) | %d (%.1f %%) | %d | %d | %.1f | %.1f |%n", name, f.questions(),
                f.exact(), 100 * f.exactShare(), f.top3(), 100 * f.top3Share(), f.unanswerable(), f.confidentUnanswerable(),
                f.medianMillis(), f.worstMillis()));
    }

    private static String shortName(String s) {
        return s.startsWith("https://w3id.org/eurasia-kg/") ? s.substring(s.lastIndexOf('/') + 1).replace("ontology#", "") : '"' + s + '"';
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
