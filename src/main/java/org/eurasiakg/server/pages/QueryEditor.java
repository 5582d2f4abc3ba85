package org.eurasiakg.server.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eurasiakg.query.CompetencyQuestion;
import org.eurasiakg.query.SparqlResource;
import org.eurasiakg.release.Release;
import org.eurasiakg.vocab.EKG.Graphs;

/**
 * The query editor at {@code /query/}: this server's own small page (a text area, the competency
 * questions of {@code queries/} as examples, a results table), run by {@code editor.js} against the
 * read-only {@code /kg/sparql}, under the site's strict Content-Security-Policy. It needs nothing
 * outside the server: the prefixes are the ontology's. {@code /query/?q=…} opens with that query.
 * <p>
 * Fuseki's own UI was dropped: it expects the admin endpoints ({@code $/stats}, {@code $/datasets}),
 * offers upload and edit on a read-only server, reaches prefix.cc, and cannot run under the CSP.
 */
final class QueryEditor extends HttpServlet {
    static final String PATH = "/query";
    private static final ClasspathFiles FILES = new ClasspathFiles("org/eurasiakg/server/query/");
    private static final String START = SparqlResource.text(QueryEditor.class, "/org/eurasiakg/server/query/start.rq");

    private final transient DatasetGraph dsg;
    private final Path questions;

    private QueryEditor(DatasetGraph dsg, Path questions) {
        this.dsg = dsg;
        this.questions = questions;
    }

    static void mount(FusekiServer.Builder builder, DatasetGraph dsg, SiteConfig config) {
        QueryEditor editor = new QueryEditor(dsg, config.questions());
        builder.addServlet(PATH, editor);
        builder.addServlet(PATH + "/*", editor);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String inside = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (inside.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", "query/" + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            return;
        }
        if (inside.equals("/editor.json")) {
            Respond.bytes(response, HttpServletResponse.SC_OK, "application/json", editor().getBytes(StandardCharsets.UTF_8));
            return;
        }
        Optional<ClasspathFiles.File> f = FILES.get(inside.equals("/") ? "index.html" : inside.substring(1));
        if (f.isEmpty()) {
            Respond.text(response, HttpServletResponse.SC_NOT_FOUND, "404 Not Found\n");
            return;
        }
        Respond.bytes(response, HttpServletResponse.SC_OK, f.get().contentType(), f.get().bytes());
    }

    /** The ontology's prefixes, the query the editor opens with, and the competency questions. */
    private String editor() {
        Map<String, String> prefixes = new TreeMap<>(Release.PREFIXES);
        Txn.executeRead(dsg, () -> prefixes.putAll(dsg.getGraph(Graphs.ONTOLOGY).getPrefixMapping().getNsPrefixMap()));
        JsonObject json = new JsonObject();
        JsonObject p = new JsonObject();
        prefixes.forEach(p::put);
        json.put("prefixes", p);
        json.put("start", START.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n"));
        JsonArray examples = new JsonArray();
        if (questions != null)
            for (CompetencyQuestion q : CompetencyQuestion.in(questions)) {
                JsonObject ex = new JsonObject();
                ex.put("name", q.name());
                ex.put("question", q.question());
                ex.put("query", q.sparql());
                examples.add(ex);
            }
        json.put("examples", examples);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            JSON.write(out, json);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
