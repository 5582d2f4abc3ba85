package org.eurasiakg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A synthetic corpus shaped like the real data, for the benchmark: a project folder with the real
 * ontology, checks and seeds (so the competency questions keep their answers), a shared population
 * of synthetic states, alliances, treaties, conflicts, authors and publishers, and N synthetic
 * articles in seed form (text, metadata, statements with quotes), each saying one or two things
 * with the ontology's own terms: alliance membership ({@code ekg:hasMember}), a power vacuum
 * ({@code ekg:PowerVacuum}, {@code ekg:leftBy}, {@code ekg:filledBy}), a military intervention, a
 * treaty's signing. The build turns them into evidenced statements like the real article's.
 * <p>
 * Seeded and deterministic; article {@code i} depends only on the seed and {@code i}, so the corpus
 * of N articles is a prefix of the corpus of any larger N.
 */
public final class SyntheticCorpus {
    public static final String SLUG_PREFIX = "synthetic-";
    public static final String ENTITIES_FILE = "synthetic-entities.ttl";

    /** The benchmark's population: 300 states, 60 alliances, 120 treaties, 120 conflicts, 80 authors, 20 publishers. */
    public static final int DEFAULT_STATES = 300;

    private static final String[] CONSONANTS = {"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u"};
    private static final String[] FIRST_NAMES = {"Mira", "Aidan", "Lena", "Omar", "Sana", "Tomas", "Irina", "Farid"};

    private static final String PREFIXES = """
            @prefix ekg:     <https://w3id.org/eurasia-kg/ontology#> .
            @prefix ekr:     <https://w3id.org/eurasia-kg/id/> .
            @prefix ekc:     <https://w3id.org/eurasia-kg/id/concept/> .
            @prefix owl:     <http://www.w3.org/2002/07/owl#> .
            @prefix rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .

            """;

    private final long seed;
    private final int STATES, ALLIANCES, TREATIES, CONFLICTS, PEOPLE, PUBLISHERS;

    public SyntheticCorpus(long seed) { this(seed, DEFAULT_STATES); }

    /** A population of {@code states} states and, in proportion, the other kinds of actor. */
    public SyntheticCorpus(long seed, int states) {
        this.seed = seed;
        STATES = Math.max(10, states);
        ALLIANCES = Math.max(2, STATES / 5);
        TREATIES = Math.max(2, STATES * 2 / 5);
        CONFLICTS = Math.max(2, STATES * 2 / 5);
        PEOPLE = Math.max(2, STATES * 4 / 15);
        PUBLISHERS = Math.max(2, STATES / 15);
    }

    /** One member of the shared population: its IRI's local name and English name. */
    record Entity(String id, String label) {}

    /**
     * Writes the project into {@code into}: {@code ontology/}, {@code queries/checks/} and
     * {@code seeds/} copied from {@code realProject}, the population, and {@code articles} articles.
     */
    public void write(Path realProject, Path into, int articles) {
        copyTree(realProject.resolve("ontology"), into.resolve("ontology"));
        copyTree(realProject.resolve("queries/checks"), into.resolve("queries/checks"));
        copyTree(realProject.resolve("seeds"), into.resolve("seeds"));
        Path seeds = into.resolve("seeds");
        writeString(seeds.resolve(ENTITIES_FILE), population());
        IntStream.range(0, articles).parallel().forEach(i -> writeArticle(seeds, i));
    }

    // ---- the shared population ----

    /** A unique pronounceable root per population index (two or three syllables). */
    static String root(int index) {
        int c = CONSONANTS.length, v = VOWELS.length, syl = c * v;
        int i = index + 7;
        StringBuilder sb = new StringBuilder();
        sb.append(CONSONANTS[i % c]).append(VOWELS[(i / c) % v]);
        i /= syl;
        sb.append(CONSONANTS[i % c]).append(VOWELS[(i / c) % v]);
        i /= syl;
        if (i > 0)
            sb.append(CONSONANTS[i % c]).append(VOWELS[(i / c) % v]);
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }

    Entity state(int i) { return new Entity("synthetic-state-" + i, root(i) + "ria"); }
    Entity alliance(int i) { return new Entity("synthetic-alliance-" + i, root(STATES + i) + " Defence Pact"); }
    Entity treaty(int i) { return new Entity("synthetic-treaty-" + i, root(STATES + ALLIANCES + i) + " Accord"); }
    Entity conflict(int i) { return new Entity("synthetic-conflict-" + i, root(STATES + ALLIANCES + TREATIES + i) + " border conflict"); }
    Entity person(int i) {
        return new Entity("synthetic-person-" + i, FIRST_NAMES[i % FIRST_NAMES.length] + " " + root(STATES + ALLIANCES + TREATIES + CONFLICTS + i) + "va");
    }
    Entity publisher(int i) {
        return new Entity("synthetic-publisher-" + i, root(STATES + ALLIANCES + TREATIES + CONFLICTS + PEOPLE + i) + " Institute for Security Studies");
    }

