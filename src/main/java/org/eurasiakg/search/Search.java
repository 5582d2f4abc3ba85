package org.eurasiakg.search;

import org.eurasiakg.query.SparqlResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The search box: turns what a reader types into a Lucene query (each word as a word or as the
 * start of one, every word required) and runs {@code search.rq} with {@code text:query}. Results
 * come names first, then definitions, then sentences of the articles, each by Lucene's score.
 */
public final class Search {
    private static final int MAX_WORDS = 12;
    private static final Query QUERY = load("search.rq");
    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final EntityDefinition FIELDS = SearchIndex.definition();

    /** One text that matched. */
    public record Match(Node property, String text) {}

    /** One resource that matched, with every text of it that did, best score first. */
    public record Hit(Node subject, double score, List<Match> matches) {}

    private Search() {}

    /**
     * The Lucene query for a reader's words: "peacekeep" finds "peacekeeping" (as a prefix) and
     * "peacekeepers" finds "peacekeeping" (by stem). Null when there is no word to look for.
     */
    public static String luceneQuery(String typed) {
        if (typed == null)
            return null;
        List<String> words = new ArrayList<>();
        for (String w : typed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || STOP_WORDS.contains(w) || words.contains(w))
                continue;
            words.add(w);
            if (words.size() == MAX_WORDS)
                break;
        }
        if (words.isEmpty())
            return null;
        StringBuilder q = new StringBuilder("(");
        for (String w : words) {
            if (q.length() > 1)
                q.append(" AND ");
            q.append('(').append(w).append("^2 OR ").append(w).append("*)");
        }
        return q.append(')').toString();
    }

    /** The resources whose texts match {@code typed}, best first, at most {@code limit}. */
    public static List<Hit> find(DatasetGraph dsg, String typed, int limit) {
        String lucene = luceneQuery(typed);
        // a store without its index (built by an older kg) has nothing to search
        if (lucene == null || !SearchIndex.isAttached(dsg))
            return List.of();
        Map<Node, List<Match>> matches = new LinkedHashMap<>();
        Map<Node, Double> scores = new LinkedHashMap<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(QUERY)
                    .substitution("query", NodeFactory.createLiteralString(lucene))
                    .substitution("limit", NodeFactory.createLiteralDT(Integer.toString(limit * 4), XSDDatatype.XSDinteger))
                    .build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    Node s = b.get("s");
                    Node text = b.get("text");
                    double score = Double.parseDouble(b.get("score").getLiteralLexicalForm());
                    scores.merge(s, score, Math::max);
                    List<Match> ms = matches.computeIfAbsent(s, k -> new ArrayList<>());
                    Match m = new Match(b.get("property"), text == null ? "" : text.getLiteralLexicalForm());
                    if (!ms.contains(m))
                        ms.add(m);
                }
            }
        });
        List<Hit> hits = new ArrayList<>();
        scores.forEach((s, score) -> hits.add(new Hit(s, score, matches.get(s))));
        // what is called so comes before what is defined so, before what a sentence says; then by score
        hits.sort(Comparator.comparingInt(Search::tier).thenComparing(Hit::score, Comparator.reverseOrder()));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    private static int tier(Hit h) {
        int best = 2;
        for (Match m : h.matches()) {
            String field = m.property() == null ? null : FIELDS.getField(m.property());
            if (SearchIndex.LABEL.equals(field) || SearchIndex.ALT_LABEL.equals(field))
                return 0;
            if (SearchIndex.DEFINITION.equals(field))
                best = 1;
        }
        return best;
    }

    private static Query load(String name) {
        return SparqlResource.query(Search.class, name);
    }
}
