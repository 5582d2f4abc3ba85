package org.eurasiakg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve", "query", "export"})
    void everySubcommandHasHelp(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Usage: kg " + command).contains("--data");
    }

    @Test
    void noSubcommandIsBadInput() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errorLine()).contains("subcommand");
    }

    @Test
    void badPortIsRefusedBeforeAnyWork() {
        CliRun run = CliRun.of("serve", "--port", "70000", "--data", tmp.resolve("d").toString(), "--no-build");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errorLine()).contains("--port 70000");
        assertThat(tmp.resolve("d")).doesNotExist();
    }

    @Test
    void badTimeoutIsRefused() {
        CliRun run = CliRun.of("serve", "--timeout", "soon", "--no-build");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errorLine()).contains("soon");
    }

    @Test
    void queryWithoutAStoreSaysToBuild() {
        CliRun run = CliRun.of("query", "--data", tmp.resolve("empty").toString(), "--query", "ASK {}");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.errorLine()).contains("no store").contains("kg build");
    }

    @Test
    void querySyntaxErrorIsBadInputWithPosition() {
        CliRun run = CliRun.of("query", "--data", tmp.toString(), "--query", "SELECT * WHERE { ?s ?p }");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errorLine()).contains("query syntax").contains("line 1");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void verboseShowsTheStackTrace() {
        CliRun run = CliRun.of("query", "--verbose", "--data", tmp.toString(), "--query", "SELECT * WHERE { ?s ?p }");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void missingQueryFileIsBadInput() {
        CliRun run = CliRun.of("query", "--data", tmp.toString(), tmp.resolve("nope.rq").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errorLine()).contains("nope.rq");
    }
}
