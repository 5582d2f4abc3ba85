package org.eurasiakg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started as a separate process, the way a user starts it: {@code kg serve} and {@code kg build}
 * through the {@code kg} launcher, Jena's own Fuseki main or {@code tdb2.tdbloader} from the kg jar.
 * Output goes to a log file.
 */
final class JavaProcess implements AutoCloseable {
    private final Process process;
    private final long startedNanos;
    final Path log;

    private JavaProcess(Process process, long startedNanos, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
    }

    /** Starts {@code java [jvmOptions] -cp jar mainClass args}; the clock starts just before the fork. */
    static JavaProcess start(Path jar, List<String> jvmOptions, String mainClass, List<String> args, Path log) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(mainClass);
        cmd.addAll(args);
        return fork(cmd, "", log);
    }

    /**
     * Starts the {@code kg} launcher with {@code args}, as a user types {@code ./kg build}, so its
     * own JVM options count; {@code jvmOptions} go to it through {@code KG_JAVA_OPTS}.
     */
    static JavaProcess launch(Path launcher, List<String> jvmOptions, List<String> args, Path log) {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(args);
        return fork(cmd, String.join(" ", jvmOptions), log);
    }

    private static JavaProcess fork(List<String> cmd, String kgJavaOpts, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("KG_JAVA_OPTS", kgJavaOpts);
            // every JVM of a run uses the jar the run started from, even if the sources change meanwhile
            pb.environment().put("KG_NO_REBUILD", "1");
            long t0 = System.nanoTime();
            return new JavaProcess(pb.start(), t0, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the {@code kg} launcher to the end; returns the wall time in seconds (see {@link #run}). */
    static double runLauncher(Path launcher, List<String> jvmOptions, List<String> args, Path log) {
        return waitFor(launch(launcher, jvmOptions, args, log), "kg " + String.join(" ", args));
    }

    /** Runs to the end; returns the wall time in seconds, failing with the log's tail if the exit code is not 0. */
    static double run(Path jar, List<String> jvmOptions, String mainClass, List<String> args, Path log) {
        return waitFor(start(jar, jvmOptions, mainClass, args, log), mainClass + " " + String.join(" ", args));
    }

    private static double waitFor(JavaProcess started, String what) {
        try (JavaProcess p = started) {
            int code = p.process.waitFor();
            double seconds = p.secondsSinceStart();
            if (code != 0)
                throw new IllegalStateException(what + " exited with " + code + ": " + p.tail());
            return seconds;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    double secondsSinceStart() { return (System.nanoTime() - startedNanos) / 1e9; }

    long pid() { return process.pid(); }

    boolean isAlive() { return process.isAlive(); }

    /** The last lines of the log, for error messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** SIGTERM, as Ctrl-C would: the servers shut down cleanly and release the store. */
    @Override
    public void close() {
        if (!process.isAlive())
            return;
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
