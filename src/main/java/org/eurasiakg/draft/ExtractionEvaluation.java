package org.eurasiakg.draft;

import static org.eurasiakg.vocab.EKG.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.draft.Draft.Candidate;
import org.eurasiakg.draft.Draft.Kind;
import org.eurasiakg.draft.Draft.Mention;
import org.eurasiakg.draft.Draft.Proposal;
import org.eurasiakg.draft.Draft.Sentence;
import org.eurasiakg.draft.Draft.Value;
import org.eurasiakg.ingest.ArticleText;
import org.eurasiakg.ingest.InputException;
import org.eurasiakg.ingest.MentionAnnotator;
import org.eurasiakg.ingest.Sources;

/**
 * Drafts every article of a project that has a hand-made statements file, as if unseen, and
 * compares the draft with the hand model: mentions of known entities (against the build's
 * mentions), names of new entities (against the entities only that article names), statements
 * (same subject, predicate, object or value; evidence in the same sentence), dates, durations
 * and quantities. Only the article's content counts (not the page chrome its metadata marks).
 */
public final class ExtractionEvaluation {
    private ExtractionEvaluation() {}

    /** {@code goldMatched} of {@code gold} hand-made items were found; {@code foundMatched} of {@code found} proposed items are right. */
    public record Score(int gold, int found, int goldMatched, int foundMatched) {
        public double recall() { return gold == 0 ? Double.NaN : (double) goldMatched / gold; }
        public double precision() { return found == 0 ? Double.NaN : (double) foundMatched / found; }
    }

    public record TextResult(String slug, int words, int sentences, Score mentions, Score newNames, Score statements,
                             Score alignedStatements, Score dates, Score durations, Score quantities) {}

    private record Span(int start, int end) {
        boolean overlaps(int s, int e) { return start < e && s < end; }
    }

    private record Gold(String slug, ArticleText text, Graph statements, List<Mention> mentions) {}

    private static final Set<Node> BOUNDS = Set.of(ekg("exactValue"), ekg("minInclusive"), ekg("minExclusive"),
            ekg("maxInclusive"), ekg("maxExclusive"));

    public static List<TextResult> run(Path project) {
        Sources sources = Sources.find(project);
        ProjectLexicon lexicons = ProjectLexicon.load(project);
        MentionAnnotator annotator = new MentionAnnotator(lexicons.entities());
        List<Gold> golds = new ArrayList<>();
        for (Path meta : sources.articles()) {
            Path statements = Sources.statementsOf(meta);
            if (!Files.exists(statements)) continue;
            Graph metadata = read(meta);
            Node article = metadata.find(null, RDF.type.asNode(), Article).next().getSubject();
            ArticleText text = textAsBuilt(meta, metadata, article);
            Graph annotated = GraphFactory.createDefaultGraph();
            annotator.annotate(annotated, article, text);
            golds.add(new Gold(Sources.slugOf(meta), text, read(statements), mentions(annotated, text.text())));
        }
        if (golds.isEmpty())
            throw new InputException(project.resolve("seeds"), "no article with a statements file to measure the draft against");
        List<TextResult> out = new ArrayList<>();
        for (Gold g : golds)
            out.add(measure(g, golds, lexicons));
        return out;
    }

