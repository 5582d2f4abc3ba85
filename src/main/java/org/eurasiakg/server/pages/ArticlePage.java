package org.eurasiakg.server.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.eurasiakg.vocab.EKG;

/**
 * An article's text as the graph holds it (paragraphs, sentences, offsets), with every mention of
 * an entity as a link to its page and every quote that supports a statement marked. One evidence
 * anchor ({@code ?evidence=}) or one sentence ({@code ?sentence=}) can be highlighted; the link
 * that asks for it also scrolls to its sentence.
 */
final class ArticlePage {

    private record Sentence(Node node, long begin, long end) {}
    private record Mention(long begin, long end, Node entity) {}
    private record Statement(Node statement, Node s, Node p, Node o) {}

    private static final class Quote {
        final Node anchor;
        final long start, end;
        final List<Statement> supports = new ArrayList<>();
        Quote(Node anchor, long start, long end) { this.anchor = anchor; this.start = start; this.end = end; }
    }

    private ArticlePage() {}

    /** Text inside a sentence, inside a mark: a link to a mentioned entity ({@code href}) or plain text. */
    record Piece(String href, String title, String text) {}
    /** Text under the same quotes: {@code title} says what they support; null when no quote covers it. */
    record Marked(String title, boolean selected, List<Piece> pieces) {}
    /** Text of one sentence ({@code id} null for text outside any). */
    record SentenceText(String id, boolean highlight, List<Marked> marks) {}
    /** A paragraph: the title, the byline, the author's biography or the body. */
    record Paragraph(String id, String role, List<SentenceText> text) {}
    record Callout(String message, List<Supported> supports) {}
    record Supported(ClaimView.Summary summary, String statementHref) {}
    record Listed(ClaimView.Summary summary, String evidenceHref) {}
    record View(Links links, String title, boolean hasSelection, Callout callout, Value creator, Value publisher,
                String original, List<Paragraph> paragraphs, List<Paragraph> bio, List<Listed> supported, long statements,
                String turtle, List<Alternate> alternates) {}

    static String render(DatasetGraph dsg, Node article, String evidenceParam, String sentenceParam, Links links) {
        Labels labels = new Labels(dsg.getUnionGraph());
        List<Binding> meta = Queries.select(dsg, "article-meta.rq", article);
        Binding m = meta.isEmpty() ? null : meta.get(0);
        String title = m != null && m.get("title") != null ? m.get("title").getLiteralLexicalForm() : labels.of(article);

        List<Sentence> sentences = new ArrayList<>();
        for (Binding b : Queries.select(dsg, "article-sentences.rq", article))
            sentences.add(new Sentence(b.get("sentence"), num(b.get("begin")), num(b.get("end"))));
        List<Mention> mentions = new ArrayList<>();
        for (Binding b : Queries.select(dsg, "article-mentions.rq", article))
            mentions.add(new Mention(num(b.get("begin")), num(b.get("end")), b.get("entity")));
        Map<Node, Quote> quotes = new LinkedHashMap<>();
        for (Binding b : Queries.select(dsg, "article-evidence.rq", article)) {
            Quote q = quotes.computeIfAbsent(b.get("anchor"), a -> new Quote(a, num(b.get("start")), num(b.get("end"))));
            Statement s = new Statement(b.get("st"), b.get("s"), b.get("p"), b.get("o"));
            if (!q.supports.contains(s))
                q.supports.add(s);
        }

        Quote selected = evidenceParam == null ? null : quotes.get(Links.iriAt(evidenceParam));
        TreeSet<String> highlighted = new TreeSet<>();
        for (Sentence s : sentences)
            if ((selected != null && s.begin < selected.end && selected.start < s.end)
                    || (sentenceParam != null && Links.sentenceNumber(s.node).equals(sentenceParam)))
                highlighted.add(s.node.getURI());

        Callout callout = null;
        if (selected != null)
            callout = new Callout("The highlighted passage is the evidence for:", selected.supports.stream()
                    .map(s -> new Supported(summary(s, labels, links), links.page(s.statement))).toList());
        else if (!highlighted.isEmpty())
            callout = new Callout("The highlighted sentence is the one you came from.", List.of());
        else if (evidenceParam != null)
            callout = new Callout("That piece of evidence is not in this article.", List.of());

        List<Paragraph> paragraphs = new ArrayList<>(), bio = new ArrayList<>();
        boolean titleShown = false;
        for (Binding p : Queries.select(dsg, "article-paragraphs.rq", article)) {
            Node role = p.get("role");
            List<SentenceText> text = paragraph(p.get("text").getLiteralLexicalForm(), num(p.get("begin")), sentences, mentions,
                    quotes.values(), selected, highlighted, labels, links);
            String id = "p-" + Links.sentenceNumber(p.get("paragraph"));
            if (EKG.roleTitle.equals(role) && !titleShown) {
                paragraphs.add(new Paragraph(id, "title", text));
                titleShown = true;
            } else if (EKG.roleByline.equals(role))
                bio.add(new Paragraph(id, "byline", text));
            else if (EKG.roleAuthorBio.equals(role))
                bio.add(new Paragraph(id, "bio", text));
            else
                paragraphs.add(new Paragraph(id, "body", text));
        }

        List<Quote> ordered = new ArrayList<>(quotes.values());
        ordered.sort((x, y) -> Long.compare(x.start, y.start));
        List<Listed> supported = new ArrayList<>();
        for (Quote q : ordered) {
            Node first = sentences.stream().filter(x -> x.begin < q.end && q.start < x.end).map(Sentence::node).findFirst().orElse(null);
            for (Statement s : q.supports)
                supported.add(new Listed(summary(s, labels, links), links.evidence(article, q.anchor, first)));
        }
        long count = ordered.stream().flatMap(q -> q.supports.stream().map(Statement::statement)).distinct().count();

        View view = new View(links, title, !highlighted.isEmpty(), callout,
                m == null || m.get("creator") == null ? null : Value.of(m.get("creator"), labels, links),
                m == null || m.get("publisher") == null ? null : Value.of(m.get("publisher"), labels, links),
                m != null && m.get("source") != null && m.get("source").isURI() ? m.get("source").getURI() : null,
                paragraphs, bio, supported, count, links.data(article, "ttl"), Alternate.of(article, links));
        return Templates.render("article", view);
    }

