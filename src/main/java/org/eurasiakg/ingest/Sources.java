package org.eurasiakg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The input files of a build, found in a project folder: {@code ontology/*.ttl} (but the shapes),
 * {@code ontology/shapes.ttl}, {@code queries/checks/*-violation.rq}, and {@code seeds/}: one
 * {@code SLUG.meta.ttl} per article with its text and optional {@code SLUG.statements.ttl},
 * and any other {@code seeds/*.ttl} as a graph of its own (entities, links). A draft
 * ({@code SLUG.draft.ttl}, written by {@code kg draft}) is never an input: an article whose
 * draft has no statements file yet is under review and left out of the build.
 */
public record Sources(Path root, List<Path> ontology, Path shapes, List<Path> checks,
                      List<Path> articles, List<Path> otherSeeds) {

    public static final String SHAPES = "shapes.ttl";
    public static final String META_SUFFIX = ".meta.ttl";
    public static final String STATEMENTS_SUFFIX = ".statements.ttl";
    public static final String DRAFT_SUFFIX = ".draft.ttl";

    public static Sources find(Path root) {
        Path ontologyDir = root.resolve("ontology");
        Path seedsDir = root.resolve("seeds");
        if (!Files.isDirectory(ontologyDir))
            throw new InputException(ontologyDir, "folder not found (is --source the project folder?)");
        if (!Files.isDirectory(seedsDir))
            throw new InputException(seedsDir, "folder not found (is --source the project folder?)");
        List<Path> ontology = new ArrayList<>();
        Path shapes = null;
        for (Path p : list(ontologyDir, ".ttl")) {
            if (p.getFileName().toString().equals(SHAPES))
                shapes = p;
            else
                ontology.add(p);
        }
        if (ontology.isEmpty())
            throw new InputException(ontologyDir, "no ontology file (*.ttl) found");
        List<Path> articles = new ArrayList<>();
        List<Path> other = new ArrayList<>();
        for (Path p : list(seedsDir, ".ttl")) {
            String name = p.getFileName().toString();
            if (name.endsWith(META_SUFFIX)) {
                if (!underReview(p))
                    articles.add(p);
            } else if (!name.endsWith(STATEMENTS_SUFFIX) && !name.endsWith(DRAFT_SUFFIX))
                other.add(p);
        }
        if (articles.isEmpty())
            throw new InputException(seedsDir, "no article metadata file (*" + META_SUFFIX + ") found");
        Path checksDir = root.resolve("queries").resolve("checks");
        List<Path> checks = Files.isDirectory(checksDir)
                ? list(checksDir, "-violation.rq") : List.of();
        return new Sources(root, ontology, shapes, checks, articles, other);
    }

    /** Every file whose content decides the build's output, for the manifest. */
    public List<Path> allInputs() {
        List<Path> all = new ArrayList<>(ontology);
        if (shapes != null)
            all.add(shapes);
        all.addAll(checks);
        all.addAll(otherSeeds);
        for (Path meta : articles) {
            all.add(meta);
            Path statements = statementsOf(meta);
            if (Files.exists(statements))
                all.add(statements);
        }
        // Article texts are named inside the metadata; every file of seeds/ counts so a changed text rebuilds.
        for (Path p : list(root.resolve("seeds"), ".txt"))
            if (!all.contains(p))
                all.add(p);
        return all;
    }

    /**
     * SHA-256 of every input file (by path relative to the project) and of the code that builds,
     * so a store is rebuilt when either changes.
     */
    public Map<String, String> fingerprint() {
        Map<String, String> hashes = new TreeMap<>();
        for (Path p : allInputs())
            hashes.put(root.relativize(p).toString().replace('\\', '/'), sha256(p));
        hashes.put(CODE_KEY, codeVersion());
        return hashes;
    }

    public static final String CODE_KEY = "(code)";

    private static String codeVersion() {
        try {
            Path code = Path.of(Sources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // a new jar has a new size or time; hashing 50 MB would cost every start a fifth of a second
            return Files.isRegularFile(code)
                    ? Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis()
                    : "classes";
        } catch (Exception e) {
            return "unknown";
        }
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; )
                md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String slugOf(Path meta) {
        String name = meta.getFileName().toString();
        return name.substring(0, name.length() - META_SUFFIX.length());
    }

    /** Drafted and not yet curated: a draft beside the metadata and no statements file. */
    public static boolean underReview(Path meta) {
        return Files.exists(meta.resolveSibling(slugOf(meta) + DRAFT_SUFFIX)) && !Files.exists(statementsOf(meta));
    }

    public static Path statementsOf(Path meta) {
        return meta.resolveSibling(slugOf(meta) + STATEMENTS_SUFFIX);
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
