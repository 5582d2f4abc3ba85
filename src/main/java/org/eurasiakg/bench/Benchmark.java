package org.eurasiakg.bench;

import org.apache.jena.atlas.io.IOX;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.eurasiakg.ask.AskEvaluation;
import org.eurasiakg.ask.Asker;
import org.eurasiakg.ask.QuestionSet;
import org.eurasiakg.ingest.ScaleBuild;
import org.eurasiakg.ingest.Sources;
import org.eurasiakg.query.CompetencyQuestion;
import org.eurasiakg.server.pages.PageCache;
import org.eurasiakg.store.BulkLoad;
import org.eurasiakg.store.KgStore;

/**
 * Measures the project against plain Jena, side by side, on the same data in the same run: cold
 * start and competency questions against Jena's own Fuseki main on the same TDB2 store, the scale
 * build against {@code tdb2.tdbloader} on the same N-Quads. Every server and loader is a separate
 * JVM started from the same jar; they take turns on the one store, never run at once.
 */
public final class Benchmark {
    static final String FUSEKI_MAIN = "org.apache.jena.fuseki.main.cmds.FusekiMainCmd";
    static final String TDBLOADER_MAIN = "tdb2.tdbloader";
    private static final String PROBE = "ASK { ?s ?p ?o }";
    /** At scale, SHACL on every 10th article and the quality checks on every 10th batch (see ScaleBuild). */
    static final int SHAPES_EVERY = 10, CHECKS_EVERY_BATCH = 10;

    /** What to run. {@code sizes}: numbers of synthetic articles; {@code scaleHeap}: -Xmx of the server at scale. */
    public record Config(Path project, Path work, Path jar, List<Integer> sizes, int repeats, int queryRuns,
                         int throughputSeconds, int clients, long seed, BulkLoad.Loader loader,
                         String scaleHeap, int buildThreads, String command) {
        /** The {@code kg} launcher beside the jar's {@code target/} folder: kg runs as users run it. */
        Path launcher() {
            return jar.toAbsolutePath().getParent().resolveSibling("kg");
        }
    }

    /** One server side of a comparison. */
    enum Side { KG, FUSEKI }

    record Latency(String query, Stats kg, Stats fuseki, String kgAnswer, String fusekiAnswer) {}

    record ScaleRun(int articles, long quads, double generateSeconds, double ingestAndLoadSeconds,
                    double textIndexSeconds, double describeSeconds, double buildSeconds, double anchorSeconds,
                    long storeBytes, long anchorStoreBytes, long nquadsBytes, double coldStartSeconds,
                    Map<String, Stats> questions, Map<String, String> answers, long heapUsedKb, long peakRssKb,
                    boolean servedWithinHeap) {}

    /** One page of the site and its GET timings: as served (from the page cache) and as rendered (no cache). */
    record PageTimes(String kind, String path, Stats served, Stats rendered) {}

    record Results(Machine machine, Stats articleBuild, Stats articleBuildInProcess, int articles, Stats draft,
                   Stats kgCold, Stats fusekiCold,
                   List<Latency> latencies, Stats kgEmptyQuery, Stats fusekiEmptyQuery, Stats kgRevalidation,
                   List<PageTimes> pages, Stats ask, Stats kgThroughput,
                   Stats fusekiThroughput, List<ScaleRun> scale,
                   List<Profile> profiles, double loadAverageAfter, double minutes) {}

    /** A page of each kind the site serves, with a path on the real project. */
    record Page(String kind, String path) {}

    static final List<Page> PAGES = List.of(
            new Page("entity (the largest)", "/page/id/csto"),
            new Page("home", "/"),
            new Page("article", "/page/id/article/eurasia-under-the-csto"),
            new Page("statement", "/page/id/st-csto-key-player-eurasia"),
            new Page("timeline", "/timeline"),
            new Page("search", "/search?q=CSTO"),
            new Page("questions", "/questions"),
            new Page("ontology", "/ontology"),
            new Page("dataset", "/page/dataset"),
            new Page("articles", "/articles"),
            new Page("ask", "/ask?q=Which+provision+does+the+CSTO+charter+contain%3F"),
            new Page("sitemap", "/sitemap.xml"));

