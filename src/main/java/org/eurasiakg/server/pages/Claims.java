package org.eurasiakg.server.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.vocab.EKG;

/** Statements (the article's claims) with their evidence, as {@code claims.rq} gives them, and how a page shows one. */
final class Claims {
    private Claims() {}

    /** One place in an article that supports a statement. */
    record Evidence(Node anchor, String quote, long start, Node article, Set<Node> sentences) {
        /** The first sentence the quote lies in, to scroll to. */
        Node firstSentence() {
            return sentences.stream().min(Comparator.comparingLong(s -> {
                try {
                    return Long.parseLong(Links.sentenceNumber(s));
                } catch (NumberFormatException e) {
                    return Long.MAX_VALUE;
                }
            })).orElse(null);
        }
    }

    /** A statement: subject, predicate, object or value, qualifiers, evidence. */
    static final class Claim {
        final Node statement;
        Node subject, predicate, object, status, author, asOf;
        final Set<Node> asserters = new LinkedHashSet<>();
        final Set<Node> contexts = new LinkedHashSet<>();
        final Map<Node, Evidence> evidence = new LinkedHashMap<>();

        Claim(Node statement) { this.statement = statement; }

        /** Attributed to someone other than the article's author: the article reports it, it does not vouch for it. */
        boolean attributed() {
            return author != null && !asserters.isEmpty() && !asserters.contains(author);
        }

        List<Evidence> evidenceInOrder() {
            List<Evidence> list = new ArrayList<>(evidence.values());
            list.sort(Comparator.comparingLong(Evidence::start));
            return list;
        }
    }

    /**
     * The statements whose subject or object is {@code node}, those attributed to it (when it is not
     * the author of the article: an author asserts all of it), or {@code node} itself if it is one.
     */
    static List<Claim> about(DatasetGraph dsg, Node node) {
        Graph g = dsg.getUnionGraph();
        Set<Node> statements = new LinkedHashSet<>();
        g.find(Node.ANY, EKG.subject, node).forEachRemaining(t -> statements.add(t.getSubject()));
        g.find(Node.ANY, EKG.object, node).forEachRemaining(t -> statements.add(t.getSubject()));
        if (g.contains(node, RDF.type.asNode(), EKG.Statement))
            statements.add(node);
        for (Triple t : g.find(Node.ANY, EKG.assertedBy, node).toList()) {
            Node st = t.getSubject();
            boolean byTheAuthor = g.find(st, EKG.reportedIn, Node.ANY).toList().stream()
                    .anyMatch(r -> g.contains(r.getObject(), EKG.dctermsCreator, node));
            if (!byTheAuthor)
                statements.add(st);
        }
        return claims(dsg, statements);
    }

    /** These statements, with their parts, qualifiers and evidence. */
    static List<Claim> claims(DatasetGraph dsg, Collection<Node> statements) {
        Map<Node, Claim> claims = new LinkedHashMap<>();
        for (Node st : statements)
            claims.put(st, new Claim(st));
        for (Binding b : Queries.selectFor(dsg, "claims.rq", "st", statements)) {
            Node st = b.get("st");
            Claim c = claims.get(st);
            c.subject = b.get("s");
            c.predicate = b.get("p");
            if (b.get("o") != null) c.object = b.get("o");
            if (b.get("status") != null) c.status = b.get("status");
            if (b.get("author") != null) c.author = b.get("author");
            if (b.get("asOf") != null) c.asOf = b.get("asOf");
            if (b.get("asserter") != null) c.asserters.add(b.get("asserter"));
            if (b.get("context") != null) c.contexts.add(b.get("context"));
            Node anchor = b.get("anchor");
            if (anchor != null) {
                Evidence e = c.evidence.computeIfAbsent(anchor, a -> new Evidence(a,
                        b.get("exact").getLiteralLexicalForm(),
                        Long.parseLong(b.get("start").getLiteralLexicalForm()),
                        b.get("article"), new LinkedHashSet<>()));
                if (b.get("sentence") != null)
                    e.sentences().add(b.get("sentence"));
            }
        }
        // a node typed ekg:Statement without its parts is no statement to show
        claims.values().removeIf(c -> c.subject == null);
        return new ArrayList<>(claims.values());
    }

    /** One claim as a page shows it: the other end ({@code shown}) or the whole statement, qualifiers, and each quote. */
    static ClaimView view(Claim c, Node shown, Labels labels, Links links) {
        List<Value> contexts = new ArrayList<>();
        for (Node ctx : c.contexts)
            contexts.add(Value.of(ctx, labels, links));
        List<Value> asserters = new ArrayList<>();
        if (c.attributed())
            for (Node a : c.asserters)
                asserters.add(Value.of(a, labels, links));
        List<ClaimView.Quote> quotes = new ArrayList<>();
        List<Evidence> all = c.evidenceInOrder();
        for (int i = 0; i < all.size(); i++) {
            Evidence e = all.get(i);
            String occurrence = all.size() > 1
                    ? "(the article says it " + (i == 0 ? "first" : "again") + " here, " + (i + 1) + " of " + all.size() + ")" : null;
            quotes.add(new ClaimView.Quote(e.quote(), links.evidence(e.article(), e.anchor(), e.firstSentence()), occurrence));
        }
        return new ClaimView(shown == null ? null : Value.of(shown, labels, links), summary(c, labels, links),
                c.asOf == null ? null : Value.of(c.asOf, labels, links), contexts,
                c.status == null ? null : labels.of(c.status), asserters, links.page(c.statement), quotes);
    }

    /** "CSTO has member Russia", with links: the claim in one line. */
    static ClaimView.Summary summary(Claim c, Labels labels, Links links) {
        return new ClaimView.Summary(Value.of(c.subject, labels, links), labels.of(c.predicate), Value.of(c.object, labels, links));
    }
}
