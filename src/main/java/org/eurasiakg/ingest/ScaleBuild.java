package org.eurasiakg.ingest;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eurasiakg.vocab.EKG.Graphs;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The build for corpora too large to hold in memory (the benchmark's 10^5 to 10^7 triples): the
 * same steps as {@link KnowledgeGraphBuild}, streamed batch by batch to a quad stream (the store's
 * bulk loader, while it runs, and an N-Quads file).
 * <ul>
 * <li>The shared graphs (ontology, entities, links) are built, inferred over, checked for OWL
 * consistency and run through the quality checks whole, once.</li>
 * <li>Each article is ingested as usual (every quote must be in its text) and its mentions
 * annotated, in parallel. The same inference rules then run to a fixed point over a batch of
 * articles with the schema (class and property axioms, transitive facts) in view: every rule joins
 * at most one data triple with schema, so this derives what the whole-dataset run derives.</li>
 * <li>SHACL validates every {@code shapesEvery}-th article's own nodes (its statements, anchors,
 * selectors, sentences, mentions) with the shared graphs and its batch in view (each node costs a
 * few SPARQL constraints: all of them at 10^5 articles would take longer than the load); the SPARQL
 * quality checks run over every {@code checksEveryBatch}-th batch of articles with the shared graphs
 * (they scan what is in view, so they run per batch, not per article).</li>
 * </ul>
 */
public final class ScaleBuild {

    /** What was built; article graphs are counted together under {@link #ARTICLE_GRAPHS}. */
    public record Result(long articles, long quads, long mentions, long inferred, long shapeValidated,
                         long checked, Map<String, Long> triplesPerGraph) {}

    public static final String ARTICLE_GRAPHS = Graphs.article("*").getURI();

    private static final int BATCH = 512;
    /** Below this many articles the build is quick: no bar. */
    private static final int PROGRESS_FROM = 2_000;

    private ScaleBuild() {}

