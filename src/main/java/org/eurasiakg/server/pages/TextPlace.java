package org.eurasiakg.server.pages;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.vocab.EKG;

/** Sentences, paragraphs, mentions and evidence anchors are places in an article: their page is the article, there. */
final class TextPlace {
    record Redirect(String location) {}

    private TextPlace() {}

    static Optional<String> of(DatasetGraph dsg, Node node, Links links) {
        Graph g = dsg.getUnionGraph();
        Node type = RDF.type.asNode();
        if (g.contains(node, type, EKG.Sentence))
            return article(g, node).map(a -> links.sentence(a, node));
        if (g.contains(node, type, EKG.Paragraph))
            return article(g, node).map(a -> links.article(a, null, "p-" + Links.sentenceNumber(node)));
        if (g.contains(node, type, EKG.Mention))
            return article(g, node).flatMap(a -> first(g, node, EKG.sentence).map(s -> links.sentence(a, s)));
        if (g.contains(node, type, EKG.EvidenceAnchor))
            return first(g, node, EKG.oaHasSource).map(a -> links.evidence(a, node, first(g, node, EKG.sentence).orElse(null)));
        return Optional.empty();
    }

    private static Optional<Node> article(Graph g, Node node) {
        return first(g, node, EKG.nifReferenceContext);
    }

    private static Optional<Node> first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }
}
