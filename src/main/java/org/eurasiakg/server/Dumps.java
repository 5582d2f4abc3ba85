package org.eurasiakg.server;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eurasiakg.release.Release;
import org.eurasiakg.store.ServedStore;
import org.eurasiakg.store.StoreGeneration;

/**
 * The dumps that VoID names ({@code /release/eurasia-kg.trig}, {@code .nq}), served as the files
 * themselves with their media type, length, SHA-256 ({@code ETag}, {@code Repr-Digest}) and a
 * {@code SHA256SUMS} beside them. They are written from the served store the first time a build's
 * dumps are asked for, into that store's own folder ({@code data/store-…/release/}, kept and
 * removed with it), so a dump is made once per build, never per request, and never mixes two builds.
 */
final class Dumps implements Filter {
    static final String PATH = "/release/";
    private static final String SUMS = Release.CHECKSUMS;

    /** One file of a build's dumps. */
    record Dump(String name, String mediaType, Path file, String sha256, long size) {
        String etag() { return '"' + sha256 + '"'; }
    }

    /** The dumps VoID names: file name, media type, how to write it. */
    private record Kind(String name, String mediaType, RDFFormat format) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(Release.TRIG, "application/trig", RDFFormat.TRIG_BLOCKS),
            new Kind(Release.NQUADS, "application/n-quads", RDFFormat.NQUADS));

    private final DatasetGraph dsg;
    private final Map<String, FutureTask<Map<String, Dump>>> made = new ConcurrentHashMap<>();
    private Path scratch;

    Dumps(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String name = path.substring(PATH.length());
        boolean known = name.equals(SUMS) || KINDS.stream().anyMatch(k -> k.name().equals(name));
        if (!known || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            chain.doFilter(req, resp);
            return;
        }
        StoreGeneration generation = StoreGeneration.of(dsg);
        Map<String, Dump> dumps = current();
        Dump dump = name.equals(SUMS) ? sums(dumps) : dumps.get(name);
        response.setHeader("ETag", dump.etag());
        response.setHeader("Last-Modified", Preconditions.httpDate(generation.modified()));
        // a build may replace the dumps at any moment: revalidate each time (a 304 is cheap)
        response.setHeader("Cache-Control", HttpCaching.STORE_CACHE);
        response.setHeader("Accept-Ranges", "none");
        if (Preconditions.notModified(request, dump.etag(), generation.modified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(dump.mediaType());
        response.setHeader("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(dump.sha256())) + ":");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + dump.name() + "\"");
        response.setContentLengthLong(dump.size());
        if ("HEAD".equals(request.getMethod()))
            return;
        try (InputStream in = Files.newInputStream(dump.file()); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** The dumps of the build this request reads, made now if this is the first time they are asked for. */
    Map<String, Dump> current() throws IOException {
        StoreGeneration generation = StoreGeneration.of(dsg);
        FutureTask<Map<String, Dump>> task = new FutureTask<>(() -> make(folder(generation)));
        FutureTask<Map<String, Dump>> existing = made.putIfAbsent(generation.id(), task);
        if (existing == null) {
            made.keySet().removeIf(id -> !id.equals(generation.id()));
            // run on this request's thread: it is pinned to the build the dumps must come from
            task.run();
            existing = task;
        }
        try {
            return existing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the dumps were made", e);
        } catch (ExecutionException e) {
            made.remove(generation.id(), existing);
            throw new IOException("the dumps could not be made: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * {@code release/} in the served store's folder; for a store that is not on disk (or whose folder a
     * newer build has already removed), a folder of this server's own.
     */
    private Path folder(StoreGeneration generation) throws IOException {
        if (dsg instanceof ServedStore served) {
            Path store = served.currentStore().getParent().resolve(generation.id());
            if (Files.isDirectory(store))
                return store.resolve("release");
        }
        synchronized (this) {
            if (scratch == null) {
                scratch = Files.createTempDirectory("kg-dumps");
                scratch.toFile().deleteOnExit();
            }
            return scratch.resolve(generation.id());
        }
    }

    /** Reads the dumps a previous run left (SHA256SUMS is written last), or writes them. */
    private Map<String, Dump> make(Path dir) throws IOException {
        Map<String, Dump> dumps = new LinkedHashMap<>();
        Path sums = dir.resolve(SUMS);
        if (Files.isRegularFile(sums)) {
            Map<String, String> listed = new LinkedHashMap<>();
            for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
                String[] parts = line.split(" {2}", 2);
                if (parts.length == 2)
                    listed.put(parts[1], parts[0]);
            }
            for (Kind k : KINDS) {
                Path f = dir.resolve(k.name());
                if (listed.containsKey(k.name()) && Files.isRegularFile(f))
                    dumps.put(k.name(), new Dump(k.name(), k.mediaType(), f, listed.get(k.name()), Files.size(f)));
            }
            if (dumps.size() == KINDS.size())
                return dumps;
            dumps.clear();
        }
        Files.createDirectories(dir);
        Txn.executeRead(dsg, () -> {
            for (Kind k : KINDS)
                dumps.put(k.name(), write(dir, k, out -> RDFDataMgr.write(out, dsg, k.format())));
        });
        StringBuilder list = new StringBuilder();
        dumps.values().forEach(d -> list.append(d.sha256()).append("  ").append(d.name()).append('\n'));
        Path tmp = dir.resolve(SUMS + ".tmp");
        Files.writeString(tmp, list.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, sums, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return dumps;
    }

    private static Dump write(Path dir, Kind kind, Consumer<OutputStream> writer) {
        Path target = dir.resolve(kind.name());
        Path tmp = dir.resolve(kind.name() + ".tmp");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), sha)) {
                writer.accept(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return new Dump(kind.name(), kind.mediaType(), target, HexFormat.of().formatHex(sha.digest()), Files.size(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Dump sums(Map<String, Dump> dumps) throws IOException {
        Path file = dumps.values().iterator().next().file().resolveSibling(SUMS);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] bytes = Files.readAllBytes(file);
        return new Dump(SUMS, "text/plain; charset=utf-8", file, HexFormat.of().formatHex(sha.digest(bytes)), bytes.length);
    }
}
