package org.eurasiakg.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.eurasiakg.draft.ExtractionEvaluation.Score;
import org.eurasiakg.draft.ExtractionEvaluation.TextResult;

/** docs/extraction.md: the explanation (a template beside this class) and the figures of each text. */
public final class ExtractionReport {
    private ExtractionReport() {}

    public static final String FIGURES = "{{figures}}";

    public static String markdown(List<TextResult> results) {
        String template;
        try (InputStream in = ExtractionReport.class.getResourceAsStream("extraction-report.md")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return template.replace(FIGURES, figures(results));
    }

    /** One table per measure, one row per text. */
    public static String figures(List<TextResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| text | words | sentences | known-entity mentions | new-entity names | statements | statements, events aligned | dates | durations | quantities |\n")
           .append("|---|---:|---:|---|---|---|---|---|---|---|\n");
        for (TextResult r : results)
            out.append("| `").append(r.slug()).append("` | ").append(r.words()).append(" | ").append(r.sentences())
               .append(" | ").append(cell(r.mentions())).append(" | ").append(cell(r.newNames()))
               .append(" | ").append(cell(r.statements())).append(" | ").append(cell(r.alignedStatements())).append(" | ").append(cell(r.dates()))
               .append(" | ").append(cell(r.durations())).append(" | ").append(cell(r.quantities())).append(" |\n");
        return out.toString();
    }

    /** "R 0.95 (93/98), P 0.91 (93/102)". */
    static String cell(Score s) {
        return "R " + ratio(s.recall()) + " (" + s.goldMatched() + "/" + s.gold() + "), P " + ratio(s.precision())
                + " (" + s.foundMatched() + "/" + s.found() + ")";
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
