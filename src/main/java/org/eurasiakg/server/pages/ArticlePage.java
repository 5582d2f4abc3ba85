package org.eurasiakg.server.pages;

import static org.eurasiakg.server.pages.Html.esc;

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
    private record Supported(Node statement, Node s, Node p, Node o) {}

    private static final class Quote {
        final Node anchor;
        final long start, end;
        final List<Supported> supports = new ArrayList<>();
        Quote(Node anchor, long start, long end) { this.anchor = anchor; this.start = start; this.end = end; }
    }

    private ArticlePage() {}

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
            Supported s = new Supported(b.get("st"), b.get("s"), b.get("p"), b.get("o"));
            if (!q.supports.contains(s))
                q.supports.add(s);
        }

        Quote selected = evidenceParam == null ? null : quotes.get(Links.iriAt(evidenceParam));
        TreeSet<String> highlighted = new TreeSet<>();
        for (Sentence s : sentences)
            if ((selected != null && s.begin < selected.end && selected.start < s.end)
                    || (sentenceParam != null && Links.sentenceNumber(s.node).equals(sentenceParam)))
                highlighted.add(s.node.getURI());

        StringBuilder b = new StringBuilder();
        // with a passage asked for, the other quotes step back so it stands out
        b.append("<article class=\"article-text").append(highlighted.isEmpty() ? "" : " has-selection").append("\">\n");
        if (selected != null)
            callout(b, selected, labels, links);
        else if (!highlighted.isEmpty())
            b.append("<aside class=\"callout\" role=\"note\"><p>The highlighted sentence is the one you came from.</p></aside>\n");
        else if (evidenceParam != null)
            b.append("<aside class=\"callout\" role=\"note\"><p>That piece of evidence is not in this article.</p></aside>\n");

        StringBuilder bio = new StringBuilder();
        boolean titleShown = false;
        for (Binding p : Queries.select(dsg, "article-paragraphs.rq", article)) {
            Node role = p.get("role");
            String text = p.get("text").getLiteralLexicalForm();
            long begin = num(p.get("begin"));
            String inner = paragraph(text, begin, sentences, mentions, quotes.values(), selected, highlighted, labels, links);
            String id = "p-" + Links.sentenceNumber(p.get("paragraph"));
            if (EKG.roleTitle.equals(role) && !titleShown) {
                b.append("<h1 id=\"").append(id).append("\">").append(inner).append("</h1>\n");
                titleShown = true;
                byline(b, m, labels, links);
                legend(b);
            } else if (EKG.roleByline.equals(role)) {
                bio.append("<p class=\"byline\" id=\"").append(id).append("\">").append(inner).append("</p>\n");
            } else if (EKG.roleAuthorBio.equals(role)) {
                bio.append("<p id=\"").append(id).append("\">").append(inner).append("</p>\n");
            } else {
                b.append("<p id=\"").append(id).append("\">").append(inner).append("</p>\n");
            }
        }
        if (!titleShown) {
            b.insert(0, "<h1>" + esc(title) + "</h1>\n");
        }
        if (bio.length() > 0)
            b.append("<section class=\"author-bio\" aria-labelledby=\"h-author\"><h2 id=\"h-author\">About the author</h2>\n")
             .append(bio).append("</section>\n");
        statementList(b, quotes, sentences, labels, links, article);
        b.append("<section class=\"data\"><h2>The data</h2><p>The article's graph: <a href=\"")
         .append(esc(links.data(article, "ttl"))).append("\">its description in Turtle</a>.</p></section>\n");
        b.append("</article>");
        return Layout.page(links, title, EntityPage.alternates(article, links), b.toString(), null);
    }

    private static void byline(StringBuilder b, Binding m, Labels labels, Links links) {
        if (m == null)
            return;
        b.append("<p class=\"article-meta\">");
        if (m.get("creator") != null)
            b.append("By ").append(Claims.value(m.get("creator"), labels, links));
        if (m.get("publisher") != null)
            b.append(", ").append(Claims.value(m.get("publisher"), labels, links));
        if (m.get("source") != null && m.get("source").isURI())
            b.append(". <a rel=\"external\" href=\"").append(esc(m.get("source").getURI())).append("\">Original</a>");
        b.append("</p>\n");
    }

    private static void legend(StringBuilder b) {
        b.append("<p class=\"legend\">Names the graph knows are <span class=\"mention-sample\">links to their pages</span>; ")
         .append("<mark class=\"evidence\">marked passages</mark> are quotes that support statements of the graph ")
         .append("(listed at the end).</p>\n");
    }

    private static void callout(StringBuilder b, Quote q, Labels labels, Links links) {
        b.append("<aside class=\"callout\" role=\"note\" aria-labelledby=\"h-callout\"><h2 id=\"h-callout\">Highlighted evidence</h2>")
         .append("<p>The highlighted passage is the evidence for:</p><ul>");
        for (Supported s : q.supports)
            b.append("<li>").append(Claims.value(s.s, labels, links)).append(" <span class=\"predicate\">")
             .append(esc(labels.of(s.p))).append("</span> ").append(Claims.value(s.o, labels, links))
             .append(" (<a href=\"").append(esc(links.page(s.statement))).append("\">statement</a>)</li>");
        b.append("</ul></aside>\n");
    }

    /** The paragraph's text with sentence spans, evidence marks and mention links, nested properly however they overlap. */
    private static String paragraph(String text, long begin, List<Sentence> sentences, List<Mention> mentions,
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

        StringBuilder b = new StringBuilder();
        Sentence openSentence = null;
        List<Quote> openQuotes = List.of();
        Mention openMention = null;
        boolean sentenceOpen = false, markOpen = false, linkOpen = false;
        Long from = null;
        for (long to : cuts) {
            if (from == null) { from = to; continue; }
            long at = from;
            Sentence s = inPara.stream().filter(x -> x.begin <= at && at < x.end).findFirst().orElse(null);
            List<Quote> covering = qs.stream().filter(q -> q.start <= at && at < q.end).toList();
            Mention mn = ms.stream().filter(x -> x.begin <= at && at < x.end).findFirst().orElse(null);
            boolean sentenceChanges = !Objects.equals(s, openSentence) || (!sentenceOpen && s != null);
            boolean quotesChange = sentenceChanges || !covering.equals(openQuotes);
            boolean mentionChanges = quotesChange || !Objects.equals(mn, openMention);
            if (mentionChanges && linkOpen) { b.append("</a>"); linkOpen = false; }
            if (quotesChange && markOpen) { b.append("</mark>"); markOpen = false; }
            if (sentenceChanges && sentenceOpen) { b.append("</span>"); sentenceOpen = false; }
            if (sentenceChanges && s != null) {
                boolean hi = highlighted.contains(s.node.getURI());
                b.append("<span class=\"sentence").append(hi ? " highlight" : "").append("\" id=\"")
                 .append(esc(Links.sentenceId(s.node))).append('"').append(hi ? " aria-current=\"location\"" : "").append('>');
                sentenceOpen = true;
            }
            if (quotesChange && !covering.isEmpty()) {
                boolean sel = selected != null && covering.contains(selected);
                b.append("<mark class=\"evidence").append(sel ? " selected" : "").append("\" title=\"")
                 .append(esc(supportTitle(covering, labels))).append("\">");
                markOpen = true;
            }
            if (mentionChanges && mn != null) {
                b.append("<a class=\"mention\" href=\"").append(esc(links.page(mn.entity))).append("\" title=\"")
                 .append(esc(labels.of(mn.entity))).append("\">");
                linkOpen = true;
            }
            openSentence = s;
            openQuotes = covering;
            openMention = mn;
            b.append(esc(new String(cps, (int) (from - begin), (int) (to - from))));
            from = to;
        }
        if (linkOpen) b.append("</a>");
        if (markOpen) b.append("</mark>");
        if (sentenceOpen) b.append("</span>");
        return b.toString();
    }

    private static void cut(TreeSet<Long> cuts, long start, long end, long min, long max) {
        cuts.add(Math.max(min, Math.min(max, start)));
        cuts.add(Math.max(min, Math.min(max, end)));
    }

    private static String supportTitle(List<Quote> quotes, Labels labels) {
        StringBuilder b = new StringBuilder("Evidence for: ");
        int i = 0;
        for (Quote q : quotes)
            for (Supported s : q.supports) {
                if (i++ > 0) b.append("; ");
                if (i > 6) { b.append("…"); return b.toString(); }
                b.append(labels.of(s.s)).append(' ').append(labels.of(s.p)).append(' ').append(labels.of(s.o));
            }
        return b.toString();
    }

    private static void statementList(StringBuilder b, Map<Node, Quote> quotes, List<Sentence> sentences, Labels labels,
                                      Links links, Node article) {
        if (quotes.isEmpty())
            return;
        List<Quote> ordered = new ArrayList<>(quotes.values());
        ordered.sort((x, y) -> Long.compare(x.start, y.start));
        long count = ordered.stream().flatMap(q -> q.supports.stream().map(Supported::statement)).distinct().count();
        b.append("<section class=\"supported\" aria-labelledby=\"h-supported\"><h2 id=\"h-supported\">What this article supports</h2>")
         .append("<details><summary>").append(count).append(count == 1 ? " statement" : " statements")
         .append(", in the order of their evidence</summary><ol>");
        for (Quote q : ordered) {
            Node first = sentences.stream().filter(x -> x.begin < q.end && q.start < x.end).map(Sentence::node).findFirst().orElse(null);
            for (Supported s : q.supports)
                b.append("<li>").append(Claims.value(s.s, labels, links)).append(" <span class=\"predicate\">")
                 .append(esc(labels.of(s.p))).append("</span> ").append(Claims.value(s.o, labels, links))
                 .append(" — <a href=\"").append(esc(links.evidence(article, q.anchor, first)))
                 .append("\">show the evidence</a></li>");
        }
        b.append("</ol></details></section>\n");
    }

    private static long num(Node n) {
        return Long.parseLong(n.getLiteralLexicalForm());
    }
}