    /** The text {@code kg draft} is timed on: the corpus's 1,000-word article. */
    static final String DRAFTED_TEXT = "seeds/eurasia-under-the-csto.txt";

    /** The question set {@code kg ask} is timed on. */
    static final String ASK_QUESTIONS = "queries/ask/questions.tsv";

    /** The page whose 304 revalidation is timed: the largest entity page of the real project. */
    static final String REVALIDATED_PAGE = "/page/id/csto";

    /** Answers asked for per question, as {@code kg ask} does by default. */
    static final int ASK_LIMIT = 10;

    /** Articles in the corpus whose build is profiled (a separate run: the timed builds are not recorded). */
    static final int PROFILED_ARTICLES = 1_000;

    private final Config config;
    private final PrintWriter out;

    public Benchmark(Config config, PrintWriter out) {
        this.config = config;
        this.out = out;
    }

    /** Runs everything and writes the report; returns the report's path. */
    public Path run(Path report) {
        long t0 = System.nanoTime();
        Machine machine = Machine.describe();
        say("Machine: %s", machine.summary());
        List<CompetencyQuestion> questions = CompetencyQuestion.in(config.project.resolve("queries"));
        if (questions.isEmpty())
            throw new IllegalStateException("no competency questions (*.rq) in " + config.project.resolve("queries"));

        Path articleData = config.work.resolve("article");
        List<Double> builds = new ArrayList<>(), inProcess = new ArrayList<>();
        for (int r = 0; r < config.repeats; r++) {
            deleteTree(articleData);
            Path log = config.work.resolve("logs/article-build-" + r + ".log");
            builds.add(JavaProcess.runLauncher(config.launcher(), List.of(),
                    List.of("build", "--data", articleData.toString(), "--source", config.project.toString()), log));
            inProcess.add(builtIn(log));
            say("article build %d: %.2f s wall (%.2f s inside the JVM)", r + 1, builds.get(r), inProcess.get(r));
        }
        Path store = new KgStore(articleData).current().orElseThrow();
        int articles = Sources.find(config.project).articles().size();
        Stats draft = draft();

        List<Double> kgCold = new ArrayList<>(), fusekiCold = new ArrayList<>();
        for (int r = 0; r < config.repeats; r++) {
            // alternate who goes first, so neither always finds the store in a warmer page cache
            for (Side side : r % 2 == 0 ? List.of(Side.KG, Side.FUSEKI) : List.of(Side.FUSEKI, Side.KG)) {
                try (Server s = Server.start(side, config, articleData, store, List.of(), "cold-" + r)) {
                    double seconds = s.awaitFirstAnswer();
                    (side == Side.KG ? kgCold : fusekiCold).add(seconds);
                    say("cold start %s %d: %.2f s", side, r + 1, seconds);
                }
            }
        }

        // each server twice, in the order KG, Fuseki, Fuseki, KG, so that a machine that speeds up or slows
        // down during the run favours neither; each session starts with the throughput mix as a warm-up,
        // so that what is timed is the JIT-compiled steady state of both servers
        Map<Side, Map<String, List<Double>>> times = new LinkedHashMap<>();
        Map<Side, Map<String, String>> answers = new LinkedHashMap<>();
        Map<Side, List<Double>> throughput = new LinkedHashMap<>(), empty = new LinkedHashMap<>();
        List<Double> revalidations = new ArrayList<>();
        Map<String, List<Double>> served = new LinkedHashMap<>(), rendered = new LinkedHashMap<>();
        for (Side side : List.of(Side.KG, Side.FUSEKI, Side.FUSEKI, Side.KG)) {
            try (Server s = Server.start(side, config, articleData, store, List.of(), "queries")) {
                s.awaitFirstAnswer();
                throughput(s, questions, 1);
                sampleLatencies(s, questions, times.computeIfAbsent(side, k -> new LinkedHashMap<>()),
                        answers.computeIfAbsent(side, k -> new LinkedHashMap<>()));
                empty.computeIfAbsent(side, k -> new ArrayList<>()).addAll(emptyQuery(s));
                if (side == Side.KG) {
                    revalidations.addAll(revalidation(s));
                    samplePages(s, served);
                }
                List<Double> perSecond = throughput(s, questions, 2);
                throughput.computeIfAbsent(side, k -> new ArrayList<>()).addAll(perSecond);
                say("%s: median of medians %.2f ms, %.0f queries/s with %d clients", side,
                        Stats.of(times.get(side).values().stream().map(v -> Stats.of(v).median()).toList()).median(),
                        Stats.of(perSecond).median(), config.clients);
            }
        }
        // a third kg session that keeps no page: each GET renders its page, on a JIT-warm server
        try (Server s = Server.start(Side.KG, config, articleData, store,
                List.of("-D" + PageCache.SIZE_PROPERTY + "=0"), "pages-uncached")) {
            s.awaitFirstAnswer();
            throughput(s, questions, 1);
            samplePages(s, rendered);
            samplePages(s, rendered);
        }
        List<PageTimes> pages = new ArrayList<>();
        for (Page p : PAGES) {
            pages.add(new PageTimes(p.kind(), p.path(), Stats.of(served.get(p.path())), Stats.of(rendered.get(p.path()))));
            say("page %s: served %.2f ms, rendered %.2f ms (medians)", p.path(), pages.get(pages.size() - 1).served().median(),
                    pages.get(pages.size() - 1).rendered().median());
        }
        Stats ask = ask(articleData);

        List<Latency> latencies = new ArrayList<>();
        for (CompetencyQuestion q : questions)
            latencies.add(new Latency(q.name(), Stats.of(times.get(Side.KG).get(q.name())), Stats.of(times.get(Side.FUSEKI).get(q.name())),
                    answers.get(Side.KG).get(q.name()), answers.get(Side.FUSEKI).get(q.name())));

        List<ScaleRun> scale = new ArrayList<>();
        for (int n : config.sizes)
            scale.add(scale(n, questions));

        List<Profile> profiles = profiles(articleData, store, questions);

        Results results = new Results(machine, Stats.of(builds), Stats.of(inProcess), articles, draft,
                Stats.of(kgCold), Stats.of(fusekiCold),
                latencies, Stats.of(empty.get(Side.KG)), Stats.of(empty.get(Side.FUSEKI)), Stats.of(revalidations),
                pages, ask,
                Stats.of(throughput.get(Side.KG)),
                Stats.of(throughput.get(Side.FUSEKI)),
                scale, profiles, Machine.loadAverage(),
                (System.nanoTime() - t0) / 60e9);
        writeString(report, new BenchmarkReport(config, results).markdown());
        say("Wrote %s (%.1f min)", report, results.minutes());
        return report;
    }

