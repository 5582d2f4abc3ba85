package org.eurasiakg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM spends its time, from a Java Flight Recording (the JDK's own sampling profiler):
 * the share of CPU samples per component (SHACL, TDB2, ARQ, Lucene, Jetty, our code, class loading),
 * the hottest methods, and the time the JIT compilers and the garbage collector took.
 *
 * @param label     what was profiled
 * @param samples   CPU samples of Java threads
 * @param components share of samples per component, largest first
 * @param methods   the innermost frames seen most often, largest first
 */
record Profile(String label, long samples, Map<String, Long> components, Map<String, Long> methods,
               double compileSeconds, double gcPauseSeconds, long classesLoaded) {

    /** Innermost non-JDK frame decides; a stack loading or initialising a class counts as that. */
    private static final List<Map.Entry<String, String>> COMPONENTS = List.of(
            Map.entry("org.apache.jena.shacl.", "SHACL"),
            Map.entry("org.apache.jena.tdb2.", "TDB2"),
            Map.entry("org.apache.jena.dboe.", "TDB2"),
            Map.entry("org.apache.lucene.", "Lucene (text index)"),
            Map.entry("org.apache.jena.query.text.", "Lucene (text index)"),
            Map.entry("org.apache.jena.riot.", "RIOT (parse, write)"),
            Map.entry("org.apache.jena.fuseki.", "Fuseki"),
            Map.entry("org.eclipse.jetty.", "Jetty (HTTP)"),
            Map.entry("org.apache.jena.sparql.", "ARQ (SPARQL)"),
            Map.entry("org.apache.jena.query.", "ARQ (SPARQL)"),
            Map.entry("org.apache.jena.", "Jena core (graphs, nodes, IRIs)"),
            Map.entry("org.eurasiakg.", "Eurasia KG code"),
            Map.entry("org.apache.logging.", "logging"),
            Map.entry("org.slf4j.", "logging"),
            Map.entry("picocli.", "picocli"));
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    /** The JVM option that records a whole process run and writes {@code jfr} when it exits. */
    static String jvmOption(Path jfr) {
        return "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfr;
    }

    /** Starts recording the running JVM {@code pid}, so that its start-up is not in the profile. */
    static void startIn(long pid) {
        try {
            Machine.jcmd(pid, "JFR.start", "name=kg-bench", "settings=profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes what {@link #startIn} recorded in {@code pid} to {@code jfr} and summarises it. */
    static Profile dumpFrom(long pid, Path jfr, String label) {
        try {
            String out = Machine.jcmd(pid, "JFR.dump", "name=kg-bench", "filename=" + jfr);
            if (!Files.isRegularFile(jfr))
                throw new IllegalStateException("jcmd JFR.dump wrote no " + jfr + ": " + out.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(jfr, label);
    }

    /** Starts recording this JVM (for the builds the benchmark runs in-process). */
    static Recording start() {
        try {
            Recording r = new Recording(Configuration.getConfiguration("profile"));
            r.start();
            return r;
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalStateException("cannot start a flight recording: " + e.getMessage(), e);
        }
    }

    /** Stops {@code r}, writes it to {@code jfr} and summarises it. */
    static Profile stop(Recording r, Path jfr, String label) {
        try (r) {
            r.stop();
            r.dump(jfr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(jfr, label);
    }

    static Profile of(Path jfr, String label) {
        Map<String, Long> components = new LinkedHashMap<>(), methods = new LinkedHashMap<>();
        long samples = 0, classes = 0;
        Duration compile = Duration.ZERO, gc = Duration.ZERO;
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                switch (e.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        RecordedStackTrace stack = e.getStackTrace();
                        if (stack == null || stack.getFrames().isEmpty())
                            continue;
                        samples++;
                        components.merge(component(stack.getFrames()), 1L, Long::sum);
                        methods.merge(name(stack.getFrames().get(0)), 1L, Long::sum);
                    }
                    case "jdk.Compilation" -> compile = compile.plus(e.getDuration());
                    case "jdk.GarbageCollection" -> gc = gc.plus(e.getDuration());
                    case "jdk.ClassLoadingStatistics" -> classes = Math.max(classes, e.getLong("loadedClassCount"));
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Profile(label, samples, largestFirst(components, 20), largestFirst(methods, 8),
                compile.toMillis() / 1e3, gc.toMillis() / 1e3, classes);
    }

    static String component(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String method = f.getMethod().getName();
            String type = f.getMethod().getType().getName();
            if (method.equals("<clinit>") || type.startsWith("jdk.internal.loader.")
                    || (type.equals("java.lang.ClassLoader") && method.startsWith("loadClass")))
                return "class loading and static initialisation";
        }
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            if (JDK.stream().anyMatch(type::startsWith))
                continue;
            return COMPONENTS.stream().filter(c -> type.startsWith(c.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse("other libraries");
        }
        return "JDK only (threads, I/O, collections)";
    }

    private static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }

    private static Map<String, Long> largestFirst(Map<String, Long> counts, int limit) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** Percent of the samples. */
    double share(long n) {
        return samples == 0 ? 0 : 100.0 * n / samples;
    }
}
