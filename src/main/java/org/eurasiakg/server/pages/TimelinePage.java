package org.eurasiakg.server.pages;

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

    /** An event: its date, what happened (a named thing, or a dated statement), and the quotes that date it. */
    record Event(String date, String datetime, String precision, Value what, ClaimView.Summary statement,
                 String statementHref, String property, List<ClaimView.Quote> quotes) {}
    record View(Links links, List<Event> events) {}

    static String render(DatasetGraph dsg, Links links) {
        Labels labels = new Labels(dsg.getUnionGraph());
        List<Event> events = new ArrayList<>();
        for (Entry e : entries(dsg, labels)) {
            List<ClaimView.Quote> quotes = new ArrayList<>();
            for (Claim c : Claims.claims(dsg, e.statements()))
                for (Evidence ev : c.evidenceInOrder())
                    quotes.add(new ClaimView.Quote(ev.quote(), links.evidence(ev.article(), ev.anchor(), ev.firstSentence()), null));
            // a statement dated by ekg:asOf is named by what it states
            List<Claim> stated = labels.isNamed(e.event()) ? List.of() : Claims.claims(dsg, List.of(e.event()));
            events.add(new Event(Dates.show(e.date()), Dates.machine(e.date()), precision(e.date()),
                    Value.of(e.event(), labels, links), stated.isEmpty() ? null : Claims.summary(stated.get(0), labels, links),
                    links.page(e.event()), labels.of(e.property()), quotes));
        }
        return Templates.render("timeline", new View(links, events));
    }

    static String precision(Node date) {
        String dt = date.getLiteralDatatypeURI();
        if (Objects.equals(dt, XSDDatatype.XSDgYear.getURI())) return "year";
        if (Objects.equals(dt, XSDDatatype.XSDgYearMonth.getURI())) return "month";
        return "day";
    }
}