    /** Sends every quad of the build to {@code out} (between its start and finish), validating as it goes. */
    public static Result run(Sources sources, StreamRDF out, int shapesEvery, int checksEveryBatch, int threads) {
        Path root = sources.root();
        Map<Node, Graph> shared = KnowledgeGraphBuild.sharedGraphs(sources);
        Graph entities = KnowledgeGraphBuild.entitiesOf(shared);
        Graph sharedInferred = GraphFactory.createDefaultGraph();
        MultiUnion sharedAll = union(shared.values());
        sharedAll.addGraph(sharedInferred);
        long inferred = new Inference().materialise(sharedAll, sharedInferred);

        // the shared graphs' nodes are validated with the articles that speak of them (an event's
        // type may be an entity fact and its agent a statement); those no article touches, at the end
        Shapes shapes = sources.shapes() == null ? null
                : Shapes.parse(TurtleFile.read(sources.shapes(), root.relativize(sources.shapes())));
        Set<Node> touched = ConcurrentHashMap.newKeySet();
        Set<Node> sharedNodes = new HashSet<>();
        sharedAll.find().forEach(t -> sharedNodes.add(t.getSubject()));
        QualityChecks.run(sources.checks(), root, sharedAll);
        // OWL consistency over the shared graphs (the ontology's axioms and the entities); not per article
        Consistency.check(sharedAll, root.relativize(root.resolve("ontology")));
        Graph schema = schemaOf(sharedAll);
        Graph sharedFlat = GraphFactory.createDefaultGraph();
        sharedAll.find().forEach(sharedFlat::add);

        ArticleIngest ingest = new ArticleIngest(sources, KnowledgeGraphBuild.provenanceOf(shared));
        Graph provenanceGraph = GraphFactory.createDefaultGraph();
        GraphProvenance provenance = new GraphProvenance(provenanceGraph);
        KnowledgeGraphBuild.describeShared(shared, provenance);
        MentionAnnotator mentions = new MentionAnnotator(entities);
        Map<String, Long> counts = new LinkedHashMap<>();
        long quads = 0, articleTriples = 0;
        AtomicLong mentionCounter = new AtomicLong(), validatedCounter = new AtomicLong(), checkedCounter = new AtomicLong();
        List<Path> metas = sources.articles();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try (ProgressBar bar = metas.size() >= PROGRESS_FROM ? bar(metas.size()) : null) {
            StreamRDF writer = out;
            writer.start();
            for (Map.Entry<Node, Graph> e : shared.entrySet()) {
                quads += write(writer, e.getKey(), e.getValue());
                counts.put(e.getKey().getURI(), (long) e.getValue().size());
            }
            quads += write(writer, Graphs.INFERRED, sharedInferred);
            Inference rules = new Inference();
            for (int from = 0; from < metas.size(); from += BATCH) {
                int to = Math.min(metas.size(), from + BATCH);
                List<Future<ArticleIngest.Result>> ingested = new ArrayList<>();
                for (Path meta : metas.subList(from, to))
                    ingested.add(pool.submit(() -> {
                        ArticleIngest.Result article = ingest.ingest(meta);
                        mentionCounter.addAndGet(mentions.annotate(article.graph(), article.article(), article.text()));
                        return article;
                    }));
                List<ArticleIngest.Result> articles = new ArrayList<>();
                for (Future<ArticleIngest.Result> f : ingested)
                    articles.add(get(f));
                // the rules join one data triple with schema: run them over the batch at once, not per article
                // one graph for the batch: a union of hundreds of graphs would look in each of them for every triple
                Graph batch = GraphFactory.createDefaultGraph();
                articles.forEach(r -> {
                    r.graph().find().forEach(batch::add);
                    r.editorial().find().forEach(batch::add);
                });
                Graph batchInferred = GraphFactory.createDefaultGraph();
                rules.materialise(union(List.of(schema, batch, batchInferred)), batchInferred);
                // what the shared graphs already hold is not an inference of these articles
                for (Triple t : batchInferred.find().toList())
                    if (sharedFlat.contains(t))
                        batchInferred.delete(t);
                // SHACL and the checks look things up many times: in one graph, not a union that
                // would look in each of its graphs and remove duplicates on every read
                Graph batchView = GraphFactory.createDefaultGraph();
                for (Graph g : List.of(sharedFlat, batch, batchInferred))
                    g.find().forEach(batchView::add);
                List<Future<Boolean>> checks = new ArrayList<>();
                // a shared node an article speaks of goes with that article: validated if it is, sampled out if not
                for (ArticleIngest.Result article : articles)
                    article.graph().find().forEach(t -> {
                        if (sharedNodes.contains(t.getSubject()))
                            touched.add(t.getSubject());
                    });
                for (int i = from; i < to; i++) {
                    ArticleIngest.Result article = articles.get(i - from);
                    if (shapes == null || shapesEvery <= 0 || i % shapesEvery != 0)
                        continue;
                    Path meta = metas.get(i);
                    Shapes theShapes = shapes;
                    checks.add(pool.submit(() -> {
                        Set<Node> focus = new HashSet<>();
                        article.graph().find().forEach(t -> focus.add(t.getSubject()));
                        validate(theShapes, batchView, focus, meta);
                        touched.addAll(focus);
                        validatedCounter.incrementAndGet();
                        return true;
                    }));
                }
                for (Future<Boolean> f : checks)
                    get(f);
                if (checksEveryBatch > 0 && (from / BATCH) % checksEveryBatch == 0) {
                    QualityChecks.run(sources.checks(), root, batchView);
                    checkedCounter.addAndGet(to - from);
                }
                for (ArticleIngest.Result article : articles) {
                    quads += write(writer, Graphs.article(article.slug()), article.graph());
                    articleTriples += article.graph().size();
                    provenance.article(Graphs.article(article.slug()), article.article(), article.author());
                    if (!article.editorial().isEmpty()) {
                        quads += write(writer, Graphs.editorial(article.slug()), article.editorial());
                        provenance.articleEditorial(Graphs.editorial(article.slug()), article.article());
                    }
                }
                quads += write(writer, Graphs.INFERRED, batchInferred);
                inferred += batchInferred.size();
                if (bar != null)
                    bar.stepBy(to - from);
            }
            provenance.derived();
            quads += write(writer, Graphs.PROVENANCE, provenanceGraph);
            counts.put(Graphs.PROVENANCE.getURI(), (long) provenanceGraph.size());
            writer.finish();
            if (shapes != null) {
                Set<Node> untouched = new HashSet<>(sharedNodes);
                untouched.removeAll(touched);
                validate(shapes, sharedAll, untouched, sources.shapes());
            }
        } finally {
            pool.shutdownNow();
        }
        counts.put(ARTICLE_GRAPHS, articleTriples);
        // inferences of different articles may coincide: the store keeps one of each
        counts.put(Graphs.INFERRED.getURI(), inferred);
        return new Result(metas.size(), quads, mentionCounter.get(), inferred, validatedCounter.get(), checkedCounter.get(), counts);
    }