    private static TextResult measure(Gold gold, List<Gold> all, ProjectLexicon lexicons) {
        String text = gold.text.text();
        int end = gold.text.contentEnd();
        Draft draft = new Drafter(lexicons.lexicon()).draft(gold.slug, text);

        List<Mention> found = draft.mentions().stream().filter(m -> m.end() <= end).toList();
        Score mentions = score(gold.mentions, found, (g, f) -> g.start() == f.start() && g.end() == f.end() && g.entity().equals(f.entity()));

        // entities that only this article names are the ones it introduced: the draft reads it without them
        Set<Node> elsewhere = new HashSet<>();
        for (Gold other : all)
            if (other != gold) other.mentions.forEach(m -> elsewhere.add(m.entity()));
        Set<Node> introduced = new HashSet<>();
        gold.mentions.forEach(m -> { if (!elsewhere.contains(m.entity())) introduced.add(m.entity()); });
        Draft unseen = new Drafter(lexicons.lexicon(e -> !introduced.contains(e))).draft(gold.slug, text);
        List<Candidate> names = DraftTurtle.names(unseen).stream()
                .filter(c -> c.mentions().stream().anyMatch(m -> m.end() <= end)).toList();
        int namesFound = (int) introduced.stream().filter(e -> names.stream().anyMatch(c -> overlapsMentionOf(c, e, gold.mentions))).count();
        int namesRight = (int) names.stream().filter(c -> introduced.stream().anyMatch(e -> overlapsMentionOf(c, e, gold.mentions))).count();
        Score newNames = new Score(introduced.size(), names.size(), namesFound, namesRight);

        List<GoldClaim> claims = claims(gold);
        List<Proposal> proposals = draft.proposals().stream().filter(p -> p.quoteEnd() <= end).toList();
        Map<Integer, Sentence> sentences = new HashMap<>();
        draft.sentences().forEach(s -> sentences.put(s.index(), s));
        Match<GoldClaim, Proposal> sameClaim = (c, p) -> c.s.equals(p.subject()) && c.p.equals(p.predicate())
                && same(c.o, p.object() != null ? p.object() : p.value())
                && c.evidence.stream().anyMatch(sp -> sp.overlaps(sentences.get(p.sentence()).start(), sentences.get(p.sentence()).end()));
        Score statements = score(claims, proposals, sameClaim);
        Set<Node> placeholders = new HashSet<>();
        draft.candidates().stream().filter(c -> c.mentions().isEmpty()).forEach(c -> placeholders.add(c.iri()));
        Map<Node, Node> alignment = align(claims, proposals, placeholders, sameClaim);
        Score aligned = score(claims, proposals.stream().map(p -> rename(p, alignment)).toList(), sameClaim);

        List<Value> values = draft.values().stream().filter(v -> v.end() <= end).toList();
        Score dates = valueScore(claims, values, Kind.DATE, c -> isDate(c.o));
        Score durations = valueScore(claims, values, Kind.DURATION, c -> c.o.isLiteral() && XSDDatatype.XSDduration.getURI().equals(c.o.getLiteralDatatypeURI()));
        Score quantities = score(claims.stream().filter(c -> BOUNDS.contains(c.p)).toList(),
                values.stream().filter(v -> v.kind() == Kind.NUMBER).toList(),
                (c, v) -> same(c.o, v.literal()) && c.p.equals(v.bound() == null ? ekg("exactValue") : v.bound())
                        && c.evidence.stream().anyMatch(sp -> sp.overlaps(v.start(), v.end())));
        int words = text.substring(0, end).trim().split("\\s+").length;
        return new TextResult(gold.slug, words, (int) draft.sentences().stream().filter(s -> s.end() <= end).count(),
                mentions, newNames, statements, aligned, dates, durations, quantities);
    }

    /**
     * The events and quantities a draft proposes have placeholder IRIs: each is paired with the
     * hand model's node that shares most of its statements (one to one, best pairs first), as
     * event-extraction evaluations pair system and reference events before they compare roles.
     */
    private static Map<Node, Node> align(List<GoldClaim> claims, List<Proposal> proposals, Set<Node> placeholders,
                                         Match<GoldClaim, Proposal> sameClaim) {
        record Pair(Node draft, Node gold, int shared) {}
        Set<Node> goldNodes = new HashSet<>();
        claims.forEach(c -> goldNodes.add(c.s));
        List<Pair> pairs = new ArrayList<>();
        for (Node d : placeholders)
            for (Node g : goldNodes) {
                Map<Node, Node> one = Map.of(d, g);
                int shared = (int) proposals.stream().filter(p -> p.subject().equals(d))
                        .filter(p -> claims.stream().anyMatch(c -> sameClaim.test(c, rename(p, one)))).count();
                if (shared > 0) pairs.add(new Pair(d, g, shared));
            }
        pairs.sort((a, b) -> b.shared - a.shared);
        Map<Node, Node> out = new HashMap<>();
        Set<Node> taken = new HashSet<>();
        for (Pair p : pairs)
            if (!out.containsKey(p.draft) && !taken.contains(p.gold)) {
                out.put(p.draft, p.gold);
                taken.add(p.gold);
            }
        return out;
    }

