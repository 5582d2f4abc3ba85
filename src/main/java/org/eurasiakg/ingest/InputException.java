package org.eurasiakg.ingest;

import java.nio.file.Path;

/** Bad input: names the file, and the line and column where known, and what is wrong. */
public class InputException extends RuntimeException {
    private final Path file;
    private final long line;
    private final long column;

    public InputException(Path file, long line, long column, String problem) {
        super(problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public InputException(Path file, String problem) {
        this(file, -1, -1, problem);
    }

    public Path file() { return file; }
    public long line() { return line; }

    /** One line: {@code file:line:column: problem}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0)
                    sb.append(':').append(column);
            }
            sb.append(": ");
        }
        sb.append(getMessage().replace('\n', ' '));
        return sb.toString();
    }
}
