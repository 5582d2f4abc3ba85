package org.eurasiakg.ask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The ranked reading, when no relation fits a question: every statement indexed in Lucene (in
 * memory, once per store generation) by its words (its subject's, property's and object's names,
 * its value, its quotes); the question's words rank them. A statement counts only when it has most
 * of the question's words ({@link #MIN_SHARE}, measured on the question set): below, the graph
 * has no answer.
 */
final class StatementRanking {
    static final double MIN_SHARE = 0.75;
    private static final String WORDS = "words";
    private static final String ID = "st";
    private static final Query STATEMENTS = Sparql.template("statements.rq");

    private final IndexSearcher searcher;
    private final Map<String, Set<String>> stemsOf = new HashMap<>();

    private StatementRanking(IndexSearcher searcher) { this.searcher = searcher; }

    static StatementRanking index(DatasetGraph dsg) {
        Map<Node, StringBuilder> words = new HashMap<>();
        Sparql.select(dsg, STATEMENTS, new Deadline(600_000), row ->
                words.computeIfAbsent(row.get("st"), k -> new StringBuilder())
                        .append(row.get("words").getLiteralLexicalForm()).append(" . "));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Stems.analyzer()))) {
            for (Map.Entry<Node, StringBuilder> e : words.entrySet()) {
                Document d = new Document();
                d.add(new StoredField(ID, e.getKey().getURI()));
                d.add(new TextField(WORDS, e.getValue().toString(), Field.Store.NO));
                w.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            StatementRanking ranking = new StatementRanking(new IndexSearcher(DirectoryReader.open(dir)));
            words.forEach((st, text) -> ranking.stemsOf.put(st.getURI(), new HashSet<>(Stems.of(text.toString()))));
            return ranking;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements (IRIs) that have at least {@link #MIN_SHARE} of the question's words, best first. */
    List<String> rank(List<String> questionStems, int limit) {
        Set<String> wanted = new LinkedHashSet<>(questionStems);
        if (wanted.isEmpty())
            return List.of();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String s : wanted)
            q.add(new TermQuery(new Term(WORDS, s)), BooleanClause.Occur.SHOULD);
        List<String> found = new ArrayList<>();
        try {
            for (ScoreDoc hit : searcher.search(q.build(), limit * 4).scoreDocs) {
                String st = searcher.storedFields().document(hit.doc).get(ID);
                Set<String> has = stemsOf.getOrDefault(st, Set.of());
                long shared = wanted.stream().filter(has::contains).count();
                if (shared >= 2 && shared >= MIN_SHARE * wanted.size())
                    found.add(st);
                if (found.size() == limit)
                    break;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
