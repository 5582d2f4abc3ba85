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
    /** Results per page, and the most a search counts. */
    static final int PAGE = 20, MOST = 1000;

    private SearchPage() {}

    /** One hit: an entity (its kinds, its name, what else matched) or a sentence (its article, its text). */
    record Result(String kind, String text, String href, List<String> matched) {}
    /** Hits {@code first} to {@code last} (from 1) of {@code total} ({@code more}: at least that many). */
    record View(Links links, String query, int total, boolean more, int first, int last, String previous, String next,
                List<Result> results) {}

    /** The {@code page}th page (from 1) of the results for {@code q}. */
    static String render(DatasetGraph dsg, String q, int page, Links links) {
        if (q == null || q.isBlank())
            return Templates.render("search", new View(links, null, 0, false, 0, 0, null, null, List.of()));
        List<Hit> hits = Search.find(dsg, q, MOST);
        int pages = Math.max(1, (hits.size() + PAGE - 1) / PAGE);
        int shown = Math.min(Math.max(page, 1), pages);
        int from = (shown - 1) * PAGE, to = Math.min(hits.size(), from + PAGE);
        Labels labels = new Labels(dsg.getUnionGraph());
        Graph g = dsg.getUnionGraph();
        List<Result> results = new ArrayList<>();
        for (Hit h : hits.subList(from, to))
            results.add(result(h, g, labels, links));
        String base = links.to("search") + "?q=" + Links.param(q);
        return Templates.render("search", new View(links, q, hits.size(), hits.size() >= MOST, from + 1, to,
                shown > 1 ? base + (shown == 2 ? "" : "&page=" + (shown - 1)) : null,
                shown < pages ? base + "&page=" + (shown + 1) : null, results));
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
