package org.eurasiakg.cli;

/** An option's value is wrong in a way picocli cannot see (a missing folder, say). */
final class BadOptionException extends RuntimeException {
    BadOptionException(String message) { super(message); }
}
