package org.eurasiakg.server.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** A person's name for any node: its English label, another label, a title, or its IRI's last part. Per page. */
final class Labels {
    private static final List<Node> NAMES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    private final Graph graph;
    private final Map<Node, String> cache = new HashMap<>();

    Labels(Graph graph) { this.graph = graph; }

    String of(Node n) {
        if (n == null)
            return "";
        if (n.isLiteral()) {
            String date = Dates.show(n);
            return date != null ? date : n.getLiteralLexicalForm();
        }
        if (n.isBlank())
            return "(anonymous)";
        return cache.computeIfAbsent(n, this::lookUp);
    }

    /** True when the node has a name of its own in the data (not one made from its IRI). */
    boolean isNamed(Node n) {
        if (!n.isURI())
            return false;
        for (Node p : NAMES)
            if (graph.contains(n, p, Node.ANY))
                return true;
        return false;
    }

    private String lookUp(Node n) {
        for (Node p : NAMES) {
            String any = null;
            for (Triple t : graph.find(n, p, Node.ANY).toList()) {
                Node o = t.getObject();
                if (!o.isLiteral())
                    continue;
                String lang = o.getLiteralLanguage();
                if (lang.isEmpty() || lang.toLowerCase().startsWith("en"))
                    return o.getLiteralLexicalForm();
                if (any == null)
                    any = o.getLiteralLexicalForm();
            }
            if (any != null)
                return any;
        }
        return localName(n);
    }

    /** "hasMember" becomes "has member"; "st-csto-member-russia" stays as it is. */
    static String localName(Node n) {
        String iri = n.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return local.matches("[a-z]+([A-Z][a-z0-9]*)+") ? local.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase() : local;
    }
}
