package org.eurasiakg.server.pages;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.eurasiakg.store.StoreGeneration;

/**
 * The page of the dataset ({@code /dataset}, where its IRI leads a browser): what it is, the files
 * to download it as (those its DCAT description names), its graphs, the ways to query it, and how
 * to cite it and each of its articles.
 */
final class DatasetPage {
    static final Node DATASET = Links.iriAt("dataset");

    record Download(String title, String href, String mediaType) {}
    record GraphSize(Value graph, String triples) {}
    record Cited(Value what, Citation citation) {}
    record View(Links links, String title, String description, Value license, String triples, String version, String built,
                List<Download> downloads, List<GraphSize> graphs, Citation citation, List<Cited> articles,
                List<Alternate> alternates) {}

    private DatasetPage() {}

    static String render(DatasetGraph dsg, Links links) {
        Labels labels = new Labels(dsg.getUnionGraph());
        List<Binding> about = Queries.select(dsg, "dataset.rq", DATASET);
        Binding d = about.isEmpty() ? null : about.get(0);
        String title = text(d, "title", "Eurasia KG");
        StoreGeneration generation = StoreGeneration.of(dsg);
        LocalDate built = LocalDate.ofInstant(generation.modified(), ZoneOffset.UTC);

        List<Download> downloads = new ArrayList<>();
        List<GraphSize> graphs = new ArrayList<>();
        for (Binding r : Queries.select(dsg, "dataset-downloads.rq", DATASET)) {
            if (r.get("url") != null) {
                Node url = r.get("url");
                String type = r.get("mediaType") == null ? null : r.get("mediaType").getURI();
                downloads.add(new Download(text(r, "title", Labels.localName(url)),
                        Links.isOurs(url) ? links.to(Links.pathOf(url)) : url.getURI(),
                        type == null ? null : type.substring(type.lastIndexOf("media-types/") + "media-types/".length())));
            } else
                graphs.add(new GraphSize(Value.of(r.get("graph"), labels, links), r.get("triples").getLiteralLexicalForm()));
        }
        Citation citation = new Citation("eurasiakg", true, title, null, null, null, DATASET.getURI(), generation.id(), built);
        return Templates.render("dataset", new View(links, title, text(d, "description", null),
                d == null || d.get("license") == null ? null : Value.of(d.get("license"), labels, links),
                text(d, "triples", null), generation.id(), built.toString(), downloads, graphs, citation,
                articles(dsg, null, generation, built, labels, links), Alternate.of(DATASET, links)));
    }

    /** How to cite each article ({@code only}: just that one). */
    static List<Cited> articles(DatasetGraph dsg, Node only, StoreGeneration generation, LocalDate built, Labels labels,
                                Links links) {
        List<Binding> rows = only == null ? Queries.select(dsg, "article-citation.rq")
                : Queries.selectFor(dsg, "article-citation.rq", "article", List.of(only));
        Map<Node, Binding> first = new LinkedHashMap<>();
        for (Binding r : rows)
            first.putIfAbsent(r.get("article"), r);
        List<Cited> cited = new ArrayList<>();
        for (Binding r : first.values()) {
            Node article = r.get("article");
            String url = r.get("source") != null && r.get("source").isURI() ? r.get("source").getURI() : article.getURI();
            cited.add(new Cited(Value.of(article, labels, links), new Citation(Labels.localName(article), false,
                    text(r, "title", labels.of(article)), text(r, "author", null), text(r, "publisher", null),
                    text(r, "issued", null), url, generation.id(), built)));
        }
        return cited;
    }

    private static String text(Binding b, String var, String otherwise) {
        return b == null || b.get(var) == null ? otherwise
                : b.get(var).isLiteral() ? b.get(var).getLiteralLexicalForm() : b.get(var).getURI();
    }
}
