package org.eurasiakg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A question the graph answers: a {@code .rq} file in {@code queries/} whose first line is
 * {@code # Question: ...}, with its expected result (SPARQL TSV) in a {@code .tsv} file beside it.
 */
public record CompetencyQuestion(String name, String question, Path file, String sparql) {
    private static final String MARK = "# Question:";

    /** The questions directly in {@code dir} (not its subfolders), by file name. */
    public static List<CompetencyQuestion> in(Path dir) {
        if (!Files.isDirectory(dir))
            return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rq"))
                        .sorted()
                        .map(CompetencyQuestion::read)
                        .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CompetencyQuestion read(Path file) {
        try {
            String sparql = Files.readString(file);
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            String question = sparql.lines().filter(l -> l.startsWith(MARK)).findFirst()
                    .map(l -> l.substring(MARK.length()).trim()).orElse(name);
            return new CompetencyQuestion(name, question, file, sparql);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected result written from the article, if there is one. */
    public Optional<Path> expected() {
        Path tsv = file.resolveSibling(name + ".tsv");
        return Files.exists(tsv) ? Optional.of(tsv) : Optional.empty();
    }
}
