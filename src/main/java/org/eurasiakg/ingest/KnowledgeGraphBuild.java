package org.eurasiakg.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eurasiakg.vocab.EKG;
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

    /** The graphs every article shares: the ontology (all its files) and one graph per other seed file. */
    static Map<Node, Graph> sharedGraphs(Sources sources) {
        Path root = sources.root();
        Map<Node, Graph> shared = new LinkedHashMap<>();
        Graph ontology = GraphFactory.createDefaultGraph();
        for (Path file : sources.ontology())
            TurtleFile.read(file, root.relativize(file)).find().forEach(ontology::add);
        shared.put(Graphs.ONTOLOGY, ontology);
        SeedProvenance provenance = new SeedProvenance(ontology);
        for (Path file : sources.otherSeeds()) {
            Node name = Graphs.seed(file.getFileName().toString().replaceFirst("\\.ttl$", ""));
            TurtleFile.Lined seed = TurtleFile.readWithLines(file, root.relativize(file));
            if (name.equals(Graphs.LINKS))
                provenance.checkExternal(seed, root.relativize(file));
            else
                provenance.checkEditorial(seed, root.relativize(file));
            shared.put(name, seed.graph());
        }
        return shared;
    }

    /** What checks an article's statements file against the seed rules the ontology declares. */
    static SeedProvenance provenanceOf(Map<Node, Graph> shared) {
        return new SeedProvenance(shared.get(Graphs.ONTOLOGY));
    }

    /** The provenance description of the shared graphs (vocabulary, editorial, external sources). */
    static void describeShared(Map<Node, Graph> shared, GraphProvenance provenance) {
        shared.forEach((name, g) -> {
            String file = "seeds/" + name.getURI().substring(Graphs.seed("").getURI().length()) + ".ttl";
            if (name.equals(Graphs.ONTOLOGY))
                provenance.vocabulary(name);
            else if (name.equals(Graphs.LINKS))
                provenance.external(name, file, g.find(Node.ANY, EKG.confirmationSource, Node.ANY)
                        .mapWith(t -> t.getObject()).toSet());
            else
                provenance.editorial(name, file);
        });
    }

    /** What mention annotation knows entities by: every seed graph but the ontology. */
    static Graph entitiesOf(Map<Node, Graph> shared) {
        Graph entities = GraphFactory.createDefaultGraph();
        shared.forEach((name, g) -> {
            if (!name.equals(Graphs.ONTOLOGY))
                g.find().forEach(entities::add);
        });
        return entities;
    }

    public static Result run(Sources sources) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        Path root = sources.root();

        Map<Node, Graph> shared = sharedGraphs(sources);
        shared.forEach(dsg::addGraph);
        Graph entities = entitiesOf(shared);

        Graph provenanceGraph = GraphFactory.createDefaultGraph();
        GraphProvenance provenance = new GraphProvenance(provenanceGraph);
        describeShared(shared, provenance);
        ArticleIngest ingest = new ArticleIngest(sources, provenanceOf(shared));
        MentionAnnotator mentions = new MentionAnnotator(entities);
        long mentionCount = 0;
        List<Node> articleGraphs = new java.util.ArrayList<>();
        for (Path meta : sources.articles()) {
            ArticleIngest.Result article = ingest.ingest(meta);
            mentionCount += mentions.annotate(article.graph(), article.article(), article.text());
            dsg.addGraph(Graphs.article(article.slug()), article.graph());
            articleGraphs.add(Graphs.article(article.slug()));
            provenance.article(Graphs.article(article.slug()), article.article(), article.author());
            if (!article.editorial().isEmpty()) {
                dsg.addGraph(Graphs.editorial(article.slug()), article.editorial());
                provenance.articleEditorial(Graphs.editorial(article.slug()), article.article());
            }
        }
        provenance.derived();

        // one graph of everything: inference and the checks read it many times, and a union view
        // would look in every named graph and remove duplicates on each read
        Graph all = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(quad -> all.add(quad.asTriple()));
        Graph inferred = GraphFactory.createDefaultGraph();
        dsg.addGraph(Graphs.INFERRED, inferred);
        long inferredCount = new Inference().materialise(all, inferred);
        // a store keeps no empty graph: with a single article there is nothing to compare
        Graph comparisons = GraphFactory.createDefaultGraph();
        new SourceComparison().compare(all, comparisons);
        if (!comparisons.isEmpty()) {
            dsg.addGraph(Graphs.COMPARISONS, comparisons);
            provenance.comparisons(articleGraphs);
            comparisons.find().forEach(all::add);
        }
        // what the build says of its graphs is checked with them, but is no premise of the inferences
        dsg.addGraph(Graphs.PROVENANCE, provenanceGraph);
        provenanceGraph.find().forEach(all::add);

        // three read-only checks of the finished graph, side by side; a failure is reported in this order
        // what an OWL reasoner would call inconsistent fails the build like bad data (see Consistency)
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> checks = List.of(
                    pool.submit(() -> Consistency.check(all, root.relativize(root.resolve("ontology")))),
                    pool.submit(() -> {
                        if (sources.shapes() != null)
                            ShapeValidation.validate(TurtleFile.read(sources.shapes(), root.relativize(sources.shapes())),
                                    root.relativize(sources.shapes()), all);
                    }),
                    pool.submit(() -> QualityChecks.run(sources.checks(), root, all)));
            for (Future<?> check : checks)
                ScaleBuild.get(check);
        } finally {
            pool.shutdownNow();
        }

        Map<Node, Long> counts = new LinkedHashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> counts.put(g, (long) dsg.getGraph(g).size()));
        return new Result(dsg, counts, mentionCount, inferredCount);
    }
}
