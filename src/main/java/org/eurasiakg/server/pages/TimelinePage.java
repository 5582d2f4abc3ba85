package org.eurasiakg.server.pages;

import static org.eurasiakg.server.pages.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.eurasiakg.server.pages.Claims.Claim;
import org.eurasiakg.server.pages.Claims.Evidence;

/**
 * Every dated thing the articles state, in order, each date at the precision the article gives
 * ("2022", "September 2022", "2 April 1999"), named by its label, with the quote that dates it.
 */
final class TimelinePage {

    record Entry(Node event, Node property, Node date, List<Node> statements) {}

    private TimelinePage() {}

    /** The entries in order of date, then name. */
    static List<Entry> entries(DatasetGraph dsg, Labels labels) {
        Map<List<Node>, Entry> entries = new LinkedHashMap<>();
        for (Binding b : Queries.select(dsg, "timeline.rq")) {
            List<Node> key = List.of(b.get("event"), b.get("property"), b.get("date"));
            Entry e = entries.computeIfAbsent(key, k -> new Entry(k.get(0), k.get(1), k.get(2), new ArrayList<>()));
            Node st = b.get("st");
            if (st != null && !e.statements().contains(st))
                e.statements().add(st);
        }
        List<Entry> list = new ArrayList<>(entries.values());
        list.sort(Comparator.comparing((Entry e) -> Dates.sortKey(e.date()))
                .thenComparing(e -> labels.of(e.event()).toLowerCase(Locale.ROOT)));
        return list;
    }

    static String render(DatasetGraph dsg, Links links) {
        Labels labels = new Labels(dsg.getUnionGraph());
        List<Entry> entries = entries(dsg, labels);
        StringBuilder b = new StringBuilder("<h1>Timeline</h1>\n");
        b.append("<p class=\"lead\">Every dated event the articles state, in order. A date is shown as precisely as the ")
         .append("article gives it: a year, a month, or a day.</p>\n");
        if (entries.isEmpty()) {
            b.append("<p>No dated events.</p>");
            return Layout.page(links, "Timeline", null, b.toString(), null);
        }
        b.append("<ol class=\"timeline\">\n");
        for (Entry e : entries) {
            b.append("<li class=\"event\"><p class=\"when\"><time datetime=\"").append(esc(Dates.machine(e.date()))).append("\">")
             .append(esc(Dates.show(e.date()))).append("</time> <span class=\"precision\">")
             .append(precision(e.date())).append("</span></p>")
             .append("<p class=\"what\">").append(eventName(dsg, e.event(), labels, links))
             .append(" <span class=\"predicate\">(").append(esc(labels.of(e.property()))).append(")</span></p>");
            for (Claim c : Claims.claims(dsg, e.statements()))
                for (Evidence ev : c.evidenceInOrder())
                            b.append("<blockquote class=\"quote\"><p>“").append(esc(ev.quote())).append("”</p><footer><a class=\"evidence-link\" href=\"")
                             .append(esc(links.evidence(ev.article(), ev.anchor(), ev.firstSentence())))
                             .append("\">Read it in the article</a></footer></blockquote>");
            b.append("</li>\n");
        }
        b.append("</ol>\n");
        return Layout.page(links, "Timeline", null, b.toString(), null);
    }

    private static String eventName(DatasetGraph dsg, Node event, Labels labels, Links links) {
        if (labels.isNamed(event))
            return Claims.value(event, labels, links);
        // a statement dated by ekg:asOf: say what it states
        List<Claim> stated = Claims.claims(dsg, List.of(event));
        if (!stated.isEmpty())
            return Claims.summary(stated.get(0), labels, links) + " (<a href=\"" + esc(links.page(event)) + "\">statement</a>)";
        return Claims.value(event, labels, links);
    }

    static String precision(Node date) {
        String dt = date.getLiteralDatatypeURI();
        if (Objects.equals(dt, XSDDatatype.XSDgYear.getURI())) return "year";
        if (Objects.equals(dt, XSDDatatype.XSDgYearMonth.getURI())) return "month";
        return "day";
    }
}