    private static ClaimView.Summary summary(Statement s, Labels labels, Links links) {
        return new ClaimView.Summary(Value.of(s.s, labels, links), labels.of(s.p), Value.of(s.o, labels, links));
    }

    /** The paragraph's text cut into sentences, evidence marks and mention links, nested properly however they overlap. */
    private static List<SentenceText> paragraph(String text, long begin, List<Sentence> sentences, List<Mention> mentions,
                                                Iterable<Quote> quotes, Quote selected, TreeSet<String> highlighted,
                                                Labels labels, Links links) {
        int[] cps = text.codePoints().toArray();
        long end = begin + cps.length;
        TreeSet<Long> cuts = new TreeSet<>(List.of(begin, end));
        List<Sentence> inPara = new ArrayList<>();
        for (Sentence s : sentences)
            if (s.begin < end && begin < s.end) { inPara.add(s); cut(cuts, s.begin, s.end, begin, end); }
        List<Mention> ms = new ArrayList<>();
        for (Mention mn : mentions)
            if (mn.begin < end && begin < mn.end) { ms.add(mn); cut(cuts, mn.begin, mn.end, begin, end); }
        List<Quote> qs = new ArrayList<>();
        for (Quote q : quotes)
            if (q.start < end && begin < q.end) { qs.add(q); cut(cuts, q.start, q.end, begin, end); }

        List<SentenceText> out = new ArrayList<>();
        List<Marked> marks = null;
        List<Piece> pieces = null;
        Sentence openSentence = null;
        List<Quote> openQuotes = null;
        Mention openMention = null;
        Long from = null;
        for (long to : cuts) {
            if (from == null) { from = to; continue; }
            long at = from;
            Sentence s = inPara.stream().filter(x -> x.begin <= at && at < x.end).findFirst().orElse(null);
            List<Quote> covering = qs.stream().filter(q -> q.start <= at && at < q.end).toList();
            Mention mn = ms.stream().filter(x -> x.begin <= at && at < x.end).findFirst().orElse(null);
            if (marks == null || !Objects.equals(s, openSentence)) {
                boolean hi = s != null && highlighted.contains(s.node.getURI());
                marks = new ArrayList<>();
                out.add(new SentenceText(s == null ? null : Links.sentenceId(s.node), hi, marks));
                openSentence = s;
                openQuotes = null;
            }
            if (openQuotes == null || !covering.equals(openQuotes)) {
                boolean sel = selected != null && covering.contains(selected);
                pieces = new ArrayList<>();
                marks.add(new Marked(covering.isEmpty() ? null : supportTitle(covering, labels), sel, pieces));
                openQuotes = covering;
            }
            String chunk = new String(cps, (int) (from - begin), (int) (to - from));
            if (!pieces.isEmpty() && mn == openMention) {
                Piece last = pieces.get(pieces.size() - 1);
                pieces.set(pieces.size() - 1, new Piece(last.href(), last.title(), last.text() + chunk));
            } else
                pieces.add(new Piece(mn == null ? null : links.page(mn.entity), mn == null ? null : labels.of(mn.entity), chunk));
            openMention = mn;
            from = to;
        }
        return out;
    }

    private static void cut(TreeSet<Long> cuts, long start, long end, long min, long max) {
        cuts.add(Math.max(min, Math.min(max, start)));
        cuts.add(Math.max(min, Math.min(max, end)));
    }

    private static String supportTitle(List<Quote> quotes, Labels labels) {
        StringBuilder b = new StringBuilder("Evidence for: ");
        int i = 0;
        for (Quote q : quotes)
            for (Statement s : q.supports) {
                if (i++ > 0) b.append("; ");
                if (i > 6) { b.append("…"); return b.toString(); }
                b.append(labels.of(s.s)).append(' ').append(labels.of(s.p)).append(' ').append(labels.of(s.o));
            }
        return b.toString();
    }

    private static long num(Node n) {
        return Long.parseLong(n.getLiteralLexicalForm());
    }
}
