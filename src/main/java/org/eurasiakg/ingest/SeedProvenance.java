package org.eurasiakg.ingest;

import static org.eurasiakg.vocab.EKG.*;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;

/**
 * What each kind of seed file may state, as the ontology declares it ({@code ekg:mayHold},
 * {@code ekg:needsConfirmation} on the graph classes), and the check that refuses any other seed
 * triple: one error naming the file, the line and the triple. A kind the ontology declares
 * nothing for is not checked (small test ontologies).
 */
final class SeedProvenance {
    private final Graph ontology;

    SeedProvenance(Graph ontology) { this.ontology = ontology; }

    /** A seed file of the curators' classification: every triple's predicate must be one an editorial graph may hold. */
    void checkEditorial(TurtleFile.Lined seed, Path shown) {
        Set<Node> allowed = objects(EditorialGraph, mayHold);
        if (allowed.isEmpty())
            return;
        for (Triple t : inOrder(seed))
            if (!allowed.contains(t.getPredicate()))
                throw unsourced(seed, shown, t, "an editorial seed file may hold only " + names(allowed, seed)
                        + " (a claim of an article is a statement with its quote in the article's statements file)");
    }

    /** The plain triples of an article's statements file (subjects that are not statements) are editorial. */
    void checkPlainStatementTriples(TurtleFile.Lined statements, Path shown) {
        Set<Node> allowed = objects(EditorialGraph, mayHold);
        if (allowed.isEmpty())
            return;
        for (Triple t : inOrder(statements))
            if (!isStatement(statements.graph(), t.getSubject()) && !allowed.contains(t.getPredicate()))
                throw unsourced(statements, shown, t, "outside a statement, a statements file may hold only the editorial "
                        + names(allowed, statements) + " (make it an ekg:Statement with its ekg:quote)");
    }

    /** A seed file of external sources: only link triples and their confirmation records; every link confirmed. */
    void checkExternal(TurtleFile.Lined seed, Path shown) {
        Set<Node> allowed = objects(ExternalSourceGraph, mayHold);
        if (allowed.isEmpty())
            return;
        Graph g = seed.graph();
        Set<Node> links = objects(ExternalSourceGraph, needsConfirmation);
        for (Triple t : inOrder(seed)) {
            if (!allowed.contains(t.getPredicate()))
                throw unsourced(seed, shown, t, "an external-source seed file may hold only " + names(allowed, seed));
            if (links.contains(t.getPredicate()) && !confirmed(g, t))
                throw unsourced(seed, shown, t, "a link needs an ekg:LinkConfirmation with this ekg:linkSubject and "
                        + "ekg:linkTarget and an ekg:confirmedBy quoting its source");
        }
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), LinkConfirmation).toList())
            if (!g.contains(t.getSubject(), confirmedBy, Node.ANY))
                throw new InputException(shown, seed.lineOf(t), -1, show(t, seed)
                        + ": a confirmation record needs an ekg:confirmedBy quoting the source that confirms the link");
    }

    /** The first offending triple reported is the first in the file. */
    private static List<Triple> inOrder(TurtleFile.Lined seed) {
        return seed.graph().find().toList().stream()
                .sorted(java.util.Comparator.comparingLong(seed::lineOf)).toList();
    }

    static boolean isStatement(Graph g, Node s) {
        return g.contains(s, RDF.type.asNode(), Statement);
    }

    private static boolean confirmed(Graph g, Triple link) {
        for (Triple c : g.find(Node.ANY, linkSubject, link.getSubject()).toList())
            if (g.contains(c.getSubject(), linkTarget, link.getObject()) && g.contains(c.getSubject(), confirmedBy, Node.ANY))
                return true;
        return false;
    }

    private Set<Node> objects(Node kind, Node property) {
        Set<Node> found = new LinkedHashSet<>();
        ontology.find(kind, property, Node.ANY).forEach(t -> found.add(t.getObject()));
        return found;
    }

    private static InputException unsourced(TurtleFile.Lined seed, Path shown, Triple t, String why) {
        return new InputException(shown, seed.lineOf(t), -1, show(t, seed) + " has no provenance: " + why);
    }

    private static PrefixMapping prefixes(TurtleFile.Lined seed) {
        return PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("ekg", NS).setNsPrefix("ekr", ID).setNsPrefix("skos", SKOS)
                .setNsPrefixes(seed.graph().getPrefixMapping());
    }

    private static String show(Triple t, TurtleFile.Lined seed) {
        PrefixMapping prefixes = prefixes(seed);
        return FmtUtils.stringForNode(t.getSubject(), prefixes) + " " + FmtUtils.stringForNode(t.getPredicate(), prefixes)
                + " " + FmtUtils.stringForNode(t.getObject(), prefixes);
    }

    private static String names(Set<Node> predicates, TurtleFile.Lined seed) {
        PrefixMapping prefixes = prefixes(seed);
        List<String> shown = predicates.stream().map(p -> FmtUtils.stringForNode(p, prefixes)).toList();
        return shown.stream().collect(Collectors.joining(", "));
    }
}
