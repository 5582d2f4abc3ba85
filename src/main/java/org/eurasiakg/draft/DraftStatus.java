package org.eurasiakg.draft;

import static org.eurasiakg.vocab.EKG.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eurasiakg.ingest.InputException;
import org.eurasiakg.ingest.Sources;

/**
 * What is left to review of a draft: its candidate statements not yet in
 * {@code SLUG.statements.ttl} (same subject, predicate and object or value) and its proposed
 * entities not yet in {@code entities.ttl}.
 */
public record DraftStatus(String slug, int statements, int acceptedStatements, int entities, int acceptedEntities,
                          boolean statementsFile) {

    public static DraftStatus of(Path project, String slug) {
        Path seeds = project.resolve("seeds");
        Path draftFile = seeds.resolve(slug + Sources.DRAFT_SUFFIX);
        if (!Files.exists(draftFile))
            throw new InputException(draftFile, "no draft for \"" + slug + "\" (kg draft FILE --slug " + slug + " writes one)");
        Graph draft = read(draftFile);
        Path statementsFile = seeds.resolve(slug + Sources.STATEMENTS_SUFFIX);
        Set<List<Node>> accepted = Files.exists(statementsFile) ? claims(read(statementsFile)) : Set.of();
        Set<List<Node>> proposed = claims(draft);
        int acceptedStatements = (int) proposed.stream().filter(accepted::contains).count();
        Path entitiesFile = seeds.resolve(ProjectLexicon.ENTITIES);
        Graph entities = Files.exists(entitiesFile) ? read(entitiesFile) : GraphFactory.createDefaultGraph();
        int proposedEntities = 0, acceptedEntities = 0;
        for (Triple t : draft.find(null, RDFS.label.asNode(), null).toList()) {
            proposedEntities++;
            if (entities.contains(t.getSubject(), RDF.type.asNode(), Node.ANY)) acceptedEntities++;
        }
        return new DraftStatus(slug, proposed.size(), acceptedStatements, proposedEntities, acceptedEntities, Files.exists(statementsFile));
    }

    /** One line per finding, for people. */
    public List<String> describe() {
        return List.of(
                String.format("%s: %d of %d proposed statements are in seeds/%s%s, %d left to review",
                        slug, acceptedStatements, statements, slug, Sources.STATEMENTS_SUFFIX, statements - acceptedStatements),
                String.format("%s: %d of %d proposed entities are in seeds/%s, %d left to review",
                        slug, acceptedEntities, entities, ProjectLexicon.ENTITIES, entities - acceptedEntities),
                statementsFile
                        ? slug + ": seeds/" + slug + Sources.STATEMENTS_SUFFIX + " exists: the build reads the article (never the draft)"
                        : slug + ": under review: the build leaves the article out until seeds/" + slug + Sources.STATEMENTS_SUFFIX + " exists");
    }

    /** (subject, predicate, object or value) of every ekg:Statement of a graph. */
    static Set<List<Node>> claims(Graph g) {
        Set<List<Node>> out = new HashSet<>();
        for (Triple t : g.find(null, RDF.type.asNode(), Statement).toList()) {
            Node s = one(g, t.getSubject(), subject), p = one(g, t.getSubject(), predicate);
            Node o = one(g, t.getSubject(), object);
            if (o == null) o = one(g, t.getSubject(), value);
            if (s != null && p != null && o != null)
                out.add(List.of(s, p, o));
        }
        return out;
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, null).toList();
        return ts.isEmpty() ? null : ts.get(0).getObject();
    }

    private static Graph read(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFDataMgr.read(g, file.toString());
        } catch (RiotException e) {
            throw new InputException(file, "not valid Turtle: " + e.getMessage());
        }
        return g;
    }
}
