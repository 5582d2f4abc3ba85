package org.eurasiakg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eurasiakg.release.Release;
import org.eurasiakg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store as one RDF file, or a whole release.",
                "Every named graph as one RDF dataset file, or with --release a folder of dumps, ontology, VoID and checksums."})
final class ExportCommand implements Callable<Integer> {
    enum Format { trig, nq, jsonld }

    @Mixin StoreOptions storeOptions;

    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "File to write (default: standard output).")
    Path output;

    @Option(names = "--release", paramLabel = "DIR",
            description = "Write a release into DIR instead: the dataset in TriG and N-Quads, the ontology in Turtle, "
                    + "RDF/XML and JSON-LD, a JSON-LD context, the VoID description and SHA256SUMS.")
    Path release;

    @Override
    public Integer call() throws IOException {
        if (release != null)
            return writeRelease();
        if (output != null && output.getParent() != null && !Files.isDirectory(output.getParent()))
            throw new ParameterException(spec.commandLine(), "--output: folder " + output.getParent() + " does not exist");
        RDFFormat rdfFormat = switch (format) {
            case trig -> RDFFormat.TRIG_BLOCKS;
            case nq -> RDFFormat.NQUADS;
            case jsonld -> RDFFormat.JSONLD11;
        };
        KgStore store = storeOptions.store();
        DatasetGraph dsg = store.open();
        try {
            if (output == null) {
                write(dsg, rdfFormat, System.out);
                System.out.flush();
            } else {
                Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    write(dsg, rdfFormat, out);
                }
                Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            KgStore.release(dsg);
        }
        return ExitCode.OK;
    }

    private Integer writeRelease() {
        if (output != null)
            throw new ParameterException(spec.commandLine(), "--release and --output cannot be used together");
        if (Files.exists(release) && !Files.isDirectory(release))
            throw new ParameterException(spec.commandLine(), "--release " + release + " is a file, not a folder");
        DatasetGraph dsg = storeOptions.store().open();
        try {
            PrintWriter out = spec.commandLine().getOut();
            for (Path f : Release.write(dsg, release))
                out.printf("  %,12d  %s%n", f.toFile().length(), f);
            out.flush();
        } finally {
            KgStore.release(dsg);
        }
        return ExitCode.OK;
    }

    private static void write(DatasetGraph dsg, RDFFormat format, OutputStream out) {
        Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, format));
    }
}
