package org.eurasiakg.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.eurasiakg.TestProjects;
import org.eurasiakg.ingest.InputException;
import org.eurasiakg.ingest.KnowledgeGraphBuild;
import org.eurasiakg.ingest.QualityChecks;
import org.eurasiakg.ingest.Sources;
import org.eurasiakg.vocab.EKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quality checks pass on the built data, and each one fails on the damage it is there to catch. */
class QualityChecksTest {
    private static final Path ROOT = TestProjects.repository();
    private static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/eurasia-kg/ontology");
    private static final Node DEFINITION = SKOS.definition.asNode();
    private static final Node FOO = NodeFactory.createURI(EKG.NS + "Foo");
    private static Graph built;

    @BeforeAll
    static void build() {
        built = GraphFactory.createDefaultGraph();
        KnowledgeGraphBuild.run(Sources.find(ROOT)).dataset().find().forEachRemaining(q -> built.add(q.asTriple()));
    }

    private static Path check(String name) {
        return ROOT.resolve("queries/checks/" + name + "-violation.rq");
    }

    private static void assertCaught(String name, Consumer<Graph> damage) {
        Graph data = GraphFactory.createDefaultGraph();
        built.find().forEach(data::add);
        damage.accept(data);
        assertThatThrownBy(() -> QualityChecks.run(List.of(check(name)), ROOT, data))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("quality check failed");
    }

    private static Node anyStatement(Graph g) {
        return g.find(null, RDF.type.asNode(), EKG.Statement).next().getSubject();
    }

    @ParameterizedTest
    @ValueSource(strings = {"term-without-label", "term-without-definition", "term-not-defined-by-ontology",
            "undefined-term", "entity-without-label", "statement-without-evidence",
            "sentence-without-statement", "statement-about-unknown-resource"})
    void theBuiltDataPasses(String name) {
        assertThatCode(() -> QualityChecks.run(List.of(check(name)), ROOT, built)).doesNotThrowAnyException();
    }

    @Test
    void aTermWithoutALabel() {
        assertCaught("term-without-label", g -> {
            g.add(Triple.create(FOO, RDF.type.asNode(), OWL.Class.asNode()));
            g.add(Triple.create(FOO, RDFS.isDefinedBy.asNode(), ONTOLOGY));
        });
    }

    @Test
    void aTermWithoutADefinition() {
        assertCaught("term-without-definition", g -> {
            g.add(Triple.create(FOO, RDFS.isDefinedBy.asNode(), ONTOLOGY));
            g.add(Triple.create(FOO, RDFS.label.asNode(), NodeFactory.createLiteralLang("foo", "en")));
        });
    }

    @Test
    void aTermThatDoesNotSayWhereItIsDefined() {
        assertCaught("term-not-defined-by-ontology", g -> g.add(Triple.create(FOO, RDF.type.asNode(), OWL.Class.asNode())));
    }

    @Test
    void aTermTheOntologyDoesNotDefine() {
        assertCaught("undefined-term", g -> g.add(Triple.create(NodeFactory.createURI(EKG.ID + "russia"),
                NodeFactory.createURI(EKG.NS + "notATerm"), NodeFactory.createURI(EKG.ID + "armenia"))));
    }

    @Test
    void anEntityWithoutAName() {
        assertCaught("entity-without-label", g -> g.add(Triple.create(NodeFactory.createURI(EKG.ID + "nameless"),
                RDF.type.asNode(), NodeFactory.createURI(EKG.NS + "State"))));
    }

    @Test
    void aStatementWithoutEvidence() {
        assertCaught("statement-without-evidence", g -> g.find(anyStatement(g), EKG.evidence, null).toList().forEach(g::delete));
    }

    @Test
    void aSentenceNoStatementCovers() {
        Node sentence = NodeFactory.createURI(EKG.ARTICLE + "eurasia-under-the-csto/sentence/5");
        assertCaught("sentence-without-statement", g -> g.find(null, EKG.sentence, sentence).toList().forEach(g::delete));
    }

    @Test
    void aStatementAboutAnUnknownResource() {
        assertCaught("statement-about-unknown-resource", g -> {
            Node st = anyStatement(g);
            g.find(st, EKG.object, null).toList().forEach(g::delete);
            g.add(Triple.create(st, EKG.object, NodeFactory.createURI(EKG.ID + "nowhere")));
        });
    }
}
