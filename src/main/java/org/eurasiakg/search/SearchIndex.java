package org.eurasiakg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eurasiakg.vocab.EKG;

/**
 * The full-text (Lucene) index of the graph: names, alternative names, definitions and the
 * sentences of the articles, one document per triple as jena-text indexes them, analysed as
 * English (stemmed, so "peacekeeping" is found by "peacekeep"). Written once per build beside
 * the triples; opened with them so SPARQL gets {@code text:query}.
 */
public final class SearchIndex {
    public static final String LABEL = "label";
    public static final String ALT_LABEL = "altLabel";
    public static final String DEFINITION = "definition";
    public static final String TEXT = "text";

    /** Text of these kinds of node is plumbing (offsets, "Sentence 3", "Mention of ... at 42"), never a search result. */
    private static final List<Node> NOT_SEARCHED = List.of(EKG.Paragraph, EKG.Mention, EKG.EvidenceAnchor,
            EKG.oaTextQuoteSelector, EKG.oaTextPositionSelector);

    private SearchIndex() {}

    /** Which field each predicate goes to. */
    public static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", LABEL);
        def.set(LABEL, RDFS.label.asNode());
        def.set(LABEL, SKOS.prefLabel.asNode());
        def.set(LABEL, DCTerms.title.asNode());
        def.set(ALT_LABEL, SKOS.altLabel.asNode());
        def.set(DEFINITION, SKOS.definition.asNode());
        def.set(DEFINITION, DCTerms.description.asNode());
        def.set(DEFINITION, RDFS.comment.asNode());
        def.set(TEXT, EKG.nifAnchorOf);
        def.setLangField("lang");
        return def;
    }

    private static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setAnalyzer(new EnglishAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /**
     * Indexes {@code data} (a TDB2 store) into a new index in {@code dir}; returns how many texts it
     * indexed. Reads only the triples of the indexed predicates, predicate by predicate.
     */
    public static long write(DatasetGraph data, Path dir) {
        try {
            Files.createDirectories(dir);
            EntityDefinition def = definition();
            Graph union = data.getUnionGraph();
            long n = 0;
            try (Directory directory = FSDirectory.open(dir)) {
                TextIndex index = TextDatasetFactory.createLuceneIndex(directory, config());
                try {
                    for (Node predicate : List.of(LABEL, ALT_LABEL, DEFINITION, TEXT).stream()
                            .flatMap(field -> def.getPredicates(field).stream()).toList()) {
                        Triple previous = null;
                        for (Quad q : (Iterable<Quad>) () -> data.find(Node.ANY, Node.ANY, predicate, Node.ANY)) {
                            // the same triple in two graphs (a seed and the inferences) is one text: TDB2
                            // answers a predicate from its POSG index, where such quads are neighbours
                            Triple t = q.asTriple();
                            if (t.equals(previous) || !t.getObject().isLiteral())
                                continue;
                            previous = t;
                            if (!searchable(union, t.getSubject(), predicate))
                                continue;
                            Entity e = TextQueryFuncs.entityFromQuad(def, Quad.defaultGraphIRI,
                                    t.getSubject(), predicate, t.getObject());
                            if (e != null) {
                                index.addEntity(e);
                                n++;
                            }
                        }
                    }
                    index.commit();
                } finally {
                    index.close();
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean searchable(Graph g, Node subject, Node predicate) {
        // one look-up of the subject's types, not one per type tested
        List<Node> types = g.find(subject, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        if (predicate.equals(EKG.nifAnchorOf))
            return types.contains(EKG.Sentence);
        return !types.contains(EKG.Sentence) && types.stream().noneMatch(NOT_SEARCHED::contains);
    }

    /** Set (true) in the context of a dataset that passes queries on to one with its index attached (the served store). */
    public static final Symbol ATTACHED = Symbol.create("https://w3id.org/eurasia-kg/ontology#textIndexAttached");

    /** True when queries on {@code dsg} can use {@code text:query}. */
    public static boolean isAttached(DatasetGraph dsg) {
        return dsg instanceof DatasetGraphText || dsg.getContext().isTrue(ATTACHED);
    }

    /** The dataset with the index in {@code dir} attached, so its queries may use {@code text:query}. */
    public static DatasetGraph attach(DatasetGraph dsg, Path dir) {
        try {
            Directory directory = FSDirectory.open(dir);
            TextIndex index = TextDatasetFactory.createLuceneIndex(directory, config());
            return TextDatasetFactory.create(dsg, index, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the index of a dataset made by {@link #attach}; returns the dataset underneath (or {@code dsg} itself). */
    public static DatasetGraph detach(DatasetGraph dsg) {
        if (!(dsg instanceof DatasetGraphText text))
            return dsg;
        TextIndex index = text.getTextIndex();
        index.close();
        if (index instanceof TextIndexLucene lucene) {
            try {
                lucene.getDirectory().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.getWrapped();
    }
}
