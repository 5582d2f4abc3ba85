package org.eurasiakg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eurasiakg.ingest.Sources;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --source}: the project folder with {@code ontology/} and {@code seeds/}. */
final class SourceOptions {
    @Option(names = "--source", paramLabel = "DIR", defaultValue = "${env:KG_PROJECT:-.}",
            description = "Project folder holding ontology/ and seeds/ (default: ${DEFAULT-VALUE}).")
    Path source;

    @Spec(Spec.Target.MIXEE) CommandSpec command;

    Sources sources() {
        if (!Files.isDirectory(source))
            throw new ParameterException(command.commandLine(), "--source " + source + " is not a folder");
        return Sources.find(source.toAbsolutePath().normalize());
    }
}
