package org.eurasiakg.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eurasiakg.vocab.EKG.Graphs;

/**
 * Builds the whole dataset in memory from the sources: one named graph per source (the
 * ontology, each seed file, each article), the materialised inferences, then validates it.
 * Nothing is written anywhere; the store installs the result only if this succeeds.
 */
public final class KnowledgeGraphBuild {

    /** The built dataset and what the summary reports. */
    public record Result(DatasetGraph dataset, Map<Node, Long> triplesPerGraph, long mentions, long inferred) {}

    private KnowledgeGraphBuild() {}

    public static Result run(Sources sources) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        Path root = sources.root();

        Graph ontology = GraphFactory.createDefaultGraph();
        for (Path file : sources.ontology())
            TurtleFile.read(file, root.relativize(file)).find().forEach(ontology::add);
        dsg.addGraph(Graphs.ONTOLOGY, ontology);

        Graph entities = GraphFactory.createDefaultGraph();
        for (Path file : sources.otherSeeds()) {
            Graph g = TurtleFile.read(file, root.relativize(file));
            String name = file.getFileName().toString().replaceFirst("\\.ttl$", "");
            dsg.addGraph(Graphs.seed(name), g);
            g.find().forEach(entities::add);
        }

        ArticleIngest ingest = new ArticleIngest(sources);
        MentionAnnotator mentions = new MentionAnnotator(entities);
        long mentionCount = 0;
        for (Path meta : sources.articles()) {
            ArticleIngest.Result article = ingest.ingest(meta);
            mentionCount += mentions.annotate(article.graph(), article.article(), article.text());
            dsg.addGraph(Graphs.article(article.slug()), article.graph());
        }

        // one graph of everything: inference and the checks read it many times, and a union view
        // would look in every named graph and remove duplicates on each read
        Graph all = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(quad -> all.add(quad.asTriple()));
        Graph inferred = GraphFactory.createDefaultGraph();
        dsg.addGraph(Graphs.INFERRED, inferred);
        long inferredCount = new Inference().materialise(all, inferred);

        // what an OWL reasoner would call inconsistent fails the build like bad data (see Consistency)
        Consistency.check(all, root.relativize(root.resolve("ontology")));

        if (sources.shapes() != null)
            ShapeValidation.validate(TurtleFile.read(sources.shapes(), root.relativize(sources.shapes())),
                    root.relativize(sources.shapes()), all);
        QualityChecks.run(sources.checks(), root, all);
        // last, so that it describes every other graph and counts none of itself
        dsg.addGraph(Graphs.VOID, VoidDescription.of(dsg));

        Map<Node, Long> counts = new LinkedHashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> counts.put(g, (long) dsg.getGraph(g).size()));
        return new Result(dsg, counts, mentionCount, inferredCount);
    }
}
