package org.eurasiakg.server.pages;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eurasiakg.ask.Answer;

/**
 * {@code /ask?q=…}: a question in plain words answered by {@link org.eurasiakg.ask.Asker}, each answer
 * with the sentences that support it (the quote marked, a link to that place in the article, whether
 * it is a reported fact or an assessment and whose), how the question was read, and its SPARQL with
 * one click to open it in the query editor.
 */
final class AskPage {
    private AskPage() {}

    /** A supporting sentence, split around its quote. */
    record Source(String before, String quote, String after, String href, String article, String status, String assertedBy) {}
    record Item(String label, String href, List<Source> sources) {}
    record View(Links links, String question, String reading, String sparql, String editorHref, List<Item> answers) {}

    static String render(DatasetGraph dsg, Answer answer, Links links) {
        if (answer == null)
            return Templates.render("ask", new View(links, null, null, null, null, List.of()));
        Labels labels = Txn.calculateRead(dsg, () -> new Labels(dsg.getUnionGraph()));
        List<Item> items = new ArrayList<>();
        for (Answer.Found f : answer.answers()) {
            List<Source> sources = new ArrayList<>();
            for (Answer.Evidence e : f.evidence())
                sources.add(source(dsg, e, labels, links));
            items.add(new Item(f.label(), f.iri() == null ? null : links.page(NodeFactory.createURI(f.iri())), sources));
        }
        String editor = answer.sparql() == null ? null : links.to("query/") + "?q=" + Links.param(answer.sparql());
        return Templates.render("ask", new View(links, answer.question(), answer.reading(), answer.sparql(), editor, items));
    }

    private static Source source(DatasetGraph dsg, Answer.Evidence e, Labels labels, Links links) {
        Node article = NodeFactory.createURI(e.article());
        String title = Txn.calculateRead(dsg, () -> labels.of(article));
        String href = links.evidence(article, NodeFactory.createURI(e.anchor()), NodeFactory.createURI(e.sentenceIri()));
        int at = e.sentence().indexOf(e.quote());
        if (at < 0)
            return new Source(e.sentence(), "", "", href, title, e.status(), e.assertedBy());
        return new Source(e.sentence().substring(0, at), e.quote(), e.sentence().substring(at + e.quote().length()),
                href, title, e.status(), e.assertedBy());
    }
}
