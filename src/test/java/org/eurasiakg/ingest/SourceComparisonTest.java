package org.eurasiakg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.TestProjects;
import org.eurasiakg.vocab.EKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each kind of comparison is found once in two small articles, and the near-misses are not. */
class SourceComparisonTest {
    static Graph comparisons;

    @BeforeAll
    static void compare() {
        Graph all = RDFDataMgr.loadGraph(TestProjects.repository().resolve("src/test/resources/comparison/two-articles.ttl").toString());
        comparisons = GraphFactory.createDefaultGraph();
        new SourceComparison().compare(all, comparisons);
    }

    private static List<Node> ofKind(String kind) {
        return comparisons.find(null, RDF.type.asNode(), NodeFactory.createURI(EKG.NS + kind))
                .mapWith(Triple::getSubject).toList();
    }

    private static List<Node> statementsOf(Node comparison) {
        return comparisons.find(comparison, NodeFactory.createURI(EKG.NS + "comparedStatement"), null)
                .mapWith(Triple::getObject).toList();
    }

    private static Node st(String name) { return NodeFactory.createURI(EKG.ID + name); }

    @Test
    void theSameClaimInTwoArticlesIsOneComparisonOfBothStatements() {
        assertThat(ofKind("SameClaim")).hasSize(1);
        assertThat(statementsOf(ofKind("SameClaim").get(0))).containsExactlyInAnyOrder(st("st-a1"), st("st-b1"));
    }

    @Test
    void oneVoiceAgainstAnAttributionIsADifferenceOfStance() {
        assertThat(ofKind("DifferentStances")).hasSize(1);
        assertThat(statementsOf(ofKind("DifferentStances").get(0))).containsExactlyInAnyOrder(st("st-a1"), st("st-b1"));
    }

    @Test
    void aMemberOneArticleLeavesOutIsADifferenceOfValueSets() {
        assertThat(ofKind("DifferentValueSets")).hasSize(1);
        assertThat(statementsOf(ofKind("DifferentValueSets").get(0))).containsExactly(st("st-a2"));
    }

    @Test
    void datesThatAgreeAtTheCoarserPrecisionAreNotADisagreement() {
        assertThat(ofKind("ValuesAtDifferentPrecision")).hasSize(1);
        assertThat(statementsOf(ofKind("ValuesAtDifferentPrecision").get(0))).containsExactlyInAnyOrder(st("st-a3"), st("st-b3"));
    }

    @Test
    void differentDatesAreTheOnlyDisagreementAndAnInstrumentAgreesWithItsProvision() {
        assertThat(ofKind("DifferentValues")).hasSize(1);
        assertThat(statementsOf(ofKind("DifferentValues").get(0))).containsExactlyInAnyOrder(st("st-a4"), st("st-b4"));
    }

    @Test
    void aDisputedClaimIsReported() {
        assertThat(ofKind("DisputedClaim")).hasSize(1);
        assertThat(statementsOf(ofKind("DisputedClaim").get(0))).containsExactly(st("st-b6"));
    }

    @Test
    void everyComparisonHasOneEnglishLabel() {
        for (Triple t : comparisons.find(null, RDF.type.asNode(), null).toList())
            assertThat(comparisons.find(t.getSubject(), org.apache.jena.vocabulary.RDFS.label.asNode(), null).toList())
                    .as(t.getSubject().getURI()).hasSize(1);
    }
}
