package org.eurasiakg.server.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Every article with its metadata and what the graph holds of it (statements, facts and
 * assessments, entities), and what the build found comparing them: the same claims, the
 * disagreements, the different stances.
 */
final class ArticlesPage {
    private ArticlesPage() {}

    record Row(String title, String href, Value creator, Value publisher, Value issued, Value licence, String source,
               long statements, long facts, long assessments, long attributed, long entities) {}
    record Comparison(String label, Value subject, long articles) {}
    record Kind(String name, List<Comparison> comparisons) {}
    record View(Links links, List<Row> articles, List<Kind> kinds) {}

    static String render(DatasetGraph dsg, Links links) {
        Labels labels = new Labels(dsg.getUnionGraph());
        List<Row> rows = new ArrayList<>();
        for (Binding r : Queries.select(dsg, "articles.rq")) {
            Node a = r.get("article");
            rows.add(new Row(r.get("title") != null ? r.get("title").getLiteralLexicalForm() : labels.of(a), links.page(a),
                    value(r.get("creator"), labels, links), value(r.get("publisher"), labels, links),
                    value(r.get("issued"), labels, links), value(r.get("license"), labels, links),
                    r.get("source") != null && r.get("source").isURI() ? r.get("source").getURI() : null,
                    count(r, "statements"), count(r, "facts"), count(r, "assessments"), count(r, "attributed"),
                    count(r, "entities")));
        }
        Map<String, List<Comparison>> byKind = new LinkedHashMap<>();
        for (Binding r : Queries.select(dsg, "comparisons.rq"))
            byKind.computeIfAbsent(capital(labels.of(r.get("kind"))), k -> new ArrayList<>())
                    .add(new Comparison(r.get("label").getLiteralLexicalForm(), Value.of(r.get("subject"), labels, links),
                            count(r, "articles")));
        List<Kind> kinds = byKind.entrySet().stream().map(e -> new Kind(e.getKey(), e.getValue())).toList();
        return Templates.render("articles", new View(links, rows, kinds));
    }

    private static Value value(Node n, Labels labels, Links links) {
        return n == null ? null : Value.of(n, labels, links);
    }

    private static long count(Binding r, String var) {
        Node n = r.get(var);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
