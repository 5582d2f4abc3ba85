package org.eurasiakg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.eurasiakg.ask.Answer;
import org.eurasiakg.ask.AnswerJson;
import org.eurasiakg.ask.AskEvaluation;
import org.eurasiakg.ask.Asker;
import org.eurasiakg.ask.QuestionSet;
import org.eurasiakg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answer a question in plain words from the store, with the sentences that support each answer and the SPARQL that found it.",
                "With --evaluate, run a question set (queries/ask/questions.tsv) and write its figures."})
final class AskCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin StoreOptions storeOptions;

    @Parameters(paramLabel = "QUESTION", arity = "0..1", description = "The question, in English (quote it).")
    String question;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N answers (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--evaluate", paramLabel = "FILE.tsv", description = "Run this question set instead of one question.")
    Path evaluate;

    @Option(names = "--output", paramLabel = "FILE.md", defaultValue = "${env:KG_PROJECT:-.}/docs/ask.md",
            description = "Where --evaluate writes its report (default: ${DEFAULT-VALUE}).")
    Path output;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1)
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        if ((question == null) == (evaluate == null))
            throw new ParameterException(spec.commandLine(), "give either a QUESTION or --evaluate FILE.tsv");
        if (evaluate != null && !Files.isRegularFile(evaluate))
            throw new ParameterException(spec.commandLine(), "question set not found: " + evaluate);
        KgStore store = storeOptions.store();
        DatasetGraph dsg = store.open();
        PrintWriter out = spec.commandLine().getOut();
        try {
            Asker asker = new Asker(dsg);
            if (evaluate != null)
                evaluate(asker, out);
            else if (format == Format.json)
                out.println(AnswerJson.text(asker.ask(question, limit)));
            else
                printText(asker.ask(question, limit), out);
        } finally {
            KgStore.release(dsg);
            out.flush();
        }
        return ExitCode.OK;
    }

    private void evaluate(Asker asker, PrintWriter out) {
        QuestionSet set = QuestionSet.read(evaluate);
        List<AskEvaluation.Result> results = AskEvaluation.run(asker, set, limit);
        String report = AskEvaluation.report(results, "kg ask --evaluate " + evaluate.getFileName(), "the store kg build made from the project");
        try {
            if (output.getParent() != null)
                Files.createDirectories(output.getParent());
            Files.writeString(output, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AskEvaluation.Figures all = AskEvaluation.figures(results, r -> true);
        out.printf("%d questions: %d exact (%.1f %%), %d with an answer in the top 3 (%.1f %%), %d confident answers to %d unanswerable; median %.1f ms, worst %.1f ms%n",
                all.questions(), all.exact(), 100 * all.exactShare(), all.top3(), 100 * all.top3Share(),
                all.confidentUnanswerable(), all.unanswerable(), all.medianMillis(), all.worstMillis());
        out.println("Report: " + output);
    }

    private static void printText(Answer a, PrintWriter out) {
        out.println("Question: " + a.question());
        out.println("Reading:  " + a.reading());
        if (a.answers().isEmpty())
            out.println("No answer in the graph.");
        for (Answer.Found f : a.answers()) {
            out.println();
            out.println("* " + f.label() + (f.iri() != null ? "  <" + f.iri() + ">" : ""));
            for (Answer.Evidence e : f.evidence()) {
                out.println("    \"" + e.quote() + "\"");
                out.println("      in: " + e.sentence());
                out.println("      " + e.status() + ", asserted by " + e.assertedBy() + "; " + e.article());
            }
        }
        if (a.sparql() != null) {
            out.println();
            out.println("SPARQL:");
            out.println(a.sparql().strip());
        }
    }
}
