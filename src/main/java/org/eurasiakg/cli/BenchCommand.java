package org.eurasiakg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eurasiakg.bench.Benchmark;
import org.eurasiakg.store.BulkLoad;

import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the project against plain Jena; write docs/benchmarks.md.",
                "Side by side, in the same run: cold start and competency questions against Jena's Fuseki main on the same store,",
                "the article build, and builds of synthetic corpora against tdb2.tdbloader on the same N-Quads, with questions",
                "and heap at scale."})
final class BenchCommand implements Callable<Integer> {
    @Mixin SourceOptions sourceOptions;

    @Option(names = "--sizes", paramLabel = "N[,N...]", split = ",", defaultValue = "1000,10000,100000",
            description = "Numbers of synthetic articles to build and query (default: ${DEFAULT-VALUE}: about 2*10^5, 2*10^6 \nand 2*10^7 triples; needs about 20 GB of disk under --work; 0 skips the scale runs).")
    List<Integer> sizes;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "5",
            description = "Repetitions of the article build and of each cold start (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "20",
            description = "Timed runs of each competency question, after 3 warm-up runs (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--throughput-seconds", paramLabel = "S", defaultValue = "10",
            description = "Length of each of the 3 throughput runs per server (default: ${DEFAULT-VALUE}).")
    int throughputSeconds;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8",
            description = "Concurrent clients in the throughput runs (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--loader", paramLabel = "NAME", defaultValue = "PHASED",
            description = "TDB2 bulk loader for the scale builds and for the tdb2.tdbloader anchor: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    BulkLoad.Loader loader;

    @Option(names = "--scale-heap", paramLabel = "SIZE", defaultValue = "512m",
            description = "-Xmx of the server at scale (default: ${DEFAULT-VALUE}).")
    String scaleHeap;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "${env:KG_PROJECT:-.}/target/bench",
            description = "Folder for corpora, stores and logs (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "${env:KG_PROJECT:-.}/docs/benchmarks.md",
            description = "The report (default: ${DEFAULT-VALUE}).")
    Path output;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (repeats < 1 || queryRuns < 1 || throughputSeconds < 1 || clients < 1)
            throw new ParameterException(spec.commandLine(), "--repeats, --query-runs, --throughput-seconds and --clients must be at least 1");
        if (sizes.stream().anyMatch(n -> n < 0))
            throw new ParameterException(spec.commandLine(), "--sizes must not be negative");
        if (!scaleHeap.matches("\\d+[kKmMgG]?"))
            throw new ParameterException(spec.commandLine(), "--scale-heap " + scaleHeap + " is not a heap size such as 512m");
        Path jar = ownJar();
        var sources = sourceOptions.sources();
        List<Integer> scale = sizes.stream().filter(n -> n > 0).toList();
        String command = "./kg bench --sizes " + (scale.isEmpty() ? "0" : scale.stream().map(String::valueOf).collect(Collectors.joining(",")))
                + " --repeats " + repeats + " --query-runs " + queryRuns + " --throughput-seconds " + throughputSeconds
                + " --clients " + clients + " --seed " + seed + " --loader " + loader.name().toLowerCase() + " --scale-heap " + scaleHeap;
        Benchmark.Config config = new Benchmark.Config(sources.root(), work.toAbsolutePath().normalize(), jar, scale, repeats,
                queryRuns, throughputSeconds, clients, seed, loader, scaleHeap,
                Runtime.getRuntime().availableProcessors(), command);
        new Benchmark(config, spec.commandLine().getOut()).run(output.toAbsolutePath().normalize());
        return ExitCode.OK;
    }

    /** The servers and loaders run as separate JVMs from the same jar as this command, kg through its launcher. */
    private Path ownJar() {
        try {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar))
                throw new ParameterException(spec.commandLine(), "kg bench runs from the kg jar (./kg bench), not from classes in " + jar);
            if (!Files.isExecutable(jar.toAbsolutePath().getParent().resolveSibling("kg")))
                throw new ParameterException(spec.commandLine(), "kg bench needs the kg launcher beside " + jar.toAbsolutePath().getParent() + " (./kg bench)");
            return jar;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
