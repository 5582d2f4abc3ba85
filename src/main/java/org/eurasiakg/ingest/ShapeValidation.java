package org.eurasiakg.ingest;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.util.FmtUtils;
import org.eurasiakg.vocab.Prefixes;

/** SHACL validation of the whole dataset; a violation fails the build with a readable report. */
public final class ShapeValidation {
    private ShapeValidation() {}

    public static void validate(Graph shapesGraph, Path shapesFile, Graph data) {
        Shapes shapes = Shapes.parse(shapesGraph);
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<ReportEntry> violations = report.getEntries().stream()
                .filter(e -> e.severity() == Severity.Violation)
                .sorted(Comparator.comparing(e -> String.valueOf(e.focusNode())))
                .toList();
        if (violations.isEmpty())
            return;
        ReportEntry first = violations.get(0);
        String more = violations.size() == 1 ? "" : " (and " + (violations.size() - 1) + " more)";
        throw new InputException(shapesFile, "SHACL violation" + more + ": " + describe(first));
    }

    /** Every violation, one per line, for a full report. */
    public static List<String> report(Graph shapesGraph, Graph data) {
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), data);
        return report.getEntries().stream().map(ShapeValidation::describe).sorted().toList();
    }

    static String describe(ReportEntry e) {
        String path = e.resultPath() == null ? "" : " " + e.resultPath();
        String value = e.value() == null ? "" : " value " + str(e.value());
        return str(e.focusNode()) + path + value + ": " + e.message();
    }

    private static String str(Node n) {
        return FmtUtils.stringForNode(n, Prefixes.ALL);
    }

}
