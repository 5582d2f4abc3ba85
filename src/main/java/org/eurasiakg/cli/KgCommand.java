package org.eurasiakg.cli;

import java.io.PrintWriter;

import org.apache.jena.query.QueryParseException;
import org.eurasiakg.federation.ServiceRefusedException;
import org.eurasiakg.ingest.InputException;
import org.eurasiakg.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

@Command(name = "kg",
        mixinStandardHelpOptions = true,
        versionProvider = KgCommand.Version.class,
        description = "Eurasia KG: build, query and serve the knowledge graph of Eurasian security.",
        subcommands = {BuildCommand.class, DraftCommand.class, ServeCommand.class, QueryCommand.class, AskCommand.class, ExportCommand.class, CoverageCommand.class, StandInCommand.class, BenchCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:failure", "2:bad input (options, seeds, ontology, query)"})
public final class KgCommand implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: " + String.join(", ", spec.subcommands().keySet()));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new KgCommand());
        cl.setExecutionExceptionHandler(KgCommand::handle);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(KgCommand::badUsage);
        return cl;
    }

    /** One line on stderr; a stack trace only with --verbose. Bad input exits with picocli's USAGE (2), anything else SOFTWARE (1). */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code;
        String message;
        if (e instanceof InputException ie) {
            code = CommandLine.ExitCode.USAGE;
            message = ie.describe();
        } else if (e instanceof QueryParseException qe) {
            code = CommandLine.ExitCode.USAGE;
            message = "query syntax: " + oneLine(qe.getMessage());
        } else if (e instanceof ServiceRefusedException) {
            code = CommandLine.ExitCode.USAGE;
            message = e.getMessage();
        } else if (e instanceof StoreException) {
            code = CommandLine.ExitCode.SOFTWARE;
            message = e.getMessage();
        } else {
            code = CommandLine.ExitCode.SOFTWARE;
            message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()));
        }
        err.println("kg: error: " + message);
        if (parsed.hasMatchedOption("--verbose") || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose")))
            e.printStackTrace(err);
        err.flush();
        return code;
    }

    /** A usage error is one line too, with where to find help. */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("kg: error: " + oneLine(e.getMessage()) + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = KgCommand.class.getPackage().getImplementationVersion();
            return new String[] {"kg " + (v == null ? "(development)" : v)};
        }
    }
}
