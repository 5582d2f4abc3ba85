package org.eurasiakg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eurasiakg.coverage.Coverage;
import org.eurasiakg.coverage.CoverageReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Report which clauses of each article are modelled.",
                "Reads the clause checklists of seeds/*.statements.ttl, checks them against the",
                "statements and the text, and writes the table with its counts (docs/coverage.md)."})
final class CoverageCommand implements Callable<Integer> {
    @Mixin SourceOptions sourceOptions;
    @Spec CommandSpec spec;

    @Option(names = "--output", paramLabel = "FILE", description = "File to write (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        List<Coverage.Article> articles = Coverage.of(sourceOptions.sources());
        String report = CoverageReport.markdown(articles);
        if (output == null) {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, report, StandardCharsets.UTF_8);
            for (Coverage.Article a : articles)
                spec.commandLine().getOut().printf("%s: %d clauses, %d modelled, %d left out%n",
                        a.slug(), a.clauses(), a.modelled(), a.leftOut());
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }
}