    String population() {
        StringBuilder ttl = new StringBuilder("# Synthetic population of the benchmark corpus (generated; seed " + seed + ").\n").append(PREFIXES);
        for (int i = 0; i < STATES; i++) {
            Entity e = state(i);
            entity(ttl, e, "ekg:State", "Republic of " + e.label, "Synthetic state " + i + " of the benchmark corpus.");
            ttl.append("ekr:").append(e.id).append(" ekg:partOf ekr:synthetic-region-").append(i % 10).append(" .\n");
        }
        for (int i = 0; i < 10; i++)
            entity(ttl, new Entity("synthetic-region-" + i, root(STATES + ALLIANCES + TREATIES + CONFLICTS + PEOPLE + PUBLISHERS + i) + " Highlands"), "ekg:Region", null, "Synthetic region " + i + ".");
        for (int i = 0; i < ALLIANCES; i++)
            entity(ttl, alliance(i), "ekg:MilitaryPoliticalAlliance", root(STATES + i) + " Pact", "Synthetic alliance " + i + ".");
        for (int i = 0; i < TREATIES; i++)
            entity(ttl, treaty(i), "ekg:Treaty", null, "Synthetic treaty " + i + ".");
        for (int i = 0; i < CONFLICTS; i++)
            entity(ttl, conflict(i), "ekg:Conflict", null, "Synthetic conflict " + i + ".");
        for (int i = 0; i < PEOPLE; i++)
            entity(ttl, person(i), "ekg:Person", null, "Synthetic author " + i + ".");
        for (int i = 0; i < PUBLISHERS; i++)
            entity(ttl, publisher(i), "ekg:ResearchInstitution", null, "Synthetic publisher " + i + ".");
        return ttl.toString();
    }

    private static void entity(StringBuilder ttl, Entity e, String type, String altLabel, String comment) {
        ttl.append("ekr:").append(e.id).append(" a owl:NamedIndividual , ").append(type).append(" ;\n")
           .append("    rdfs:label ").append(lit(e.label)).append(" ;\n");
        if (altLabel != null)
            ttl.append("    skos:altLabel ").append(lit(altLabel)).append(" ;\n");
        ttl.append("    rdfs:comment ").append(lit(comment)).append(" .\n\n");
    }

    // ---- the articles ----

    /** The name of article {@code i}. */
    public static String slug(int i) { return String.format(Locale.ROOT, SLUG_PREFIX + "%06d", i); }

    /** One article in seed form: text, metadata, statements. */
    record Article(String slug, String text, String meta, String statements) {}

    void writeArticle(Path seeds, int i) {
        Article a = article(i);
        writeString(seeds.resolve(a.slug + ".txt"), a.text);
        writeString(seeds.resolve(a.slug + ".meta.ttl"), a.meta);
        writeString(seeds.resolve(a.slug + ".statements.ttl"), a.statements);
    }

