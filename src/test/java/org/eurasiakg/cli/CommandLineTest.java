package org.eurasiakg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import picocli.CommandLine.ExitCode;

class CommandLineTest {
    private static final List<String> SUBCOMMANDS = List.of("build", "serve", "query", "export", "stand-in", "bench", "help");

    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve", "query", "export"})
    void everySubcommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Usage: kg " + command).contains("--data");
    }

    @Test
    void noSubcommandIsBadInputAndNamesEverySubcommand() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.errorLine()).contains("subcommand").contains(SUBCOMMANDS);
    }

    @Test
    void helpListsEverySubcommandWithADescriptionOnOneLine() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        List<String> lines = run.out().lines().toList();
        for (String command : SUBCOMMANDS) {
            int at = lines.indexOf(lines.stream().filter(l -> l.matches("  " + command + " +\\S.*")).findFirst()
                    .orElseThrow(() -> new AssertionError("kg --help lists " + command + ":\n" + run.out())));
            // a wrapped description would go on in the next line, indented past the names
            assertThat(lines.get(at + 1)).as("line after " + command).doesNotStartWith("      ");
        }
    }

    @Test
    void badPortIsRefusedBeforeAnyWork() {
        CliRun run = CliRun.of("serve", "--port", "70000", "--data", tmp.resolve("d").toString(), "--no-build");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errorLine()).contains("--port 70000").contains("see 'kg serve --help'");
        assertThat(tmp.resolve("d")).doesNotExist();
    }

    @Test
    void badTimeoutIsRefused() {
        CliRun run = CliRun.of("serve", "--timeout", "soon", "--no-build");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errorLine()).contains("soon");
    }

    @Test
    void queryWithoutAStoreSaysToBuild() {
        CliRun run = CliRun.of("query", "--data", tmp.resolve("empty").toString(), "--query", "ASK {}");
        assertThat(run.exitCode()).isEqualTo(ExitCode.SOFTWARE);
        assertThat(run.errorLine()).contains("no store").contains("kg build");
    }

    @Test
    void querySyntaxErrorIsBadInputWithPosition() {
        CliRun run = CliRun.of("query", "--data", tmp.toString(), "--query", "SELECT * WHERE { ?s ?p }");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errorLine()).contains("query syntax").contains("line 1");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void verboseShowsTheStackTrace() {
        CliRun run = CliRun.of("query", "--verbose", "--data", tmp.toString(), "--query", "SELECT * WHERE { ?s ?p }");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void standInFileThatDoesNotParseIsBadInputNamingFileAndLine() throws IOException {
        Path data = Files.writeString(tmp.resolve("bad.ttl"), "<http://example/a> <http://example/p> .\n");
        CliRun run = CliRun.of("stand-in", data.toString(), "--port", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errorLine()).startsWith("kg: error: " + data + ": ").contains("line: 1");
    }

    @Test
    void missingQueryFileIsBadInput() {
        CliRun run = CliRun.of("query", "--data", tmp.toString(), tmp.resolve("nope.rq").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errorLine()).contains("nope.rq");
    }
}
