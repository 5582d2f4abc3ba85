package org.eurasiakg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.TestProjects;
import org.eurasiakg.ingest.InputException;
import org.eurasiakg.ingest.KnowledgeGraphBuild;
import org.eurasiakg.ingest.ShapeValidation;
import org.eurasiakg.ingest.Sources;
import org.eurasiakg.vocab.EKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shapes accept the built data and catch each kind of damage to it. */
class ShapesTest {
    private static final Path SHAPES = TestProjects.repository().resolve("ontology/shapes.ttl");
    private static Graph built;
    private static Graph shapes;
    private Graph data;

    @BeforeAll
    static void build() {
        built = KnowledgeGraphBuild.run(Sources.find(TestProjects.repository())).dataset().getUnionGraph();
        shapes = org.apache.jena.riot.RDFDataMgr.loadGraph(SHAPES.toString());
    }

    /** Each test damages its own copy. */
    @BeforeEach
    void copy() {
        data = GraphFactory.createDefaultGraph();
        built.find().forEach(data::add);
    }

    private Node anyStatement() {
        return data.find(null, RDF.type.asNode(), EKG.Statement).next().getSubject();
    }

    private void assertViolation(String expectedInMessage) {
        List<String> report = ShapeValidation.report(shapes, data);
        assertThat(report).anyMatch(line -> line.contains(expectedInMessage));
    }

    @Test
    void theBuiltDataConforms() {
        assertThat(ShapeValidation.report(shapes, data)).isEmpty();
    }

    @Test
    void aViolationFailsTheBuildWithOneLine() {
        data.find(anyStatement(), EKG.reportedIn, null).toList().forEach(data::delete);
        assertThatThrownBy(() -> ShapeValidation.validate(shapes, SHAPES, data))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("SHACL violation")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aStatementWithoutEvidenceIsAViolation() {
        Node st = anyStatement();
        data.find(st, EKG.evidence, null).toList().forEach(data::delete);
        assertViolation(st.getURI().substring(EKG.ID.length()));
    }

    @Test
    void aStatementWithTwoSubjectsIsAViolation() {
        Node st = anyStatement();
        data.add(Triple.create(st, EKG.subject, NodeFactory.createURI(EKG.ID + "nowhere")));
        assertViolation(st.getURI().substring(EKG.ID.length()));
    }

    @Test
    void aStatementWithoutAnAsserterIsAViolation() {
        Node st = anyStatement();
        data.find(st, EKG.assertedBy, null).toList().forEach(data::delete);
        assertViolation(st.getURI().substring(EKG.ID.length()));
    }

    @Test
    void aLeftoverQuoteIsAViolation() {
        Node st = anyStatement();
        data.add(Triple.create(st, EKG.quote, NodeFactory.createLiteralString("not resolved")));
        assertViolation(st.getURI().substring(EKG.ID.length()));
    }

    @Test
    void aSentenceWithoutOffsetsIsAViolation() {
        Node sentence = data.find(null, RDF.type.asNode(), EKG.Sentence).next().getSubject();
        data.find(sentence, EKG.nifBeginIndex, null).toList().forEach(data::delete);
        assertViolation("sentence");
    }
}
