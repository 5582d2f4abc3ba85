package org.eurasiakg.ingest;

import static org.eurasiakg.vocab.EKG.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.eurasiakg.ingest.ArticleText.Sentence;
import org.eurasiakg.ingest.ArticleText.Span;

/**
 * Finds every mention of every known entity in an article's content by its labels and
 * alternative and hidden labels (misspellings the text uses): case-sensitive, on word boundaries, longest label first, no overlaps.
 */
public final class MentionAnnotator {

    private record Label(String text, Node entity) {}

    private final List<Label> labels = new ArrayList<>();

    /** Known entities are the subjects of rdfs:label, skos:altLabel or skos:hiddenLabel in {@code entities}. */
    public MentionAnnotator(Graph entities) {
        for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode()))
            for (Triple t : entities.find(null, p, null).toList())
                if (t.getObject().isLiteral() && t.getSubject().isURI())
                    labels.add(new Label(t.getObject().getLiteralLexicalForm(), t.getSubject()));
        labels.sort(Comparator.comparingInt((Label l) -> l.text.length()).reversed()
                              .thenComparing(l -> l.text).thenComparing(l -> l.entity.getURI()));
    }

    /** Adds the mentions to {@code graph}; returns how many. */
    public int annotate(Graph graph, Node article, ArticleText text) {
        String all = text.text();
        List<Span> taken = new ArrayList<>();
        int count = 0;
        for (Label label : labels) {
            if (label.text.isBlank()) continue;
            for (int at : text.occurrences(label.text)) {
                int end = at + label.text.length();
                if (!isWordBoundary(all, at - 1) || !isWordBoundary(all, end)) continue;
                if (!insideParagraph(text, at, end)) continue;
                if (taken.stream().anyMatch(s -> s.overlaps(at, end))) continue;
                taken.add(new Span(at, end));
                addMention(graph, article, text, label.entity, at, end);
                count++;
            }
        }
        return count;
    }

    private static boolean insideParagraph(ArticleText text, int start, int end) {
        return text.paragraphs().stream().anyMatch(p -> p.span().start() <= start && end <= p.span().end());
    }

    private static boolean isWordBoundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }

    private static void addMention(Graph g, Node article, ArticleText text, Node entity, int start, int end) {
        int cpStart = text.codePoints(start);
        Node m = NodeFactory.createURI(article.getURI() + "/mention/" + cpStart);
        g.add(m, RDF.type.asNode(), Mention);
        g.add(m, RDFS.label.asNode(), ArticleIngest.en("Mention of \"" + text.text().substring(start, end) + "\" at " + cpStart));
        g.add(m, itsTaIdentRef, entity);
        g.add(m, nifReferenceContext, article);
        g.add(m, nifBeginIndex, ArticleIngest.integer(cpStart));
        g.add(m, nifEndIndex, ArticleIngest.integer(text.codePoints(end)));
        g.add(m, nifAnchorOf, NodeFactory.createLiteralString(text.text().substring(start, end)));
        for (Sentence s : text.sentencesOverlapping(start, end))
            g.add(m, sentence, ArticleIngest.sentenceNode(article.getURI(), s.index()));
    }
}
