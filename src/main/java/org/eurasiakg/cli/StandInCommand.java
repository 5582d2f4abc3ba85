package org.eurasiakg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eurasiakg.federation.StandInEndpoint;
import org.eurasiakg.ingest.InputException;
import org.eurasiakg.server.ServerConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stand-in", mixinStandardHelpOptions = true,
        description = {"Serve one RDF file as a stand-in for a public SPARQL endpoint.",
                "Read-only at /NAME/sparql, standing in for Wikidata, say, so that federated queries run offline.",
                "Use with kg serve --service-endpoint."})
final class StandInCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The data: Turtle, N-Triples, TriG... (by extension).")
    Path file;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = StandInEndpoint.DEFAULT_NAME,
            description = "Dataset name in the URL (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3031",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file))
            throw new ParameterException(spec.commandLine(), "file not found: " + file);
        if (port < 0 || port > 65535)
            throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port number (0-65535)");
        if (!name.matches("[A-Za-z0-9_-]+"))
            throw new ParameterException(spec.commandLine(), "--name must be letters, digits, '-' or '_'");
        DatasetGraph data;
        try {
            data = StandInEndpoint.load(file);
        } catch (RiotException e) {
            throw new InputException(file, KgCommand.oneLine(e.getMessage()));
        }
        FusekiServer server = StandInEndpoint.build(data, name, host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "kg-stand-in-shutdown"));
        server.start();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Stand-in SPARQL endpoint: " + StandInEndpoint.sparqlUrl(server, host, name));
        out.flush();
        server.join();
        return ExitCode.OK;
    }
}