    Article article(int i) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
        String slug = slug(i);
        Entity alliance = alliance(rnd.nextInt(ALLIANCES));
        List<String> sentences = new ArrayList<>();
        StringBuilder st = new StringBuilder(PREFIXES);
        StringBuilder labels = new StringBuilder();
        int kinds = rnd.nextInt(4) == 0 ? 2 : 1;
        int first = rnd.nextInt(10);
        for (int k = 0; k < kinds; k++) {
            int kind = (first + k * 5) % 10;
            String id = slug + "-" + k;
            if (kind < 4)
                sentences.add(membership(rnd, st, id, alliance));
            else if (kind < 6)
                sentences.add(vacuum(rnd, st, labels, id, alliance));
            else if (kind < 8)
                sentences.add(intervention(rnd, st, labels, id, alliance));
            else
                sentences.add(treatySigning(rnd, st, id));
        }
        String title = "Security brief " + i + ": the " + alliance.label;
        String text = title + "\n\n" + String.join(" ", sentences) + "\n";
        Entity author = person(rnd.nextInt(PEOPLE));
        Entity publisher = publisher(rnd.nextInt(PUBLISHERS));
        String meta = PREFIXES
                + "<https://w3id.org/eurasia-kg/id/article/" + slug + "> a ekg:Article ;\n"
                + "    rdfs:label " + lit(title) + " ;\n"
                + "    dcterms:title " + lit(title) + " ;\n"
                + "    dcterms:creator ekr:" + author.id + " ;\n"
                + "    dcterms:publisher ekr:" + publisher.id + " ;\n"
                + "    dcterms:language \"en\" ;\n"
                + "    dcterms:source <https://example.org/eurasia-kg/synthetic/" + slug + "> ;\n"
                + "    ekg:textFile \"" + slug + ".txt\" .\n";
        return new Article(slug, text, meta, st.append(labels).toString());
    }

    private String membership(SplittableRandom rnd, StringBuilder st, String id, Entity alliance) {
        int a = rnd.nextInt(STATES), b = (a + 1 + rnd.nextInt(STATES - 1)) % STATES;
        String quote = "The " + alliance.label + " includes " + state(a).label + " and " + state(b).label;
        statement(st, "st-" + id + "-member-1", "ekr:" + alliance.id, "ekg:hasMember", "ekr:" + state(a).id, "reported-fact", quote);
        statement(st, "st-" + id + "-member-2", "ekr:" + alliance.id, "ekg:hasMember", "ekr:" + state(b).id, "reported-fact", quote);
        return quote + ".";
    }

    private String vacuum(SplittableRandom rnd, StringBuilder st, StringBuilder labels, String id, Entity alliance) {
        Entity conflict = conflict(rnd.nextInt(CONFLICTS));
        Entity filler = state(rnd.nextInt(STATES));
        String vacuum = "ekr:" + id + "-vacuum";
        String quote = "In the " + conflict.label + ", the " + alliance.label + " left a vacuum that " + filler.label + " has been filling";
        statement(st, "st-" + id + "-vacuum-type", vacuum, "rdf:type", "ekg:PowerVacuum", "assessment", quote);
        statement(st, "st-" + id + "-vacuum-left-by", vacuum, "ekg:leftBy", "ekr:" + alliance.id, "assessment", quote);
        statement(st, "st-" + id + "-vacuum-context", vacuum, "ekg:inContext", "ekr:" + conflict.id, "assessment", quote);
        statement(st, "st-" + id + "-vacuum-filled-by", vacuum, "ekg:filledBy", "ekr:" + filler.id, "assessment", quote);
        labels.append(vacuum).append(" rdfs:label ").append(lit("Power vacuum left by the " + alliance.label + " in the " + conflict.label)).append(" .\n");
        return quote + ".";
    }

    private String intervention(SplittableRandom rnd, StringBuilder st, StringBuilder labels, String id, Entity alliance) {
        Entity where = state(rnd.nextInt(STATES));
        int year = 1995 + rnd.nextInt(30);
        String event = "ekr:" + id + "-intervention";
        String quote = "In " + year + ", the " + alliance.label + " deployed troops to " + where.label;
        statement(st, "st-" + id + "-intervention-type", event, "rdf:type", "ekg:MilitaryIntervention", "reported-fact", quote);
        statement(st, "st-" + id + "-intervention-intervener", event, "ekg:intervener", "ekr:" + alliance.id, "reported-fact", quote);
        statement(st, "st-" + id + "-intervention-location", event, "ekg:location", "ekr:" + where.id, "reported-fact", quote);
        statementValue(st, "st-" + id + "-intervention-date", event, "ekg:date", "\"" + year + "\"^^xsd:gYear", "reported-fact", quote);
        labels.append(event).append(" rdfs:label ").append(lit("Deployment of the " + alliance.label + " to " + where.label + " in " + year)).append(" .\n");
        return quote + ".";
    }

    private String treatySigning(SplittableRandom rnd, StringBuilder st, String id) {
        Entity treaty = treaty(rnd.nextInt(TREATIES));
        Entity signatory = state(rnd.nextInt(STATES));
        int year = 1990 + rnd.nextInt(35);
        String quote = "The " + treaty.label + " was signed in " + year + " by " + signatory.label;
        statementValue(st, "st-" + id + "-treaty-date", "ekr:" + treaty.id, "ekg:signingDate", "\"" + year + "\"^^xsd:gYear", "reported-fact", quote);
        statement(st, "st-" + id + "-treaty-signatory", "ekr:" + treaty.id, "ekg:signatory", "ekr:" + signatory.id, "reported-fact", quote);
        return quote + ".";
    }

    private static void statement(StringBuilder st, String id, String s, String p, String o, String status, String quote) {
        st.append("ekr:").append(id).append(" a ekg:Statement ;\n    ekg:subject ").append(s)
          .append(" ;\n    ekg:predicate ").append(p).append(" ;\n    ekg:object ").append(o)
          .append(" ;\n    ekg:epistemicStatus ekc:").append(status)
          .append(" ;\n    ekg:quote ").append(str(quote)).append(" .\n\n");
    }

    private static void statementValue(StringBuilder st, String id, String s, String p, String value, String status, String quote) {
        st.append("ekr:").append(id).append(" a ekg:Statement ;\n    ekg:subject ").append(s)
          .append(" ;\n    ekg:predicate ").append(p).append(" ;\n    ekg:value ").append(value)
          .append(" ;\n    ekg:epistemicStatus ekc:").append(status)
          .append(" ;\n    ekg:quote ").append(str(quote)).append(" .\n\n");
    }

    private static String str(String s) { return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }

    private static String lit(String s) { return str(s) + "@en"; }

    private static void writeString(Path file, String s) {
        try {
            Files.writeString(file, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from))
            return;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
