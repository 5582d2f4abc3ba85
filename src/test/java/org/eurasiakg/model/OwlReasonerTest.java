package org.eurasiakg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eurasiakg.TestProjects;
import org.eurasiakg.ingest.KnowledgeGraphBuild;
import org.eurasiakg.ingest.Sources;
import org.eurasiakg.vocab.EKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The ontology is OWL 2 DL, and a DL reasoner finds ontology plus data consistent with every class satisfiable. */
class OwlReasonerTest {
    static DatasetGraph built;

    @BeforeAll
    static void build() {
        built = KnowledgeGraphBuild.run(Sources.find(TestProjects.repository())).dataset();
    }

    private static OWLOntology load(OWLOntologyManager manager, Graph graph) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        return manager.loadOntologyFromOntologyDocument(new StringDocumentSource(out.toString("UTF-8")));
    }

    @Test
    void ontologyIsOwl2Dl() throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology ontology = load(manager, built.getGraph(EKG.Graphs.ONTOLOGY));
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        assertThat(report.getViolations()).as(report.getViolations().stream()
                .limit(10).map(OWLProfileViolation::toString).toList().toString()).isEmpty();
        assertThat(ontology.getOntologyID().getVersionIRI()).isPresent();
    }

    @Test
    void ontologyAndDataAreConsistentAndNoClassIsUnsatisfiable() throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        // inferred triples are left out: the reasoner derives them itself
        Graph all = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        built.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(EKG.Graphs.INFERRED))
                built.getGraph(g).find().forEach(all::add);
        });
        OWLOntology ontology = load(manager, all);
        Configuration config = new Configuration();
        // xsd:gYear, xsd:gYearMonth, xsd:date and xsd:duration values lie outside the OWL 2 datatype map
        config.ignoreUnsupportedDatatypes = true;
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology, config);
        try {
            assertThat(reasoner.isConsistent()).isTrue();
            List<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().stream().toList();
            assertThat(unsatisfiable).isEmpty();
            assertThat(ontology.classesInSignature().count()).isGreaterThan(30);
        } finally {
            reasoner.dispose();
        }
    }
}
