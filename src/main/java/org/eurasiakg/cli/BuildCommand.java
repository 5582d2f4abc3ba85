package org.eurasiakg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the store from the ontology and the seeds.",
                "Loads them into a new TDB2 store, validates it, and makes it current;",
                "the previous store stays in use if anything fails."})
final class BuildCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;
    @Mixin SourceOptions sourceOptions;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var store = storeOptions.store();
        var sources = sourceOptions.sources();
        Rebuild.run(sources, store, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
