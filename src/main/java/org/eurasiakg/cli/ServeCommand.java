package org.eurasiakg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eurasiakg.ingest.Sources;
import org.eurasiakg.server.KgServer;
import org.eurasiakg.server.ServerConfig;
import org.eurasiakg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store read-only over SPARQL, building it first if it is missing or its inputs changed."})
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;
    @Mixin SourceOptions sourceOptions;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "Longest a query may run before it is cut off (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--no-build", description = "Serve the current store as it is, never rebuilding it.")
    boolean noBuild;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535)
            throw new BadOptionException("--port " + port + " is not a port number (0-65535)");
        if (host.isBlank())
            throw new BadOptionException("--host must not be empty");
        KgStore store = storeOptions.store();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!noBuild) {
            Sources sources = sourceOptions.sources();
            if (!store.isUpToDate(sources.fingerprint()))
                Rebuild.run(sources, store, err);
        }
        DatasetGraph dsg = store.open();
        FusekiServer server = KgServer.build(dsg, new ServerConfig(host, port, timeout));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            KgStore.release(dsg);
        }, "kg-shutdown"));
        server.start();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        out.println("SPARQL endpoint: http://" + shownHost + ":" + server.getPort() + KgServer.DATASET + "/sparql");
        out.flush();
        server.join();
        return ExitCode.OK;
    }
}
