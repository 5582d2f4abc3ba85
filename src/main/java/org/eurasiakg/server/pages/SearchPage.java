package org.eurasiakg.server.pages;

import java.util.ArrayList;
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

    /** One hit: an entity (its kinds, its name, what else matched) or a sentence (its article, its text). */
    record Result(String kind, String text, String href, List<String> matched) {}
    record View(Links links, String query, List<Result> results) {}

    static String render(DatasetGraph dsg, String q, Links links) {
        if (q == null || q.isBlank())
            return Templates.render("search", new View(links, null, List.of()));
        List<Hit> hits = Search.find(dsg, q, LIMIT);
        Labels labels = new Labels(dsg.getUnionGraph());
        Graph g = dsg.getUnionGraph();
        List<Result> results = new ArrayList<>();
        for (Hit h : hits)
            results.add(result(h, g, labels, links));
        return Templates.render("search", new View(links, q, results));
    }

    private static Result result(Hit h, Graph g, Labels labels, Links links) {
        Node s = h.subject();
        if (g.contains(s, RDF.type.asNode(), EKG.Sentence)) {
            Node article = object(g, s, EKG.nifReferenceContext);
            String text = h.matches().isEmpty() ? labels.of(s) : h.matches().get(0).text();
            return new Result("Sentence of " + labels.of(article), text,
                    article == null ? links.page(s) : links.sentence(article, s), List.of());
        }
        String name = labels.of(s);
        Set<String> kinds = new LinkedHashSet<>();
        for (Node t : g.find(s, RDF.type.asNode(), Node.ANY).mapWith(tr -> tr.getObject()).toList())
            if (!t.equals(OWL2.NamedIndividual.asNode()) && kinds.size() < 3)
                kinds.add(labels.of(t));
        List<String> matched = new ArrayList<>();
        for (Match m : h.matches())
            if (!m.text().equals(name))
                matched.add(EntityPage.shorten(m.text(), 240));
        return new Result(String.join(", ", kinds), name, links.page(s), matched);
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