    private Map<String, Stats> latencies(Server s, List<CompetencyQuestion> questions, Map<String, String> answers) {
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        sampleLatencies(s, questions, samples, answers);
        Map<String, Stats> stats = new LinkedHashMap<>();
        samples.forEach((q, ms) -> stats.put(q, Stats.of(ms)));
        return stats;
    }

    /** Adds {@code queryRuns} timings of each question (after 3 untimed runs) to {@code samples}, and its answer's size. */
    private void sampleLatencies(Server s, List<CompetencyQuestion> questions, Map<String, List<Double>> samples,
                                 Map<String, String> answers) {
        SparqlClient client = new SparqlClient(s.queryUrl);
        try {
            for (CompetencyQuestion q : questions)
                for (int i = 0; i < 3; i++)
                    client.time(q.sparql());
            for (CompetencyQuestion q : questions) {
                List<Double> ms = samples.computeIfAbsent(q.name(), k -> new ArrayList<>());
                for (int i = 0; i < config.queryRuns; i++)
                    ms.add(client.time(q.sparql()));
                answers.put(q.name(), SparqlClient.size(client.ask(q.sparql()).body()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Milliseconds of {@code ASK {}}, which reads nothing: the HTTP and query-parsing floor under every question. */
    private List<Double> emptyQuery(Server s) {
        SparqlClient client = new SparqlClient(s.queryUrl);
        return timed(() -> client.time("ASK {}"));
    }

    /** Milliseconds for a browser's revalidation of a page it has: a GET with the page's ETag, answered 304. */
    private List<Double> revalidation(Server s) {
        PageClient client = new PageClient(s.site());
        String etag;
        try {
            etag = client.etag(REVALIDATED_PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return timed(() -> client.revalidate(REVALIDATED_PAGE, etag));
    }

    /** One timed HTTP exchange, in milliseconds. */
    private interface Exchange {
        double milliseconds() throws IOException, InterruptedException;
    }

    /** {@code queryRuns} timings of {@code exchange}, after 3 untimed ones. */
    private List<Double> timed(Exchange exchange) {
        List<Double> ms = new ArrayList<>();
        try {
            for (int i = 0; i < 3 + config.queryRuns; i++) {
                double t = exchange.milliseconds();
                if (i >= 3)
                    ms.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return ms;
    }

    /** Adds {@code queryRuns} GETs of each page of {@link #PAGES} (after 3 untimed ones), one keep-alive client, to {@code samples}. */
    private void samplePages(Server s, Map<String, List<Double>> samples) {
        PageClient client = new PageClient(s.site());
        try {
            for (Page p : PAGES) {
                for (int i = 0; i < 3; i++)
                    client.fetch(p.path());
                List<Double> ms = samples.computeIfAbsent(p.path(), k -> new ArrayList<>());
                for (int i = 0; i < config.queryRuns; i++)
                    ms.add(client.fetch(p.path()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Seconds of {@code kg draft} of the 1,000-word article, wall time of a new JVM through the launcher,
     * {@code repeats} times, each into a fresh copy of the project's ontology and seeds (the project is never written).
     */
    private Stats draft() {
        List<Double> seconds = new ArrayList<>();
        for (int r = 0; r < config.repeats; r++) {
            Path copy = config.work.resolve("draft-project");
            deleteTree(copy);
            copyTree(config.project.resolve("ontology"), copy.resolve("ontology"));
            copyTree(config.project.resolve("seeds"), copy.resolve("seeds"));
            seconds.add(JavaProcess.runLauncher(config.launcher(), List.of(), List.of("draft",
                    config.project.resolve(DRAFTED_TEXT).toAbsolutePath().toString(), "--slug", "bench-draft",
                    "--source", copy.toString()), config.work.resolve("logs/draft-" + r + ".log")));
            if (!Files.exists(copy.resolve("seeds/bench-draft" + Sources.DRAFT_SUFFIX)))
                throw new IllegalStateException("kg draft wrote no draft: see " + config.work.resolve("logs/draft-" + r + ".log"));
            say("draft %d: %.2f s wall", r + 1, seconds.get(r));
        }
        deleteTree(config.work.resolve("draft-project"));
        return Stats.of(seconds);
    }

    /**
     * Milliseconds per question of {@code kg ask} on the article store, in this JVM: the question set is
     * run once to warm up, then again, each question timed as the median of its runs (see {@link AskEvaluation}).
     */
    private Stats ask(Path articleData) {
        QuestionSet set = QuestionSet.read(config.project.resolve(ASK_QUESTIONS));
        DatasetGraph dsg = new KgStore(articleData).open();
        try {
            Asker asker = new Asker(dsg);
            AskEvaluation.run(asker, set, ASK_LIMIT);
            Stats ms = Stats.of(AskEvaluation.run(asker, set, ASK_LIMIT).stream().map(AskEvaluation.Result::millis).toList());
            say("kg ask: %d questions, median %.2f ms, worst %.2f ms", ms.n(), ms.median(), ms.max());
            return ms;
        } finally {
            KgStore.release(dsg);
        }
    }

    /** {@code clients} threads, each its own keep-alive connection, cycling through the questions, for {@code runs} runs. */
    /** Queries per second of each run. */
    private List<Double> throughput(Server s, List<CompetencyQuestion> questions, int runs) {
        List<Double> perSecond = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            AtomicBoolean counting = new AtomicBoolean(false), stop = new AtomicBoolean(false);
            AtomicLong done = new AtomicLong(), failed = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < config.clients; c++) {
                int offset = c;
                Thread t = new Thread(() -> {
                    SparqlClient client = new SparqlClient(s.queryUrl);
                    for (int i = offset; !stop.get(); i++) {
                        try {
                            client.time(questions.get(i % questions.size()).sparql());
                            if (counting.get())
                                done.incrementAndGet();
                        } catch (IOException e) {
                            failed.incrementAndGet();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "bench-client-" + c);
                t.start();
                threads.add(t);
            }
            sleep(2_000);
            counting.set(true);
            long t0 = System.nanoTime();
            sleep(config.throughputSeconds * 1000L);
            counting.set(false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            stop.set(true);
            for (Thread t : threads)
                join(t);
            if (failed.get() > 0)
                throw new IllegalStateException(failed.get() + " queries failed during the throughput run against " + s.side);
            perSecond.add(done.get() / seconds);
        }
        return perSecond;
    }

    /**
     * Where the time goes, for each goal a profile can explain: separate runs under the JDK's flight
     * recorder (the timed runs are not recorded): the article build and a cold start in new JVMs, the
     * server under the throughput mix, and the scale build of {@link #PROFILED_ARTICLES} articles.
     */
    private List<Profile> profiles(Path articleData, Path store, List<CompetencyQuestion> questions) {
        say("Profiling (Java Flight Recorder)");
        Path dir = config.work.resolve("profiles");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Profile> profiles = new ArrayList<>();
        Path jfr = dir.resolve("article-build.jfr");
        deleteTree(articleData.resolveSibling("article-profiled"));
        JavaProcess.runLauncher(config.launcher(), List.of(Profile.jvmOption(jfr)), List.of("build", "--data",
                articleData.resolveSibling("article-profiled").toString(), "--source", config.project.toString()),
                config.work.resolve("logs/article-build-profiled.log"));
        profiles.add(Profile.of(jfr, "`kg build` of the article, new JVM"));

        jfr = dir.resolve("cold-start.jfr");
        try (Server s = Server.start(Side.KG, config, articleData, store, List.of(Profile.jvmOption(jfr)), "profile-cold")) {
            s.awaitFirstAnswer();
        }
        profiles.add(Profile.of(jfr, "`kg serve`, process start to first answer"));

        // both servers, to compare where each spends its time
        for (Side side : Side.values()) {
            try (Server s = Server.start(side, config, articleData, store, List.of(), "profile-throughput")) {
                s.awaitFirstAnswer();
                Profile.startIn(s.process.pid());
                throughput(s, questions, 1);
                profiles.add(Profile.dumpFrom(s.process.pid(), dir.resolve("throughput-" + side.name().toLowerCase() + ".jfr"),
                        (side == Side.KG ? "`kg serve`" : "plain Fuseki") + " under the throughput mix (" + config.clients
                        + " clients, " + config.throughputSeconds + " s and 2 s of warm-up, recorded once it answered, so without its start-up; "
                        + "the benchmark's clients run in another JVM)"));
            }
        }

        Path corpus = config.work.resolve("corpus-profiled");
        Path nq = config.work.resolve("corpus-profiled.nq");
        Path data = config.work.resolve("scale-profiled");
        deleteTree(corpus);
        deleteTree(data);
        new SyntheticCorpus(config.seed).write(config.project, corpus, PROFILED_ARTICLES);
        var recording = Profile.start();
        build(corpus, data, nq, PROFILED_ARTICLES);
        profiles.add(Profile.stop(recording, dir.resolve("scale-build.jfr"),
                String.format("scale build of %,d synthetic articles (ingest streamed into the bulk loader, text index, VoID)", PROFILED_ARTICLES)));
        deleteTree(corpus);
        deleteTree(nq);
        deleteTree(data);
        deleteTree(articleData.resolveSibling("article-profiled"));
        return profiles;
    }

    private record Built(ScaleBuild.Result result, KgStore.LoadReport loaded) {}

    /**
     * Seeds to a validated, indexed store: the build streams every quad into the bulk loader as it
     * goes, and into {@code nq}, the N-Quads file the loader anchor then loads.
     */
    private Built build(Path corpus, Path data, Path nq, int articles) {
        ScaleBuild.Result[] result = new ScaleBuild.Result[1];
        Map<String, Long> counts = new LinkedHashMap<>();
        KgStore.LoadReport loaded = new KgStore(data).installQuads(dest -> {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 20)) {
                result[0] = ScaleBuild.run(Sources.find(corpus), ScaleBuild.tee(dest, ScaleBuild.nquads(file)),
                        SHAPES_EVERY, CHECKS_EVERY_BATCH, config.buildThreads);
                counts.putAll(result[0].triplesPerGraph());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, config.loader, Map.of("synthetic", "articles=" + articles + " seed=" + config.seed), counts);
        return new Built(result[0], loaded);
    }

    private ScaleRun scale(int articles, List<CompetencyQuestion> questions) {
        say("Scale: %,d synthetic articles", articles);
        Path corpus = config.work.resolve("corpus-" + articles);
        Path nq = config.work.resolve("corpus-" + articles + ".nq");
        Path data = config.work.resolve("scale-" + articles);
        Path anchor = config.work.resolve("tdbloader-" + articles);
        deleteTree(corpus);
        deleteTree(data);
        deleteTree(anchor);
        long t0 = System.nanoTime();
        new SyntheticCorpus(config.seed).write(config.project, corpus, articles);
        double generate = (System.nanoTime() - t0) / 1e9;
        say("  generated seeds in %.1f s", generate);

        long t1 = System.nanoTime();
        Built b = build(corpus, data, nq, articles);
        ScaleBuild.Result built = b.result();
        KgStore.LoadReport loaded = b.loaded();
        double build = (System.nanoTime() - t1) / 1e9;
        say("  ingested %,d articles into %,d quads and bulk-loaded them in one pass, %.1f s (%,d articles SHACL-validated, "
                + "%,d through the checks); text index %.1f s, VoID %.1f s; build %.1f s in all", built.articles(), built.quads(),
                loaded.loadSeconds(), built.shapeValidated(), built.checked(), loaded.textIndexSeconds(), loaded.describeSeconds(), build);

        double anchorSeconds = JavaProcess.run(config.jar, List.of(), TDBLOADER_MAIN,
                List.of("--loc=" + anchor.resolve("tdb2"), "--loader=" + config.loader.name().toLowerCase(), nq.toString()),
                config.work.resolve("logs/tdbloader-" + articles + ".log"));
        say("  tdb2.tdbloader --loader=%s: %.1f s (%,.0f quads/s)", config.loader.name().toLowerCase(), anchorSeconds,
                built.quads() / anchorSeconds);
        long anchorBytes = size(anchor);
        deleteTree(anchor);

        Path store = new KgStore(data).current().orElseThrow();
        Map<String, Stats> times;
        Map<String, String> answers = new LinkedHashMap<>();
        double cold;
        long heapKb, rssKb;
        boolean alive;
        try (Server s = Server.start(Side.KG, config, data, store, List.of("-Xmx" + config.scaleHeap), "scale-" + articles)) {
            cold = s.awaitFirstAnswer();
            throughput(s, questions, 1);   // the same warm-up as at article scale
            times = latencies(s, questions, answers);
            heapKb = Machine.heapUsedKb(s.process.pid());
            rssKb = Machine.peakRssKb(s.process.pid());
            alive = s.process.isAlive();
        }
        say("  served with -Xmx%s: cold start %.2f s, median of medians %.2f ms, heap used %,d KB", config.scaleHeap, cold,
                Stats.of(times.values().stream().map(Stats::median).toList()).median(), heapKb);
        ScaleRun run = new ScaleRun(articles, built.quads(), generate, loaded.loadSeconds(), loaded.textIndexSeconds(),
                loaded.describeSeconds(), build, anchorSeconds, size(store), anchorBytes, fileSize(nq), cold, times, answers,
                heapKb, rssKb, alive);
        // the 10^7-triple store and its N-Quads take 12 GB: nothing is kept but the figures
        deleteTree(corpus);
        deleteTree(nq);
        deleteTree(data);
        return run;
    }

    /** A server process on the store: kg serve, or Jena's Fuseki main on the same TDB2 folder. */
    static final class Server implements AutoCloseable {
        final Side side;
        final JavaProcess process;
        final String queryUrl;

        private Server(Side side, JavaProcess process, String queryUrl) {
            this.side = side;
            this.process = process;
            this.queryUrl = queryUrl;
        }

        static Server start(Side side, Config config, Path data, Path store, List<String> jvm, String label) {
            int port = JavaProcess.freePort();
            Path log = config.work.resolve("logs/" + side.name().toLowerCase() + "-" + label + ".log");
            if (side == Side.KG) {
                // kg serve as a user runs it: it checks the store is up to date, then serves
                List<String> args = new ArrayList<>(List.of("serve", "--data", data.toString(), "--port", Integer.toString(port)));
                if (data.getFileName().toString().startsWith("scale-"))
                    args.add("--no-build");
                else
                    args.addAll(List.of("--source", config.project.toString()));
                return new Server(side, JavaProcess.launch(config.launcher(), jvm, args, log),
                        "http://127.0.0.1:" + port + "/kg/query");
            }
            List<String> args = List.of("--tdb2", "--loc=" + store.resolve("tdb2"), "--port=" + port, "--localhost",
                    "--set", "tdb:unionDefaultGraph=true", "/ds");
            return new Server(side, JavaProcess.start(config.jar, jvm, FUSEKI_MAIN, args, log),
                    "http://127.0.0.1:" + port + "/ds/query");
        }

        /** Seconds from the process's start to the first answered query. */
        double awaitFirstAnswer() {
            SparqlClient probe = new SparqlClient(queryUrl);
            while (true) {
                if (!process.isAlive())
                    throw new IllegalStateException(side + " server exited: " + process.tail());
                try {
                    if (probe.ask(PROBE).status() == 200)
                        return process.secondsSinceStart();
                } catch (ConnectException | HttpTimeoutException e) {
                    // not listening yet
                } catch (IOException e) {
                    // connection reset while starting
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (process.secondsSinceStart() > 300)
                    throw new IllegalStateException(side + " server did not answer in 300 s: " + process.tail());
                sleep(5);
            }
        }

        /** The server's root, where its pages are. */
        String site() {
            return queryUrl.substring(0, queryUrl.indexOf('/', "http://".length()));
        }

        @Override
        public void close() { process.close(); }
    }

    private static final Pattern BUILT_IN = Pattern.compile("in ([0-9.]+) s");

    /** The build's own timing, from its summary line. */
    private static double builtIn(Path log) {
        try {
            for (String line : Files.readAllLines(log))
                if (line.startsWith("Built ")) {
                    Matcher m = BUILT_IN.matcher(line);
                    if (m.find())
                        return Double.parseDouble(m.group(1));
                }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Double.NaN;
    }

    private void say(String fmt, Object... args) {
        out.printf(fmt + "%n", args);
        out.flush();
    }

    static long size(Path dir) {
        if (!Files.exists(dir))
            return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(Benchmark::fileSize).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long fileSize(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void writeString(Path file, String s) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else
                    Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (Files.exists(root))
            IOX.deleteAll(root);
    }
}
