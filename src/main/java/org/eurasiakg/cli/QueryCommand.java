package org.eurasiakg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eurasiakg.federation.ServicePolicy;
import org.eurasiakg.ingest.InputException;
import org.eurasiakg.query.QueryRunner;
import org.eurasiakg.query.ResultFormat;
import org.eurasiakg.store.KgStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query on the store, without a server."})
final class QueryCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;
    @Mixin ServiceOptions serviceOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    QueryText queryText;

    static final class QueryText {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query.")
        Path file;

        @Option(names = "--query", paramLabel = "SPARQL", description = "The query itself.")
        String text;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); CONSTRUCT prints Turtle, N-Triples or JSON-LD.")
    ResultFormat format;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Query query = parse();
        ServicePolicy servicePolicy = serviceOptions.policy();
        servicePolicy.check(query);
        KgStore store = storeOptions.store();
        DatasetGraph dsg = store.open();
        try {
            // results are small; buffering lets them go to picocli's writer, which tests capture
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            QueryRunner.run(dsg, query, format, buffer, servicePolicy::install);
            PrintWriter out = spec.commandLine().getOut();
            out.print(buffer.toString(StandardCharsets.UTF_8));
            out.flush();
        } finally {
            KgStore.release(dsg);
        }
        return ExitCode.OK;
    }

    private Query parse() {
        if (queryText.text != null)
            return QueryRunner.parse(queryText.text);
        Path file = queryText.file;
        if (!Files.isRegularFile(file))
            throw new ParameterException(spec.commandLine(), "query file not found: " + file);
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return QueryRunner.parse(text);
        } catch (QueryParseException e) {
            throw new InputException(file, e.getLine(), e.getColumn(), KgCommand.oneLine(e.getMessage()));
        }
    }
}
