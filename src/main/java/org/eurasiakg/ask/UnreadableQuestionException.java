package org.eurasiakg.ask;

/** A question kg ask cannot read (empty, too long, not in English): its message says why, in one line. */
public final class UnreadableQuestionException extends RuntimeException {
    public UnreadableQuestionException(String message) {
        super(message, null, false, false);
    }
}
