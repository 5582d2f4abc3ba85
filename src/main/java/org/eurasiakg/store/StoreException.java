package org.eurasiakg.store;

/** A store cannot be opened or written; the message says what to do. */
public class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }
}