    private static Proposal rename(Proposal p, Map<Node, Node> names) {
        return new Proposal(names.getOrDefault(p.subject(), p.subject()), p.predicate(),
                p.object() == null ? null : names.getOrDefault(p.object(), p.object()), p.value(), p.status(), p.assertedBy(),
                p.quoteStart(), p.quoteEnd(), p.sentence(), p.confidence());
    }

    private static boolean overlapsMentionOf(Candidate c, Node entity, List<Mention> gold) {
        return gold.stream().anyMatch(g -> g.entity().equals(entity)
                && c.mentions().stream().anyMatch(m -> m.start() < g.end() && g.start() < m.end()));
    }

    private static Score valueScore(List<GoldClaim> claims, List<Value> values, Kind kind, java.util.function.Predicate<GoldClaim> which) {
        return score(claims.stream().filter(which).toList(), values.stream().filter(v -> v.kind() == kind).toList(),
                (c, v) -> same(c.o, v.literal()) && c.evidence.stream().anyMatch(sp -> sp.overlaps(v.start(), v.end())));
    }

    private interface Match<G, F> { boolean test(G gold, F found); }

    private static <G, F> Score score(List<G> gold, List<F> found, Match<G, F> match) {
        int g = (int) gold.stream().filter(x -> found.stream().anyMatch(f -> match.test(x, f))).count();
        int f = (int) found.stream().filter(x -> gold.stream().anyMatch(y -> match.test(y, x))).count();
        return new Score(gold.size(), found.size(), g, f);
    }

    private record GoldClaim(Node s, Node p, Node o, List<Span> evidence) {}

    /** The hand model's statements, each with the places its quotes occupy in the text. */
    private static List<GoldClaim> claims(Gold gold) {
        List<GoldClaim> out = new ArrayList<>();
        Graph g = gold.statements;
        for (Triple t : g.find(null, RDF.type.asNode(), Statement).toList()) {
            Node st = t.getSubject();
            Node s = one(g, st, subject), p = one(g, st, predicate), o = one(g, st, object);
            if (o == null) o = one(g, st, value);
            if (s == null || p == null || o == null) continue;
            List<Span> spans = new ArrayList<>();
            for (Triple q : g.find(st, quote, null).toList()) {
                String exact = q.getObject().getLiteralLexicalForm();
                for (int at : gold.text.occurrences(exact))
                    spans.add(new Span(at, at + exact.length()));
            }
            out.add(new GoldClaim(s, p, o, spans));
        }
        return out;
    }

    private static boolean isDate(Node o) {
        if (!o.isLiteral()) return false;
        String dt = o.getLiteralDatatypeURI();
        return XSDDatatype.XSDgYear.getURI().equals(dt) || XSDDatatype.XSDgYearMonth.getURI().equals(dt) || XSDDatatype.XSDdate.getURI().equals(dt);
    }

    private static boolean same(Node a, Node b) {
        return a.equals(b) || a.isLiteral() && b.isLiteral() && a.sameValueAs(b);
    }

    private static List<Mention> mentions(Graph annotated, String text) {
        List<Mention> out = new ArrayList<>();
        for (Triple t : annotated.find(null, itsTaIdentRef, null).toList()) {
            int b = ((Number) one(annotated, t.getSubject(), nifBeginIndex).getLiteralValue()).intValue();
            int e = ((Number) one(annotated, t.getSubject(), nifEndIndex).getLiteralValue()).intValue();
            out.add(new Mention(t.getObject(), text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e), "build"));
        }
        return out;
    }

    /** The article's text segmented as the build segments it, from what its metadata says of it. */
    private static ArticleText textAsBuilt(Path meta, Graph metadata, Node article) {
        Node file = one(metadata, article, textFile), byline = one(metadata, article, bylineText),
                chrome = one(metadata, article, pageChromeStartsWith);
        Path text = meta.resolveSibling(file.getLiteralLexicalForm());
        return ArticleText.read(text, text, byline == null ? null : byline.getLiteralLexicalForm(),
                chrome == null ? null : chrome.getLiteralLexicalForm(),
                !metadata.contains(article, textHasTitleLine, NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean)));
    }

    private static Graph read(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFDataMgr.read(g, file.toString());
        return g;
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, null).toList();
        return ts.isEmpty() ? null : ts.get(0).getObject();
    }

    private static Node ekg(String local) { return NodeFactory.createURI(NS + local); }
}
