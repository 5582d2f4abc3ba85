package org.eurasiakg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eurasiakg.store.KgStore;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --data}: the folder that holds the store. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:KG_PROJECT:-.}/data",
            description = "Folder of the TDB2 store (default: ${DEFAULT-VALUE}).")
    Path data;

    @Spec(Spec.Target.MIXEE) CommandSpec command;

    KgStore store() {
        if (Files.exists(data) && !Files.isDirectory(data))
            throw new ParameterException(command.commandLine(), "--data " + data + " is a file, not a folder");
        return new KgStore(data);
    }
}
