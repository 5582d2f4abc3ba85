package org.eurasiakg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eurasiakg.store.KgStore;

import picocli.CommandLine.Option;

/** {@code --data}: the folder that holds the store. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:KG_PROJECT:-.}/data",
            description = "Folder of the TDB2 store (default: ${DEFAULT-VALUE}).")
    Path data;

    KgStore store() {
        if (Files.exists(data) && !Files.isDirectory(data))
            throw new BadOptionException("--data " + data + " is a file, not a folder");
        return new KgStore(data);
    }
}
