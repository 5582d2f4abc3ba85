package org.eurasiakg.server.pages;

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

    record Article(String title, String href, Value creator) {}
    record Kind(String name, List<Value> entities) {}
    record View(Links links, List<Article> articles, List<Kind> kinds) {}

    static String render(DatasetGraph dsg, Links links) {
        Labels labels = new Labels(dsg.getUnionGraph());
        List<Article> articles = new ArrayList<>();
        for (Binding r : Queries.select(dsg, "home-articles.rq")) {
            Node a = r.get("article");
            String title = r.get("title") != null ? r.get("title").getLiteralLexicalForm() : labels.of(a);
            articles.add(new Article(title, links.page(a), r.get("creator") == null ? null : Value.of(r.get("creator"), labels, links)));
        }
        Map<String, Set<Node>> byType = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Binding r : Queries.select(dsg, "home-entities.rq")) {
            String type = r.get("type") == null ? "Other" : capital(labels.of(r.get("type")));
            byType.computeIfAbsent(type, k -> new LinkedHashSet<>()).add(r.get("entity"));
        }
        List<Kind> kinds = new ArrayList<>();
        for (var e : byType.entrySet()) {
            List<Node> entities = new ArrayList<>(e.getValue());
            entities.sort(Comparator.comparing(n -> labels.of(n).toLowerCase(Locale.ROOT)));
            kinds.add(new Kind(e.getKey(), entities.stream().map(n -> Value.of(n, labels, links)).toList()));
        }
        return Templates.render("home", new View(links, articles, kinds));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
