package org.eurasiakg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.eurasiakg.TestProjects;

import picocli.CommandLine;

/** Runs the kg command in this JVM and keeps what it printed. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KgCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Builds a copy of the real project under {@code tmp} into {@code tmp/data}, which it returns; fails the test if the build fails. */
    public static Path buildReal(Path tmp) {
        Path data = tmp.resolve("data");
        CliRun run = of("build", "--source", TestProjects.real(tmp).toString(), "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return data;
    }

    /** The first line written to stderr. */
    public String errorLine() {
        return err.lines().findFirst().orElse("");
    }
}
