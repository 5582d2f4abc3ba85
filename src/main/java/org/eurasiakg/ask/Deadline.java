package org.eurasiakg.ask;

/** The time a question may take: every query gets what is left, and past it the question is abandoned. */
final class Deadline {
    private final long end;

    Deadline(long millis) { this.end = System.nanoTime() + millis * 1_000_000L; }

    long remainingMillis() { return Math.max(1, (end - System.nanoTime()) / 1_000_000L); }

    void check() {
        if (System.nanoTime() > end)
            throw new TooLongException();
    }

    /** Thrown when a question takes longer than its time limit. */
    static final class TooLongException extends RuntimeException {
        TooLongException() { super("the question took longer than its time limit", null, false, false); }
    }
}
