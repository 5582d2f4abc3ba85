package org.eurasiakg.cli;

import java.util.List;

import org.eurasiakg.federation.ServicePolicy;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --service-allow} and {@code --service-endpoint}: where a query's SERVICE may go. */
final class ServiceOptions {
    @Option(names = "--service-allow", paramLabel = "URL",
            description = {"A SERVICE IRI queries may call; repeat for more. Replaces the default list: "
                    + ServicePolicy.WIKIDATA + " and " + ServicePolicy.DBPEDIA + ". Any other SERVICE is refused."})
    List<String> allow;

    @Option(names = "--service-endpoint", paramLabel = "IRI=URL",
            description = {"Send SERVICE <IRI> to URL instead (a local stand-in, a mirror); allows IRI. Repeatable.",
                    "e.g. " + ServicePolicy.WIKIDATA + "=http://127.0.0.1:3031/wikidata/sparql"})
    List<String> endpoints;

    @Spec(Spec.Target.MIXEE) CommandSpec command;

    ServicePolicy policy() {
        try {
            return ServicePolicy.of(allow, endpoints);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), (endpoints != null && !endpoints.isEmpty() ? "--service-endpoint/--service-allow: " : "--service-allow: ")
                    + e.getMessage());
        }
    }
}
