package org.eurasiakg.cli;

/** The exit codes of every kg command. */
public final class ExitCode {
    private ExitCode() {}
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
}