    /** SHACL on the given nodes only: the shapes that target them, with {@code view} to look things up in. */
    private static void validate(Shapes shapes, Graph view, Set<Node> focus, Path file) {
        List<ReportEntry> violations = new ArrayList<>();
        for (Node node : focus) {
            ValidationReport report = ShaclValidator.get().validate(shapes, view, node);
            report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).forEach(violations::add);
        }
        if (!violations.isEmpty())
            throw new InputException(file, "SHACL violation" + (violations.size() == 1 ? "" : " (and "
                    + (violations.size() - 1) + " more)") + ": " + ShapeValidation.describe(violations.get(0)));
    }

    /** The axioms the rules read (sub-class, sub-property, inverse, symmetric, transitive) and the transitive facts. */
    private static Graph schemaOf(Graph all) {
        Graph schema = GraphFactory.createDefaultGraph();
        for (Node p : List.of(RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(), OWL.inverseOf.asNode()))
            all.find(null, p, null).forEach(schema::add);
        for (Node kind : List.of(OWL.SymmetricProperty.asNode(), OWL.TransitiveProperty.asNode()))
            all.find(null, RDF.type.asNode(), kind).forEach(schema::add);
        for (Triple t : all.find(null, RDF.type.asNode(), OWL.TransitiveProperty.asNode()).toList())
            all.find(null, t.getSubject(), null).forEach(schema::add);
        return schema;
    }

    private static MultiUnion union(Iterable<Graph> graphs) {
        MultiUnion u = new MultiUnion();
        graphs.forEach(u::addGraph);
        return u;
    }

    private static long write(StreamRDF writer, Node graph, Graph g) {
        long[] n = {0};
        g.find().forEach(t -> {
            writer.quad(org.apache.jena.sparql.core.Quad.create(graph, t));
            n[0]++;
        });
        return n[0];
    }

    /** The task's result; its own exception if it failed (a bad input stays an InputException). */
    static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re)
                throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Every quad sent to both streams: the store's loader and an N-Quads file, for instance. */
    public static StreamRDF tee(StreamRDF first, StreamRDF second) {
        return new StreamRDFWrapper(first) {
            @Override public void start() { super.start(); second.start(); }
            @Override public void quad(org.apache.jena.sparql.core.Quad quad) { super.quad(quad); second.quad(quad); }
            @Override public void triple(Triple triple) { super.triple(triple); second.triple(triple); }
            @Override public void finish() { super.finish(); second.finish(); }
        };
    }

    /** An N-Quads writer on {@code out}. */
    public static StreamRDF nquads(OutputStream out) {
        return StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
    }

    private static ProgressBar bar(int articles) {
        return new ProgressBarBuilder()
                .setTaskName("Building articles")
                .setInitialMax(articles)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" articles", 1)
                .showSpeed()
                .setUpdateIntervalMillis(500)
                .build();
    }
}
