package org.eurasiakg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eurasiakg.federation.ServicePolicy;
import org.eurasiakg.ingest.Sources;
import org.eurasiakg.server.KgServer;
import org.eurasiakg.server.ServerConfig;
import org.eurasiakg.server.pages.SiteConfig;
import org.eurasiakg.store.KgStore;
import org.eurasiakg.store.ServeLock;
import org.eurasiakg.store.ServedStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store read-only: SPARQL and pages for people.",
                "Builds it first if it is missing or its inputs changed."})
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;
    @Mixin SourceOptions sourceOptions;
    @Mixin ServiceOptions serviceOptions;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "Longest a query may run before it is cut off (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--max-results", paramLabel = "ROWS", defaultValue = "10000",
            description = "Most rows a SELECT answers; a longer result is cut there and says so in a "
                    + "KG-Results-Truncated header (default: ${DEFAULT-VALUE}).")
    int maxResults;

    @Option(names = "--no-build", description = "Serve the current store as it is, never rebuilding it.")
    boolean noBuild;

    @Option(names = "--public-base", paramLabel = "URL",
            description = "URL at which people reach this server's root, e.g. behind a proxy that the w3id.org "
                    + "redirect points at (default: none; redirects are then relative).")
    String publicBase;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535)
            throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port number (0-65535)");
        if (host.isBlank())
            throw new ParameterException(spec.commandLine(), "--host must not be empty");
        if (publicBase != null && !publicBase.matches("https?://[^/]+(/.*)?"))
            throw new ParameterException(spec.commandLine(), "--public-base " + publicBase + " is not an http(s) URL");
        if (maxResults < 1)
            throw new ParameterException(spec.commandLine(), "--max-results " + maxResults + " must be at least 1");
        ServicePolicy servicePolicy = serviceOptions.policy();
        KgStore store = storeOptions.store();
        // one server per data folder; a second is refused here, before it builds or opens anything
        ServeLock serveLock = ServeLock.take(store.dataDir());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!noBuild) {
            Sources sources = sourceOptions.sources();
            if (!store.isUpToDate(sources.fingerprint()))
                Rebuild.run(sources, store, err);
        }
        // switches to each new build of the store ('kg build' while serving) without a restart
        ServedStore dsg = ServedStore.open(store);
        SiteConfig site = new SiteConfig(publicBase, sourceOptions.source.resolve("queries"), timeout);
        FusekiServer server = KgServer.build(dsg, new ServerConfig(host, port, timeout, servicePolicy)
                .withLimits(maxResults, ServerConfig.DEFAULT_MAX_REQUEST_BYTES), site);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            dsg.close();
            serveLock.close();
        }, "kg-shutdown"));
        server.start();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        out.println("SPARQL endpoint: http://" + shownHost + ":" + server.getPort() + KgServer.DATASET + "/sparql");
        out.println("Home page: http://" + shownHost + ":" + server.getPort() + "/");
        out.flush();
        server.join();
        return ExitCode.OK;
    }
}
