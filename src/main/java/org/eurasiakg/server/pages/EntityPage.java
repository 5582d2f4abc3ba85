package org.eurasiakg.server.pages;

import static org.eurasiakg.server.pages.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.eurasiakg.server.pages.Claims.Claim;
import org.eurasiakg.vocab.EKG;

/**
 * The page of one resource: its name, types and description, a picture of its neighbours, every
 * statement about it grouped by relation with the quote that supports it and a link to that
 * place in the article, its other relations in and out, where the article mentions it, and its
 * links to Wikidata, DBpedia and GeoNames.
 */
final class EntityPage {
    private static final int MAX_PER_GROUP = 100;
    private static final Node INFERRED = EKG.Graphs.INFERRED;
    private static final Set<Node> NAME_OR_KIND = Set.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), SKOS.definition.asNode(), DCTerms.description.asNode(), RDFS.comment.asNode(),
            OWL2.sameAs.asNode(), SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode());
    /** How a statement node is tied to its parts and its evidence: shown as the statement, not as relations. */
    private static final Set<Node> STATEMENT_PARTS = Set.of(EKG.subject, EKG.predicate, EKG.object, EKG.value,
            EKG.evidence, EKG.assertedBy, EKG.reportedIn, ekg("epistemicStatus"), ekg("context"), ekg("asOf"));
    /** Incoming links from the text's plumbing (mentions) are shown as "mentioned in". */
    private static final Set<Node> PLUMBING_IN = Set.of(EKG.itsTaIdentRef, EKG.subject, EKG.object, EKG.assertedBy);

    private EntityPage() {}

    private static Node ekg(String local) { return NodeFactory.createURI(EKG.NS + local); }

    static String render(DatasetGraph dsg, Node node, Links links) {
        Labels labels = new Labels(dsg.getUnionGraph());
        String name = labels.of(node);
        List<Binding> triples = Queries.select(dsg, "triples.rq", node);
        List<Claim> claims = Claims.about(dsg, node);

        StringBuilder b = new StringBuilder();
        b.append("<article class=\"entity\">\n<header class=\"page-header\">\n<h1>").append(esc(name)).append("</h1>\n");
        types(b, triples, labels, links);
        b.append("<p class=\"iri\">IRI: <code>").append(esc(node.getURI())).append("</code></p>\n");
        List<String> alt = literals(triples, SKOS.altLabel.asNode());
        if (!alt.isEmpty())
            b.append("<p class=\"alt\">Also called: ").append(esc(String.join(", ", alt))).append("</p>\n");
        for (Node p : List.of(SKOS.definition.asNode(), DCTerms.description.asNode(), RDFS.comment.asNode()))
            for (String d : literals(triples, p))
                b.append("<p class=\"description\">").append(esc(d)).append("</p>\n");
        b.append("</header>\n");

        Claim itself = claims.stream().filter(c -> c.statement.equals(node)).findFirst().orElse(null);
        if (itself != null) {
            b.append("<section class=\"statement-card\" aria-labelledby=\"h-statement\"><h2 id=\"h-statement\">The statement</h2><ul class=\"claims\">")
             .append(Claims.item(itself, null, labels, links)).append("</ul></section>\n");
        }

        String svg = Diagram.of(dsg, node, labels, links);
        if (svg != null)
            b.append("<section class=\"picture\" aria-labelledby=\"h-picture\"><h2 id=\"h-picture\">Around ")
             .append(esc(name)).append("</h2>\n<figure>").append(svg)
             .append("<figcaption>What ").append(esc(name))
             .append(" is directly related to; arrows point from subject to object. Select a name to go there.</figcaption></figure></section>\n");

        // statements with this resource as subject, then as object, then claims it makes
        Set<Triple> stated = new HashSet<>();
        for (Claim c : claims)
            if (c.subject != null && c.predicate != null && c.object != null)
                stated.add(Triple.create(c.subject, c.predicate, c.object));
        claimGroups(b, "says", "What the article says about " + name,
                claims.stream().filter(c -> node.equals(c.subject) && c != itself).toList(), true, labels, links);
        claimGroups(b, "says-in", "What the article says of others and " + name,
                claims.stream().filter(c -> node.equals(c.object) && !node.equals(c.subject)).toList(), false, labels, links);
        List<Claim> asserted = claims.stream().filter(c -> c.asserters.contains(node) && !node.equals(c.author)).toList();
        if (!asserted.isEmpty()) {
            b.append("<section aria-labelledby=\"h-asserted\"><h2 id=\"h-asserted\">Claims the article attributes to ")
             .append(esc(name)).append("</h2><ul class=\"claims\">");
            for (Claim c : asserted)
                b.append(Claims.item(c, null, labels, links));
            b.append("</ul></section>\n");
        }

        relations(b, triples, node, itself != null, stated, labels, links, dsg);
        mentions(b, dsg, node, labels, links);
        elsewhere(b, dsg, node, labels);
        data(b, node, links);
        b.append("</article>");

        String head = alternates(node, links);
        return Layout.page(links, name, head, b.toString(), null);
    }

    private static void types(StringBuilder b, List<Binding> triples, Labels labels, Links links) {
        Set<Node> stated = new LinkedHashSet<>(), inferred = new LinkedHashSet<>();
        for (Binding t : triples)
            if (out(t) && t.get("p").equals(RDF.type.asNode()))
                (INFERRED.equals(t.get("g")) ? inferred : stated).add(t.get("other"));
        inferred.removeAll(stated);
        // owl:NamedIndividual says nothing to a reader; two types of one name are one to a reader
        stated.remove(OWL2.NamedIndividual.asNode());
        inferred.remove(OWL2.NamedIndividual.asNode());
        Set<String> names = new HashSet<>();
        stated.removeIf(t -> !names.add(labels.of(t).toLowerCase(Locale.ROOT)));
        inferred.removeIf(t -> !names.add(labels.of(t).toLowerCase(Locale.ROOT)));
        if (stated.isEmpty() && inferred.isEmpty())
            return;
        b.append("<p class=\"types\">");
        if (!stated.isEmpty()) {
            b.append("<span class=\"visually-hidden\">Types: </span>");
            for (Node t : stated)
                b.append("<span class=\"type\">").append(Claims.value(t, labels, links)).append("</span> ");
        }
        if (!inferred.isEmpty()) {
            b.append("<span class=\"inferred-types\">also ");
            int i = 0;
            for (Node t : inferred)
                b.append(i++ > 0 ? ", " : "").append(Claims.value(t, labels, links));
            b.append("</span>");
        }
        b.append("</p>\n");
    }

    private static void claimGroups(StringBuilder b, String id, String title, List<Claim> claims, boolean outgoing,
                                    Labels labels, Links links) {
        if (claims.isEmpty())
            return;
        Map<Node, List<Claim>> byPredicate = new LinkedHashMap<>();
        for (Claim c : claims)
            byPredicate.computeIfAbsent(c.predicate, k -> new ArrayList<>()).add(c);
        List<Node> predicates = new ArrayList<>(byPredicate.keySet());
        predicates.sort(Comparator.comparing(p -> labels.of(p).toLowerCase(Locale.ROOT)));
        b.append("<section class=\"statements\" aria-labelledby=\"h-").append(id).append("\"><h2 id=\"h-").append(id).append("\">")
         .append(esc(title)).append("</h2>\n");
        for (Node p : predicates) {
            List<Claim> group = byPredicate.get(p);
            group.sort(Comparator.comparing((Claim c) -> labels.of(outgoing ? c.object : c.subject).toLowerCase(Locale.ROOT)));
            b.append("<section class=\"relation\"><h3>");
            if (!outgoing)
                b.append("<span class=\"direction\">is the object of </span>");
            b.append(Claims.value(p, labels, links)).append("</h3><ul class=\"claims\">");
            for (Claim c : group)
                b.append(Claims.item(c, outgoing ? c.object : c.subject, labels, links));
            b.append("</ul></section>\n");
        }
        b.append("</section>\n");
    }

    /** Relations that are not statements of an article: from the entity list, links, inferences. */
    private static void relations(StringBuilder b, List<Binding> triples, Node node, boolean isStatement, Set<Triple> stated,
                                  Labels labels, Links links, DatasetGraph dsg) {
        Map<Node, Set<Node>> out = new LinkedHashMap<>(), in = new LinkedHashMap<>();
        Map<Triple, Boolean> onlyInferred = new LinkedHashMap<>();
        for (Binding t : triples) {
            Node p = t.get("p"), other = t.get("other");
            boolean isOut = out(t);
            if (isOut && (NAME_OR_KIND.contains(p) || (isStatement && STATEMENT_PARTS.contains(p))))
                continue;
            if (!isOut && PLUMBING_IN.contains(p))
                continue;
            Triple triple = isOut ? Triple.create(node, p, other) : Triple.create(other, p, node);
            if (stated.contains(triple))
                continue;
            boolean inferred = INFERRED.equals(t.get("g"));
            onlyInferred.merge(triple, inferred, Boolean::logicalAnd);
            (isOut ? out : in).computeIfAbsent(p, k -> new LinkedHashSet<>()).add(other);
        }
        relationList(b, "more", "More about " + labels.of(node), out, node, true, onlyInferred, labels, links, dsg);
        relationList(b, "incoming", "Linked from (what points to " + labels.of(node) + ")", in, node, false, onlyInferred, labels, links, dsg);
    }

    private static void relationList(StringBuilder b, String id, String title, Map<Node, Set<Node>> groups, Node node, boolean out,
                                     Map<Triple, Boolean> onlyInferred, Labels labels, Links links, DatasetGraph dsg) {
        if (groups.isEmpty())
            return;
        b.append("<section class=\"relations\" aria-labelledby=\"h-").append(id).append("\"><h2 id=\"h-").append(id).append("\">")
         .append(esc(title)).append("</h2>\n<dl>");
        List<Node> predicates = new ArrayList<>(groups.keySet());
        predicates.sort(Comparator.comparing(p -> labels.of(p).toLowerCase(Locale.ROOT)));
        for (Node p : predicates) {
            List<Node> values = new ArrayList<>(groups.get(p));
            values.sort(Comparator.comparing(v -> labels.of(v).toLowerCase(Locale.ROOT)));
            b.append("<dt>").append(out ? "" : "<span class=\"direction\" title=\"incoming\">← </span>")
             .append(Claims.value(p, labels, links)).append("</dt>");
            int shown = 0;
            for (Node v : values) {
                if (shown++ == MAX_PER_GROUP) {
                    b.append("<dd class=\"more\">and ").append(values.size() - MAX_PER_GROUP).append(" more</dd>");
                    break;
                }
                b.append("<dd>").append(describe(v, labels, links, dsg));
                Triple t = out ? Triple.create(node, p, v) : Triple.create(v, p, node);
                if (Boolean.TRUE.equals(onlyInferred.get(t)))
                    b.append(" <span class=\"inferred\">(inferred)</span>");
                b.append("</dd>");
            }
        }
        b.append("</dl></section>\n");
    }

    /** A statement node is shown as what it states; anything else by its name. */
    private static String describe(Node v, Labels labels, Links links, DatasetGraph dsg) {
        if (v.isURI() && dsg.getUnionGraph().contains(v, RDF.type.asNode(), EKG.Statement) && !labels.isNamed(v)) {
            Node s = first(dsg, v, EKG.subject), p = first(dsg, v, EKG.predicate);
            Node o = first(dsg, v, EKG.object);
            if (o == null)
                o = first(dsg, v, EKG.value);
            return "<a href=\"" + esc(links.page(v)) + "\">statement</a>: " + Claims.value(s, labels, links) + " "
                    + esc(labels.of(p)) + " " + Claims.value(o, labels, links);
        }
        return Claims.value(v, labels, links);
    }

    private static Node first(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.getUnionGraph().find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static void mentions(StringBuilder b, DatasetGraph dsg, Node node, Labels labels, Links links) {
        List<Binding> rows = Queries.select(dsg, "mentions.rq", node);
        if (rows.isEmpty())
            return;
        long times = rows.stream().mapToLong(r -> Long.parseLong(r.get("times").getLiteralLexicalForm())).sum();
        b.append("<section class=\"mentions\" aria-labelledby=\"h-mentions\"><h2 id=\"h-mentions\">Mentioned in the article</h2>\n")
         .append("<p>").append(times).append(times == 1 ? " mention" : " mentions").append(", in ").append(rows.size())
         .append(rows.size() == 1 ? " sentence" : " sentences").append(":</p><ol class=\"sentences\">");
        for (Binding r : rows)
            b.append("<li><a href=\"").append(esc(links.sentence(r.get("article"), r.get("sentence")))).append("\">")
             .append(esc(shorten(r.get("text").getLiteralLexicalForm(), 220))).append("</a> <span class=\"source\">")
             .append(esc(labels.of(r.get("article")))).append("</span></li>");
        b.append("</ol></section>\n");
    }

    private static void elsewhere(StringBuilder b, DatasetGraph dsg, Node node, Labels labels) {
        List<Binding> rows = Queries.select(dsg, "links.rq", node);
        if (rows.isEmpty())
            return;
        b.append("<section class=\"links\" aria-labelledby=\"h-links\"><h2 id=\"h-links\">Elsewhere on the Web</h2><ul>");
        for (Binding r : rows) {
            String target = r.get("target").getURI();
            b.append("<li><a rel=\"external\" href=\"").append(esc(target)).append("\">").append(esc(site(target)))
             .append("</a> <span class=\"link-kind\">").append(esc(labels.of(r.get("p")))).append("</span> <code>")
             .append(esc(target)).append("</code></li>");
        }
        b.append("</ul></section>\n");
    }

    static String site(String iri) {
        if (iri.contains("wikidata.org")) return "Wikidata";
        if (iri.contains("dbpedia.org")) return "DBpedia";
        if (iri.contains("geonames.org")) return "GeoNames";
        int start = iri.indexOf("://");
        int end = iri.indexOf('/', start + 3);
        return start < 0 ? iri : iri.substring(start + 3, end < 0 ? iri.length() : end);
    }

    private static void data(StringBuilder b, Node node, Links links) {
        b.append("<section class=\"data\" aria-labelledby=\"h-data\"><h2 id=\"h-data\">The data</h2><p>This description as ");
        int i = 0;
        for (Negotiation.Format f : Negotiation.RDF)
            b.append(i++ > 0 ? ", " : "").append("<a href=\"").append(esc(links.data(node, f.extension))).append("\" type=\"")
             .append(f.mediaType).append("\">").append(f.name().equals("JSONLD") ? "JSON-LD" : f.name().equals("RDFXML") ? "RDF/XML"
                     : f.name().equals("NTRIPLES") ? "N-Triples" : "Turtle").append("</a>");
        b.append(".</p></section>\n");
    }

    static String alternates(Node node, Links links) {
        StringBuilder b = new StringBuilder();
        for (Negotiation.Format f : Negotiation.RDF)
            b.append("<link rel=\"alternate\" type=\"").append(f.mediaType).append("\" href=\"")
             .append(esc(links.data(node, f.extension))).append("\">\n");
        return b.toString();
    }

    private static boolean out(Binding t) {
        return "out".equals(t.get("dir").getLiteralLexicalForm());
    }

    private static List<String> literals(List<Binding> triples, Node p) {
        List<String> values = new ArrayList<>();
        for (Binding t : triples)
            if (out(t) && t.get("p").equals(p) && t.get("other").isLiteral()) {
                String v = t.get("other").getLiteralLexicalForm();
                if (!values.contains(v))
                    values.add(v);
            }
        return values;
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
