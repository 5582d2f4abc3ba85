package org.eurasiakg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.store.KgStore;
import org.eurasiakg.vocab.EKG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Only what the articles say" is one switch away: a query {@code FROM} the article graphs sees every
 * article triple and no triple of another kind (editorial, external source, derived), on the store
 * built from the real project; the graph-kind pattern finds the same graphs.
 */
class ArticleOnlyTest {
    private static final String ARTICLE_GRAPH = EKG.Graphs.article("eurasia-under-the-csto").getURI();

    @TempDir static Path tmp;
    static DatasetGraph store;

    @BeforeAll
    static void build() {
        Path data = CliRun.buildReal(tmp);
        store = new KgStore(data).open();
    }

    @AfterAll
    static void release() {
        KgStore.release(store);
    }

    private static Set<Triple> construct(String sparql) {
        Query query = QueryRunner.parse(sparql);
        return Txn.calculateRead(store, () -> {
            QueryRunner.Scoped scoped = QueryRunner.scoped(store, query);
            try (QueryExec exec = QueryExec.dataset(scoped.dataset()).query(scoped.query()).build()) {
                return new HashSet<>(exec.construct().find().toList());
            }
        });
    }

    private static List<Node> graphsOfKind(Node kind) {
        return Txn.calculateRead(store, () -> store.getGraph(EKG.Graphs.PROVENANCE)
                .find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), kind).mapWith(Triple::getSubject).toList());
    }

    private static Set<Triple> triplesOf(List<Node> graphs) {
        return Txn.calculateRead(store, () -> {
            Set<Triple> all = new HashSet<>();
            for (Node g : graphs)
                store.getGraph(g).find().forEach(all::add);
            return all;
        });
    }

    @Test
    void fromTheArticleGraphsExcludesEveryNonArticleTriple() {
        // every article has its graph; the question picks one
        List<Node> articles = graphsOfKind(EKG.ArticleGraph);
        assertThat(articles).extracting(Node::getURI).contains(ARTICLE_GRAPH)
                .allMatch(g -> g.startsWith("https://w3id.org/eurasia-kg/graph/article/"));
        Set<Triple> seen = construct("CONSTRUCT { ?s ?p ?o } FROM <" + ARTICLE_GRAPH + "> WHERE { ?s ?p ?o }");
        Set<Triple> article = triplesOf(List.of(NodeFactory.createURI(ARTICLE_GRAPH)));
        assertThat(seen).isEqualTo(article);

        List<Node> others = Txn.calculateRead(store, () -> {
            List<Node> all = new java.util.ArrayList<>();
            store.listGraphNodes().forEachRemaining(all::add);
            all.removeAll(articles);
            return all;
        });
        assertThat(others).extracting(Node::getURI).contains(EKG.Graphs.ENTITIES.getURI(), EKG.Graphs.LINKS.getURI(),
                EKG.Graphs.INFERRED.getURI(), EKG.Graphs.ONTOLOGY.getURI());
        Set<Triple> nonArticle = triplesOf(others);
        nonArticle.removeAll(article);
        assertThat(nonArticle).as("triples only in editorial, external-source and derived graphs").hasSizeGreaterThan(1000);
        for (Triple t : nonArticle)
            assertThat(seen).as("article-only query sees a non-article triple").doesNotContain(t);
    }

    @Test
    void aLinkAnEditorialLabelAndAnInferenceAreOutOfIt() {
        Set<Triple> seen = construct("CONSTRUCT { ?s ?p ?o } FROM <" + ARTICLE_GRAPH + "> WHERE { ?s ?p ?o }");
        Node csto = NodeFactory.createURI(EKG.ID + "csto");
        assertThat(seen).noneMatch(t -> t.getSubject().equals(csto) && t.getPredicate().getURI().equals("http://www.w3.org/2002/07/owl#sameAs"));
        assertThat(seen).noneMatch(t -> t.getSubject().equals(csto) && t.getPredicate().getURI().equals("http://www.w3.org/2000/01/rdf-schema#label"));
        // the members are said by the article; that Russia is a member of the CSTO is their inverse, inferred
        assertThat(seen).anyMatch(t -> t.getSubject().equals(csto) && t.getPredicate().getURI().equals(EKG.NS + "hasMember"));
        assertThat(seen).noneMatch(t -> t.getObject().equals(csto) && t.getPredicate().getURI().equals(EKG.NS + "memberOf"));
    }

    @Test
    void theGraphKindPatternFindsTheSameGraphs() {
        Set<Triple> seen = construct("""
                PREFIX ekg: <https://w3id.org/eurasia-kg/ontology#>
                CONSTRUCT { ?g a ekg:ArticleGraph } WHERE { ?g a ekg:ArticleGraph GRAPH ?g { ?s ?p ?o } }""");
        assertThat(seen).extracting(t -> t.getSubject()).containsExactlyInAnyOrderElementsOf(graphsOfKind(EKG.ArticleGraph))
                .extracting(Node::getURI).contains(ARTICLE_GRAPH);
    }
}
