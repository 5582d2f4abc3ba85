package org.eurasiakg.server.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.ask.Answer;
import org.eurasiakg.ask.AnswerJson;
import org.eurasiakg.ask.Asker;
import org.eurasiakg.vocab.EKG;
import org.eurasiakg.vocab.Prefixes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers every path of the site (see {@link Site#PATHS}); each page is made in one read transaction. */
final class PagesServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(PagesServlet.class);
    private static final ClasspathFiles STATIC = new ClasspathFiles("org/eurasiakg/server/pages/static/");

    private static final int ASK_LIMIT = 20;
    private final transient DatasetGraph dsg;
    private final SiteConfig config;
    /** The pages made last (HTML, or where a place in a text is read), for the build of the store being served. */
    private final PageCache<Object> made = new PageCache<>(500);
    private final transient Asker asker;

    PagesServlet(DatasetGraph dsg, SiteConfig config) {
        this.dsg = dsg;
        this.config = config;
        this.asker = new Asker(dsg);
    }

    /** A question in plain words: the answer page, or its JSON for {@code Accept: application/json} or {@code format=json}. */
    private void ask(HttpServletRequest request, HttpServletResponse response, Links links) throws IOException {
        String q = request.getParameter("q");
        String accept = request.getHeader("Accept");
        boolean json = "json".equals(request.getParameter("format"))
                || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
        response.setHeader("Vary", "Accept");
        if (json) {
            Answer answer = asker.ask(q == null ? "" : q, ASK_LIMIT);
            Respond.bytes(response, HttpServletResponse.SC_OK, "application/json; charset=utf-8",
                    AnswerJson.text(answer).getBytes(StandardCharsets.UTF_8));
        } else if (q == null) {
            Respond.html(response, HttpServletResponse.SC_OK, AskPage.render(dsg, null, links));
        } else {
            Respond.html(response, HttpServletResponse.SC_OK,
                    cached("/ask?" + q, () -> AskPage.render(dsg, asker.ask(q, ASK_LIMIT), links)));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.isEmpty())
            path = "/";
        Links links = new Links(path);
        try {
            if (path.equals("/"))
                Respond.html(response, HttpServletResponse.SC_OK, cached("/", () -> HomePage.render(dsg, links)));
            else if (path.equals("/search"))
                Respond.html(response, HttpServletResponse.SC_OK,
                        cached("/search?" + request.getQueryString(),
                                () -> SearchPage.render(dsg, request.getParameter("q"), pageNumber(request), links)));
            else if (path.equals("/ask"))
                ask(request, response, links);
            else if (path.equals("/articles"))
                Respond.html(response, HttpServletResponse.SC_OK, cached("/articles", () -> ArticlesPage.render(dsg, links)));
            else if (path.equals("/timeline"))
                Respond.html(response, HttpServletResponse.SC_OK, cached("/timeline", () -> TimelinePage.render(dsg, links)));
            else if (path.equals("/questions"))
                page(response, () -> QuestionsPage.list(config.questions(), links));
            else if (path.startsWith("/questions/"))
                question(response, path.substring("/questions/".length()), links);
            else if (path.startsWith("/static/"))
                staticFile(response, path.substring("/static/".length()));
            else if (path.startsWith("/page/"))
                resourcePage(request, response, path.substring("/page/".length()), links);
            else if (path.startsWith("/data/"))
                description(response, path.substring("/data/".length()), links);
            else if (path.startsWith("/id/") || path.startsWith("/graph/"))
                thing(request, response, path.substring(1), links);
            else
                notFound(request, response, links);
        } catch (QueryCancelledException e) {
            Respond.html(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, MessagePage.tooSlow(links));
        } catch (RuntimeException e) {
            LOG.error("page {} failed", path, e);
            Respond.html(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, MessagePage.failed(links));
        }
    }

    private void page(HttpServletResponse response, Supplier<String> render) throws IOException {
        Respond.html(response, HttpServletResponse.SC_OK, Txn.calculateRead(dsg, render));
    }

    /** {@code ?page=}: a page of results, from 1; anything else is the first. */
    private static int pageNumber(HttpServletRequest request) {
        String page = request.getParameter("page");
        return page != null && page.matches("[1-9][0-9]{0,4}") ? Integer.parseInt(page) : 1;
    }

    private String cached(String key, Supplier<String> render) {
        return (String) made.get(dsg, key, () -> Txn.calculateRead(dsg, render));
    }

    /** An IRI of the graph: 303 to the page or the description the client asked for; 404 if unknown, 406 if no format fits. */
    void thing(HttpServletRequest request, HttpServletResponse response, String path, Links links) throws IOException {
        Node node = Links.iriAt(path);
        if (!Txn.calculateRead(dsg, () -> exists(node))) {
            notFound(request, response, links);
            return;
        }
        Negotiation.Format format = Negotiation.choose(request.getHeader("Accept"), Negotiation.PAGE_FIRST);
        if (format == null) {
            Negotiation.notAcceptable(response, node.getURI(), Negotiation.PAGE_FIRST);
            return;
        }
        String target = format == Negotiation.Format.HTML ? Links.PAGE + path : Links.DATA + path + "." + format.extension;
        Respond.seeOther(response, config.publicBase() != null ? config.publicBase() + target : links.to(target));
    }

    private void resourcePage(HttpServletRequest request, HttpServletResponse response, String path, Links links) throws IOException {
        Node node = Links.iriAt(path);
        String evidence = request.getParameter("evidence");
        String sentence = request.getParameter("sentence");
        Object result = made.get(dsg, "/page/" + path + "?" + request.getQueryString(), () -> Txn.calculateRead(dsg, () -> {
            if (!exists(node))
                return null;
            if (dsg.containsGraph(node))
                return GraphPage.render(dsg, node, links);
            if (node.equals(DatasetPage.DATASET))
                return DatasetPage.render(dsg, links);
            Graph g = dsg.getUnionGraph();
            Node type = RDF.type.asNode();
            if (g.contains(node, type, EKG.Article))
                return ArticlePage.render(dsg, node, evidence, sentence, links);
            Optional<String> elsewhere = TextPlace.of(dsg, node, links);
            if (elsewhere.isPresent())
                return new TextPlace.Redirect(elsewhere.get());
            return EntityPage.render(dsg, node, links);
        }));
        if (result == null)
            notFound(request, response, links);
        else if (result instanceof TextPlace.Redirect r)
            Respond.seeOther(response, r.location());
        else
            Respond.html(response, HttpServletResponse.SC_OK, (String) result);
    }

    /** {@code data/id/csto.ttl}: the description of a resource (or the content of a graph) in one RDF syntax. */
    private void description(HttpServletResponse response, String path, Links links) throws IOException {
        int dot = path.lastIndexOf('.');
        Negotiation.Format format = dot < 0 ? null : Negotiation.Format.ofExtension(path.substring(dot + 1));
        if (format == null || format.rdf == null) {
            Respond.text(response, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: use .ttl, .jsonld, .nt or .rdf\n");
            return;
        }
        Node node = Links.iriAt(path.substring(0, dot));
        byte[] body = Txn.calculateRead(dsg, () -> {
            if (!exists(node))
                return null;
            Graph graph;
            if (dsg.containsGraph(node)) {
                graph = GraphFactory.createDefaultGraph();
                dsg.getGraph(node).find().forEach(graph::add);
            } else
                graph = Queries.construct(dsg, "describe.rq", node);
            graph.getPrefixMapping().setNsPrefixes(Prefixes.ALL);
            return Negotiation.bytes(graph, format);
        });
        if (body == null) {
            Respond.text(response, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: " + node.getURI() + " is not in this graph\n");
            return;
        }
        Respond.bytes(response, HttpServletResponse.SC_OK, format.contentType(), body);
    }

    private void question(HttpServletResponse response, String name, Links links) throws IOException {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            QuestionsPage.File file = Txn.calculateRead(dsg, () -> QuestionsPage.download(dsg, config.questions(),
                    name.substring(0, dot), name.substring(dot + 1), config.queryTimeout()));
            if (file == null)
                Respond.text(response, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: no such question or format\n");
            else
                Respond.bytes(response, HttpServletResponse.SC_OK, file.contentType(), file.body());
            return;
        }
        String html = Txn.calculateRead(dsg, () -> QuestionsPage.answer(dsg, config.questions(), name, config.queryTimeout(), links));
        if (html == null)
            Respond.html(response, HttpServletResponse.SC_NOT_FOUND, MessagePage.noSuchQuestion(links));
        else
            Respond.html(response, HttpServletResponse.SC_OK, html);
    }

    private void staticFile(HttpServletResponse response, String path) throws IOException {
        Optional<ClasspathFiles.File> f = STATIC.get(path);
        if (f.isEmpty()) {
            Respond.text(response, HttpServletResponse.SC_NOT_FOUND, "404 Not Found\n");
            return;
        }
        response.setHeader("Cache-Control", "max-age=300");
        Respond.bytes(response, HttpServletResponse.SC_OK, f.get().contentType(), f.get().bytes());
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response, Links links) throws IOException {
        Negotiation.Format f = Negotiation.choose(request.getHeader("Accept"), Negotiation.PAGE_FIRST);
        if (f != Negotiation.Format.HTML) {
            Respond.text(response, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: nothing here is called that\n");
            return;
        }
        Respond.html(response, HttpServletResponse.SC_NOT_FOUND, MessagePage.notFound(links));
    }

    /** Known: the subject or object of a triple, or the name of a graph. */
    private boolean exists(Node node) {
        Graph g = dsg.getUnionGraph();
        return g.contains(node, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, node) || dsg.containsGraph(node);
    }
}
