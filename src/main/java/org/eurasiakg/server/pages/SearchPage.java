package org.eurasiakg.server.pages;

import static org.eurasiakg.server.pages.Html.esc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.search.Search;
import org.eurasiakg.search.Search.Hit;
import org.eurasiakg.search.Search.Match;
import org.eurasiakg.vocab.EKG;

/** Search results, best first: each entity linking to its page, each sentence to its place in the article. */
final class SearchPage {
    static final int LIMIT = 50;

    private SearchPage() {}

    static String render(DatasetGraph dsg, String q, Links links) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>\n");
        if (q == null || q.isBlank()) {
            b.append("<p>Type a name or a word in the search box: a whole word (“Lachin”) or its start (“peacekeep”).</p>");
            return Layout.page(links, "Search", null, b.toString(), q);
        }
        List<Hit> hits = Search.find(dsg, q, LIMIT);
        b.append("<p class=\"result-count\" role=\"status\">").append(hits.size()).append(hits.size() == 1 ? " result" : " results")
         .append(" for <q>").append(esc(q)).append("</q></p>\n");
        if (!hits.isEmpty()) {
            Labels labels = new Labels(dsg.getUnionGraph());
            Graph g = dsg.getUnionGraph();
            b.append("<ol class=\"results\">\n");
            for (Hit h : hits)
                b.append(result(h, g, labels, links));
            b.append("</ol>\n");
        }
        return Layout.page(links, "Search: " + q, null, b.toString(), q);
    }

    private static String result(Hit h, Graph g, Labels labels, Links links) {
        Node s = h.subject();
        StringBuilder b = new StringBuilder("<li class=\"result\">");
        if (g.contains(s, RDF.type.asNode(), EKG.Sentence)) {
            Node article = object(g, s, EKG.nifReferenceContext);
            String text = h.matches().isEmpty() ? labels.of(s) : h.matches().get(0).text();
            b.append("<p class=\"kind\">Sentence of ").append(esc(labels.of(article))).append("</p>")
             .append("<p><a class=\"result-link\" href=\"").append(esc(article == null ? links.page(s) : links.sentence(article, s)))
             .append("\">").append(esc(text)).append("</a></p>");
        } else {
            String name = labels.of(s);
            b.append("<p class=\"kind\">");
            Set<String> kinds = new LinkedHashSet<>();
            for (Node t : g.find(s, RDF.type.asNode(), Node.ANY).mapWith(tr -> tr.getObject()).toList())
                if (!t.equals(OWL2.NamedIndividual.asNode()) && kinds.size() < 3)
                    kinds.add(labels.of(t));
            b.append(esc(String.join(", ", kinds)));
            b.append("</p><p><a class=\"result-link\" href=\"").append(esc(links.page(s))).append("\">").append(esc(name)).append("</a></p>");
            for (Match m : h.matches())
                if (!m.text().equals(name))
                    b.append("<p class=\"matched\">").append(esc(EntityPage.shorten(m.text(), 240))).append("</p>");
        }
        return b.append("</li>\n").toString();
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }
}
