package org.eurasiakg.server.pages;

import static org.eurasiakg.server.pages.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/** Where a person starts: the search box, the articles, every entity by kind, and the ways in. */
final class HomePage {
    private HomePage() {}

    static String render(DatasetGraph dsg, Links links) {
        Labels labels = new Labels(dsg.getUnionGraph());
        StringBuilder b = new StringBuilder();
        b.append("<h1>Eurasia KG</h1>\n<p class=\"lead\">A knowledge graph of Eurasian security, built from analysis articles. ")
         .append("Every statement comes with the sentence of the article that makes it.</p>\n");
        b.append("<form class=\"search big\" role=\"search\" method=\"get\" action=\"").append(esc(links.to("search"))).append("\">")
         .append("<label for=\"home-q\">Search names, definitions and the article text</label>")
         .append("<input id=\"home-q\" name=\"q\" type=\"search\" placeholder=\"Lachin, water, peacekeep…\">")
         .append("<button type=\"submit\">Search</button></form>\n");

        b.append("<section aria-labelledby=\"h-articles\"><h2 id=\"h-articles\">Articles</h2><ul class=\"articles\">");
        for (Binding r : Queries.select(dsg, "home-articles.rq")) {
            Node a = r.get("article");
            String title = r.get("title") != null ? r.get("title").getLiteralLexicalForm() : labels.of(a);
            b.append("<li><a href=\"").append(esc(links.page(a))).append("\">").append(esc(title)).append("</a>");
            if (r.get("creator") != null)
                b.append(" by ").append(Claims.value(r.get("creator"), labels, links));
            b.append("</li>");
        }
        b.append("</ul></section>\n");

        b.append("<section aria-labelledby=\"h-ways\"><h2 id=\"h-ways\">Ways in</h2><ul class=\"ways\">")
         .append("<li><a href=\"").append(esc(links.to("timeline"))).append("\">Timeline</a>: the dated events, in order</li>")
         .append("<li><a href=\"").append(esc(links.to("questions"))).append("\">Questions</a>: what the graph answers, one click each</li>")
         .append("<li><a href=\"").append(esc(links.to("query/"))).append("\">Query editor</a>: SPARQL, at <code>")
         .append(esc(links.to("kg/sparql"))).append("</code></li>")
         .append("<li><a href=\"").append(esc(links.to("ontology"))).append("\">Ontology</a>: the classes and relations</li>")
         .append("</ul></section>\n");

        Map<String, Set<Node>> byType = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Binding r : Queries.select(dsg, "home-entities.rq")) {
            String type = r.get("type") == null ? "Other" : capital(labels.of(r.get("type")));
            byType.computeIfAbsent(type, k -> new LinkedHashSet<>()).add(r.get("entity"));
        }
        b.append("<section aria-labelledby=\"h-entities\"><h2 id=\"h-entities\">Everything the articles are about</h2>\n<div class=\"index\">");
        for (var e : byType.entrySet()) {
            List<Node> entities = new ArrayList<>(e.getValue());
            entities.sort(Comparator.comparing(n -> labels.of(n).toLowerCase(Locale.ROOT)));
            b.append("<section class=\"kind\"><h3>").append(esc(e.getKey())).append(" <span class=\"count\">(")
             .append(entities.size()).append(")</span></h3><ul>");
            for (Node n : entities)
                b.append("<li>").append(Claims.value(n, labels, links)).append("</li>");
            b.append("</ul></section>\n");
        }
        b.append("</div></section>\n");
        return Layout.page(links, "Home", null, b.toString(), null);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
