package org.eurasiakg.server.pages;

import static org.eurasiakg.server.pages.Html.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/** The page of a named graph: how big it is and what it describes. */
final class GraphPage {
    private GraphPage() {}

    static String render(DatasetGraph dsg, Node graph, Links links) {
        Labels labels = new Labels(dsg.getUnionGraph());
        long size = dsg.getGraph(graph).size();
        List<Binding> subjects = Queries.select(dsg, "graph-subjects.rq", graph);
        StringBuilder b = new StringBuilder();
        b.append("<h1>Graph <code>").append(esc(Links.pathOf(graph))).append("</code></h1>\n")
         .append("<p class=\"iri\">IRI: <code>").append(esc(graph.getURI())).append("</code></p>\n")
         .append("<p>").append(size).append(" triples about ").append(subjects.size()).append(subjects.size() >= 2000 ? "+" : "")
         .append(" resources. Download: <a href=\"").append(esc(links.data(graph, "ttl"))).append("\">Turtle</a>, <a href=\"")
         .append(esc(links.data(graph, "nt"))).append("\">N-Triples</a>, or through the Graph Store Protocol at <a href=\"")
         .append(esc(links.to("kg/get?graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8))))
         .append("\"><code>kg/get</code></a>.</p>\n<ul class=\"subjects\">");
        for (Binding r : subjects)
            b.append("<li>").append(Claims.value(r.get("s"), labels, links)).append(" <span class=\"count\">(")
             .append(esc(r.get("triples").getLiteralLexicalForm())).append(")</span></li>");
        b.append("</ul>");
        return Layout.page(links, "Graph " + Links.pathOf(graph), EntityPage.alternates(graph, links), b.toString(), null);
    }
}
