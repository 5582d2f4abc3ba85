package org.eurasiakg.cli;

/** Entry point of the {@code kg} command. */
public final class Main {
    private Main() {}

    public static void main(String... args) {
        System.exit(KgCommand.commandLine().execute(args));
    }
}
