package org.eurasiakg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies of the test fixture project and the real project's inputs, in a temporary folder. */
public final class TestProjects {
    private TestProjects() {}

    /** The repository's own folder (Maven runs tests there). */
    public static Path repository() {
        return Path.of("").toAbsolutePath();
    }

    /** A small project (ontology, entities, one article) that tests may break at will. */
    public static Path fixture(Path into) {
        Path project = into.resolve("project");
        copyTree(repository().resolve("src/test/resources/fixture"), project);
        return project;
    }

    /** A copy of the real ontology/, seeds/ and queries/checks/. */
    public static Path real(Path into) {
        Path project = into.resolve("real");
        for (String dir : new String[] {"ontology", "seeds", "queries/checks"})
            if (Files.isDirectory(repository().resolve(dir)))
                copyTree(repository().resolve(dir), project.resolve(dir));
        return project;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
