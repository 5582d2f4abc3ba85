package org.eurasiakg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eurasiakg.TestProjects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The inconsistent ontology that BadInputBuildTest feeds to kg build (the build's SPARQL checks find
 * it) is inconsistent for a DL reasoner too, and the fixture without it is not: the test input is
 * what it claims to be.
 */
class InconsistentOntologyTest {
    private static final Path FIXTURE = TestProjects.repository().resolve("src/test/resources/fixture");
    private static final Path CLASH = TestProjects.repository().resolve("src/test/resources/bad-input/inconsistent.ttl");

    @ParameterizedTest(name = "with the clash: {0}")
    @CsvSource({"false, true", "true, false"})
    void hermitAgreesWithTheBuild(boolean withClash, boolean consistent) throws Exception {
        StringBuilder turtle = new StringBuilder();
        for (Path p : new Path[] {FIXTURE.resolve("ontology/mini.ttl"), FIXTURE.resolve("seeds/entities.ttl")})
            turtle.append(Files.readString(p)).append('\n');
        if (withClash)
            turtle.append(Files.readString(CLASH));
        OWLOntology ontology = OWLManager.createOWLOntologyManager()
                .loadOntologyFromOntologyDocument(new StringDocumentSource(turtle.toString()));
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology, new Configuration());
        try {
            assertThat(reasoner.isConsistent()).isEqualTo(consistent);
        } finally {
            reasoner.dispose();
        }
    }
}
