package org.eurasiakg.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.eurasiakg.vocab.Prefixes;

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
    /** Links to other sources: shown under "Elsewhere on the Web" with their own kind. */
    private static final Set<Node> LINKS = Set.of(OWL2.sameAs.asNode(), SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode());
    /** How a statement node is tied to its parts and its evidence: shown as the statement, not as relations. */
    private static final Set<Node> STATEMENT_PARTS = Set.of(EKG.subject, EKG.predicate, EKG.object, EKG.value,
            EKG.evidence, EKG.assertedBy, EKG.reportedIn, ekg("epistemicStatus"), ekg("context"), ekg("asOf"));
    /** Incoming links from the text's plumbing (mentions) are shown as "mentioned in". */
    private static final Set<Node> PLUMBING_IN = Set.of(EKG.itsTaIdentRef, EKG.subject, EKG.object, EKG.assertedBy);

    private EntityPage() {}

    private static Node ekg(String local) { return NodeFactory.createURI(EKG.NS + local); }

    /** Statements about the resource under one relation; {@code id} is the anchor the diagram's "+N more" links to. */
    record ClaimGroup(String id, Value predicate, boolean incoming, List<ClaimView> claims) {}
    record ClaimSection(String id, String title, List<ClaimGroup> groups) {}
    /** A related resource, or a statement shown as what it states; {@code inferred} when only the reasoner says so. */
    record Related(Value value, String statementHref, ClaimView.Summary statement, boolean inferred, String kind) {}
    record RelationGroup(String id, Value predicate, boolean incoming, List<Related> values, int more) {}
    record RelationSection(String id, String title, List<RelationGroup> groups) {}
    record Mention(String text, String href) {}
    /** The sentences of one article that mention the resource. */
    record MentionGroup(Value article, List<Mention> sentences) {}
    /** A link to an external source, with where it was confirmed (null when the record names no repository). */
    record WebLink(String site, String href, String kind, String confirmedAt) {}
    /** How many statements one article makes about the resource, and of which kind. */
    record ArticleShare(Value article, long statements, long facts, long assessments) {}
    /** What the build found comparing the articles on the resource: one comparison and the articles it compares. */
    record ComparisonItem(String label, List<Value> articles) {}
    record ComparisonGroup(String kind, List<ComparisonItem> items) {}
    /** An entry of the contents list: a section of the page. */
    record Part(String id, String title) {}
    record View(Links links, String name, String iri, List<Value> types, List<Value> inferredTypes, List<String> alsoCalled,
                List<String> descriptions, List<Part> contents, ClaimView itself, Diagram.View diagram,
                List<ClaimSection> claimSections, List<ClaimView> asserted, List<RelationSection> relations,
                long mentionCount, int mentionSentences, List<MentionGroup> mentions, List<WebLink> elsewhere,
                List<Alternate> alternates, List<String> classificationKinds,
                 List<ArticleShare> byArticle, List<ComparisonGroup> compared) {}

    /** A page with this many sections or more starts with a list of them. */
    static final int CONTENTS_FROM = 4;

    static String render(DatasetGraph dsg, Node node, Links links) {
        Labels labels = new Labels(dsg.getUnionGraph());
        List<Binding> triples = Queries.select(dsg, "triples.rq", node);
        Map<Node, String> kinds = kinds(dsg);
        List<Claim> claims = Claims.about(dsg, node);
        Claim itself = claims.stream().filter(c -> c.statement.equals(node)).findFirst().orElse(null);
        String name = itself != null && !labels.isNamed(node) ? statementTitle(itself, labels) : labels.of(node);

        Set<Node> stated = new LinkedHashSet<>(), inferred = new LinkedHashSet<>();
        types(triples, labels, stated, inferred);
        List<String> descriptions = new ArrayList<>();
        for (Node p : List.of(SKOS.definition.asNode(), DCTerms.description.asNode(), RDFS.comment.asNode()))
            descriptions.addAll(literals(triples, p));

        // statements with this resource as subject, then as object, then claims it makes
        Set<Triple> statedTriples = new HashSet<>();
        for (Claim c : claims)
            if (c.subject != null && c.predicate != null && c.object != null)
                statedTriples.add(Triple.create(c.subject, c.predicate, c.object));
        Map<String, String> anchors = new HashMap<>();
        List<ClaimSection> sections = new ArrayList<>();
        claimSection(sections, "says", "What the articles say about " + name,
                claims.stream().filter(c -> node.equals(c.subject) && c != itself).toList(), true, labels, links, anchors);
        claimSection(sections, "says-in", "What the articles say of others and " + name,
                claims.stream().filter(c -> node.equals(c.object) && !node.equals(c.subject)).toList(), false, labels, links, anchors);
        List<ClaimView> asserted = claims.stream().filter(c -> c.asserters.contains(node) && !node.equals(c.author))
                .map(c -> Claims.view(c, labels, links)).toList();
        List<RelationSection> relations = relations(triples, node, itself != null, statedTriples, labels, links, dsg, anchors,
                kinds);

        List<Binding> mentionRows = Queries.select(dsg, "mentions.rq", node);
        long times = mentionRows.stream().mapToLong(r -> Long.parseLong(r.get("times").getLiteralLexicalForm())).sum();
        Map<Node, List<Mention>> byArticle = new LinkedHashMap<>();
        for (Binding r : mentionRows)
            byArticle.computeIfAbsent(r.get("article"), a -> new ArrayList<>()).add(new Mention(
                    shorten(r.get("text").getLiteralLexicalForm(), 220), links.sentence(r.get("article"), r.get("sentence"))));
        List<MentionGroup> mentions = new ArrayList<>();
        byArticle.forEach((article, sentences) -> mentions.add(new MentionGroup(Value.of(article, labels, links), sentences)));
        List<WebLink> elsewhere = new ArrayList<>();
        for (Binding r : Queries.select(dsg, "links.rq", node)) {
            String target = r.get("target").getURI();
            Node source = r.get("source");
            elsewhere.add(new WebLink(site(target), target, labels.of(r.get("p")), source == null ? null : source.getURI()));
        }
        Diagram.View diagram = Diagram.of(dsg, node, labels, links, anchors);

        List<ArticleShare> shares = byArticle(dsg, node, labels, links);
        List<ComparisonGroup> compared = compared(dsg, node, labels, links);
        List<Part> contents = new ArrayList<>();
        if (itself != null)
            contents.add(new Part("h-statement", "The statement"));
        if (diagram != null)
            contents.add(new Part("h-picture", "Around " + name));
        if (!shares.isEmpty())
            contents.add(new Part("h-by-article", "What each article says"));
        if (!compared.isEmpty())
            contents.add(new Part("h-compared", "Where the articles agree or disagree"));
        for (ClaimSection c : sections)
            contents.add(new Part("h-" + c.id(), c.title()));
        if (!asserted.isEmpty())
            contents.add(new Part("h-asserted", "Claims the articles attribute to " + name));
        for (RelationSection r : relations)
            contents.add(new Part("h-" + r.id(), r.title()));
        if (!mentions.isEmpty())
            contents.add(new Part("h-mentions", "Mentioned in the articles"));
        if (!elsewhere.isEmpty())
            contents.add(new Part("h-links", "Elsewhere on the Web"));
        contents.add(new Part("h-data", "The data"));

        View view = new View(links, name, node.getURI(), typeNames(stated, labels, links), typeNames(inferred, labels, links),
                literals(triples, SKOS.altLabel.asNode()), descriptions, contents.size() >= CONTENTS_FROM ? contents : List.of(),
                itself == null ? null : Claims.view(itself, labels, links), diagram, sections, asserted, relations,
                times, mentionRows.size(), mentions, elsewhere, Alternate.of(node, links), classificationKinds(triples, kinds),
                shares, compared);
        return Templates.render("entity", view);
    }

    /** Each named graph's provenance kind, in words: article, external source, editorial, derived. */
    static Map<Node, String> kinds(DatasetGraph dsg) {
        Map<Node, String> kinds = new LinkedHashMap<>();
        for (Binding r : Queries.select(dsg, "graph-kinds.rq")) {
            String kind = kindName(r.get("kind"));
            if (kind != null)
                kinds.merge(r.get("g"), kind, (a, b) -> a);
        }
        return kinds;
    }

    private static String kindName(Node kind) {
        if (kind.equals(EKG.ArticleGraph)) return "article";
        if (kind.equals(EKG.ExternalSourceGraph)) return "external source";
        if (kind.equals(EKG.EditorialGraph) || kind.equals(EKG.VocabularyGraph)) return "editorial";
        if (kind.equals(EKG.DerivedGraph)) return "derived";
        return null;
    }

    /** The kinds of the triples that give the resource's types, names and description. */
    private static List<String> classificationKinds(List<Binding> triples, Map<Node, String> kinds) {
        Set<String> found = new LinkedHashSet<>();
        for (Binding t : triples)
            if (out(t) && NAME_OR_KIND.contains(t.get("p")) && !LINKS.contains(t.get("p"))
                    && !INFERRED.equals(t.get("g")) && kinds.containsKey(t.get("g")))
                found.add(kinds.get(t.get("g")));
        return List.copyOf(found);
    }

    /** "CSTO — has member — Armenia (reported fact)": a statement named by what it states. */
    static String statementTitle(Claim c, Labels labels) {
        String title = labels.of(c.subject) + " — " + labels.of(c.predicate) + " — " + labels.of(c.object);
        return c.status == null ? title : title + " (" + labels.of(c.status) + ")";
    }

    /** Type names a reader can tell apart: the prefixed name where two types have one name. */
    private static List<Value> typeNames(Set<Node> types, Labels labels, Links links) {
        Map<String, Long> count = new HashMap<>();
        for (Node t : types)
            count.merge(labels.of(t).toLowerCase(Locale.ROOT), 1L, Long::sum);
        List<Value> names = new ArrayList<>();
        for (Node t : types) {
            Value v = Value.of(t, labels, links);
            names.add(count.get(labels.of(t).toLowerCase(Locale.ROOT)) > 1 && t.isURI()
                    ? new Value(v.kind(), Prefixes.ALL.shortForm(t.getURI()), v.href(), v.datetime()) : v);
        }
        return names;
    }

    private static List<ArticleShare> byArticle(DatasetGraph dsg, Node node, Labels labels, Links links) {
        List<ArticleShare> shares = new ArrayList<>();
        for (Binding r : Queries.select(dsg, "entity-articles.rq", node)) {
            Node article = r.get("article");
            String title = r.get("title") != null ? r.get("title").getLiteralLexicalForm() : labels.of(article);
            shares.add(new ArticleShare(Value.link(title, links.page(article)), count(r, "statements"), count(r, "facts"),
                    count(r, "assessments")));
        }
        return shares;
    }

    private static List<ComparisonGroup> compared(DatasetGraph dsg, Node node, Labels labels, Links links) {
        Map<String, Map<Node, List<Value>>> byKind = new LinkedHashMap<>();
        Map<Node, String> names = new LinkedHashMap<>();
        for (Binding r : Queries.select(dsg, "entity-comparisons.rq", node)) {
            Node comparison = r.get("comparison"), article = r.get("article");
            names.put(comparison, r.get("label").getLiteralLexicalForm());
            byKind.computeIfAbsent(ArticlesPage.capital(labels.of(r.get("kind"))), k -> new LinkedHashMap<>())
                    .computeIfAbsent(comparison, k -> new ArrayList<>()).add(Value.of(article, labels, links));
        }
        List<ComparisonGroup> groups = new ArrayList<>();
        byKind.forEach((kind, comparisons) -> groups.add(new ComparisonGroup(kind, comparisons.entrySet().stream()
                .map(e -> new ComparisonItem(names.get(e.getKey()), e.getValue())).toList())));
        return groups;
    }

    private static long count(Binding r, String var) {
        return r.get(var) == null ? 0 : Long.parseLong(r.get(var).getLiteralLexicalForm());
    }

    private static List<Value> values(Set<Node> nodes, Labels labels, Links links) {
        return nodes.stream().map(n -> Value.of(n, labels, links)).toList();
    }

    private static void types(List<Binding> triples, Labels labels, Set<Node> stated, Set<Node> inferred) {
        for (Binding t : triples)
            if (out(t) && t.get("p").equals(RDF.type.asNode()))
                (INFERRED.equals(t.get("g")) ? inferred : stated).add(t.get("other"));
        inferred.removeAll(stated);
        // owl:NamedIndividual says nothing to a reader; another vocabulary's class that ours aligns to
        // (prov:Organization under ekg:Organisation) belongs on the ontology's page, not on every entity's
        stated.remove(OWL2.NamedIndividual.asNode());
        inferred.remove(OWL2.NamedIndividual.asNode());
        boolean ours = stated.stream().anyMatch(EntityPage::isOurs) || inferred.stream().anyMatch(EntityPage::isOurs);
        if (ours) {
            stated.removeIf(t -> !isOurs(t));
            inferred.removeIf(t -> !isOurs(t));
        }
        Set<String> names = new HashSet<>();
        stated.removeIf(t -> !names.add(labels.of(t).toLowerCase(Locale.ROOT)));
        inferred.removeIf(t -> !names.add(labels.of(t).toLowerCase(Locale.ROOT)));
    }

    private static boolean isOurs(Node type) {
        return type.isURI() && type.getURI().startsWith(EKG.NS);
    }

    private static void claimSection(List<ClaimSection> sections, String id, String title, List<Claim> claims, boolean outgoing,
                                     Labels labels, Links links, Map<String, String> anchors) {
        if (claims.isEmpty())
            return;
        Map<Node, List<Claim>> byPredicate = new LinkedHashMap<>();
        for (Claim c : claims)
            byPredicate.computeIfAbsent(c.predicate, k -> new ArrayList<>()).add(c);
        List<Node> predicates = new ArrayList<>(byPredicate.keySet());
        predicates.sort(Comparator.comparing(p -> labels.of(p).toLowerCase(Locale.ROOT)));
        List<ClaimGroup> groups = new ArrayList<>();
        for (Node p : predicates) {
            List<Claim> group = byPredicate.get(p);
            group.sort(Comparator.comparing((Claim c) -> labels.of(outgoing ? c.object : c.subject).toLowerCase(Locale.ROOT)));
            String anchor = anchor(id, p);
            anchors.putIfAbsent((outgoing ? "out " : "in ") + p.getURI(), anchor);
            groups.add(new ClaimGroup(anchor, Value.of(p, labels, links), !outgoing, Claims.views(group, outgoing, labels, links)));
        }
        sections.add(new ClaimSection(id, title, groups));
    }

    /** Relations that are not statements of an article: from the entity list, links, inferences. */
    /** A section's anchor for one relation: "says-hasMember". */
    private static String anchor(String section, Node p) {
        return section + "-" + Labels.localName(p).replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static List<RelationSection> relations(List<Binding> triples, Node node, boolean isStatement, Set<Triple> stated,
                                                   Labels labels, Links links, DatasetGraph dsg, Map<String, String> anchors,
                                                   Map<Node, String> kinds) {
        Map<Node, Set<Node>> out = new LinkedHashMap<>(), in = new LinkedHashMap<>();
        Map<Triple, Boolean> onlyInferred = new LinkedHashMap<>();
        Map<Triple, Set<String>> tripleKinds = new LinkedHashMap<>();
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
            tripleKinds.computeIfAbsent(triple, k -> new LinkedHashSet<>()).add(kinds.getOrDefault(t.get("g"), "derived"));
            (isOut ? out : in).computeIfAbsent(p, k -> new LinkedHashSet<>()).add(other);
        }
        List<RelationSection> sections = new ArrayList<>();
        relationSection(sections, "more", "More about " + labels.of(node), out, node, true, onlyInferred, tripleKinds, labels, links, dsg, anchors);
        relationSection(sections, "incoming", "Linked from (what points to " + labels.of(node) + ")", in, node, false,
                onlyInferred, tripleKinds, labels, links, dsg, anchors);
        return sections;
    }

    private static void relationSection(List<RelationSection> sections, String id, String title, Map<Node, Set<Node>> groups,
                                        Node node, boolean out, Map<Triple, Boolean> onlyInferred,
                                        Map<Triple, Set<String>> tripleKinds, Labels labels, Links links, DatasetGraph dsg,
                                        Map<String, String> anchors) {
        if (groups.isEmpty())
            return;
        List<Node> predicates = new ArrayList<>(groups.keySet());
        predicates.sort(Comparator.comparing(p -> labels.of(p).toLowerCase(Locale.ROOT)));
        List<RelationGroup> list = new ArrayList<>();
        for (Node p : predicates) {
            List<Node> values = new ArrayList<>(groups.get(p));
            values.sort(Comparator.comparing(v -> labels.of(v).toLowerCase(Locale.ROOT)));
            List<Related> related = new ArrayList<>();
            for (Node v : values.subList(0, Math.min(MAX_PER_GROUP, values.size()))) {
                Triple t = out ? Triple.create(node, p, v) : Triple.create(v, p, node);
                related.add(describe(v, Boolean.TRUE.equals(onlyInferred.get(t)),
                        String.join(", ", tripleKinds.getOrDefault(t, Set.of("derived"))), labels, links, dsg));
            }
            String anchor = anchor(id, p);
            anchors.putIfAbsent((out ? "out " : "in ") + p.getURI(), anchor);
            list.add(new RelationGroup(anchor, Value.of(p, labels, links), !out, related, Math.max(0, values.size() - MAX_PER_GROUP)));
        }
        sections.add(new RelationSection(id, title, list));
    }

    /** A statement node is shown as what it states; anything else by its name. */
    private static Related describe(Node v, boolean inferred, String kind, Labels labels, Links links, DatasetGraph dsg) {
        if (v.isURI() && dsg.getUnionGraph().contains(v, RDF.type.asNode(), EKG.Statement) && !labels.isNamed(v)) {
            Node s = first(dsg, v, EKG.subject), p = first(dsg, v, EKG.predicate);
            Node o = first(dsg, v, EKG.object);
            if (o == null)
                o = first(dsg, v, EKG.value);
            return new Related(null, links.page(v),
                    new ClaimView.Summary(Value.of(s, labels, links), labels.of(p), Value.of(o, labels, links)), inferred, kind);
        }
        return new Related(Value.of(v, labels, links), null, null, inferred, kind);
    }

    private static Node first(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.getUnionGraph().find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    static String site(String iri) {
        if (iri.contains("wikidata.org")) return "Wikidata";
        if (iri.contains("dbpedia.org")) return "DBpedia";
        if (iri.contains("geonames.org")) return "GeoNames";
        int start = iri.indexOf("://");
        int end = iri.indexOf('/', start + 3);
        return start < 0 ? iri : iri.substring(start + 3, end < 0 ? iri.length() : end);
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
