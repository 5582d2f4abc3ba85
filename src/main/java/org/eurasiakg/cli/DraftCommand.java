package org.eurasiakg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eurasiakg.draft.ArticleDraft;
import org.eurasiakg.draft.DraftStatus;
import org.eurasiakg.draft.ExtractionEvaluation;
import org.eurasiakg.draft.ExtractionReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "draft", mixinStandardHelpOptions = true,
        description = {"Propose a new article's model for a curator: copy FILE to seeds/SLUG.txt,",
                "write seeds/SLUG.meta.ttl and seeds/SLUG.draft.ttl (sentences, mentions, new",
                "entities, dates, quantities, candidate statements with their quotes).",
                "Nothing of a draft enters the store until it is moved into SLUG.statements.ttl."})
final class DraftCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The article's text (UTF-8, at most 1 MiB).")
    Path file;

    @Option(names = "--slug", paramLabel = "SLUG", description = "The article's name in seeds/ ([a-z0-9-]+); never overwritten.")
    String slug;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "${env:KG_PROJECT:-.}",
            description = "Project folder holding ontology/ and seeds/ (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--title", paramLabel = "TEXT", description = "The article's title (default: its first line).") String title;
    @Option(names = "--author", paramLabel = "NAME", description = "Its author (an entity of seeds/entities.ttl by label, or a new one).") String author;
    @Option(names = "--publisher", paramLabel = "NAME", description = "Its publisher (by label, like --author).") String publisher;
    @Option(names = "--url", paramLabel = "URL", description = "The web page it was taken from.") String url;
    @Option(names = "--date", paramLabel = "DATE", description = "Its publication date: YYYY, YYYY-MM or YYYY-MM-DD.") String date;

    @Option(names = "--status", paramLabel = "SLUG", description = "Say what is left to review of the draft of SLUG, and write nothing.")
    String status;

    @Option(names = "--evaluate", description = "Draft every article that has a statements file as if unseen, compare with its hand model, print the figures.")
    boolean evaluate;

    @Option(names = "--output", paramLabel = "FILE", description = "With --evaluate: write the report there too (docs/extraction.md).")
    Path output;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(source))
            throw new ParameterException(spec.commandLine(), "--source " + source + " is not a folder");
        Path project = source.toAbsolutePath().normalize();
        int modes = (status != null ? 1 : 0) + (evaluate ? 1 : 0) + (file != null ? 1 : 0);
        if (modes != 1)
            throw new ParameterException(spec.commandLine(), "give one of: FILE --slug SLUG, --status SLUG, --evaluate");
        if (status != null) {
            DraftStatus.of(project, status).describe().forEach(out::println);
        } else if (evaluate) {
            var results = ExtractionEvaluation.run(project);
            out.print(ExtractionReport.figures(results));
            if (output != null) write(output, ExtractionReport.markdown(results));
        } else {
            if (slug == null)
                throw new ParameterException(spec.commandLine(), "--slug SLUG is required with FILE");
            var written = ArticleDraft.write(project, file, slug,
                    new ArticleDraft.Metadata(title, author, publisher, url, date));
            var d = written.draft();
            out.printf("%s: %d sentences, %d mentions of known entities, %d new-entity candidates, %d candidate statements%n",
                    slug, d.sentences().size(), d.mentions().size(), d.candidates().size(), d.proposals().size());
            written.files().forEach(p -> out.println("wrote " + project.relativize(p)));
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
