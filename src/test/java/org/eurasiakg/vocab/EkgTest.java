package org.eurasiakg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The generated EKG matches ontology/eurasia-kg.ttl, and the one prefix map holds the ontology's prefixes. */
class EkgTest {
    private static final String ONTOLOGY = "ontology/eurasia-kg.ttl";

    @Test
    void everyClassAndPropertyOfTheOntologyIsAConstantNamedByItsLocalName() throws IllegalAccessException {
        Graph ontology = RDFParser.source(ONTOLOGY).toGraph();
        Set<String> terms = new TreeSet<>();
        // classes, object and datatype properties are generated; the annotation properties are in EkgConstants
        for (Node type : new Node[] {OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode(),
                OWL2.AnnotationProperty.asNode()})
            ontology.find(Node.ANY, RDF.type.asNode(), type).mapWith(t -> t.getSubject())
                    .filterKeep(s -> s.isURI() && s.getURI().startsWith(EKG.NS)).forEach(s -> terms.add(s.getURI()));
        assertThat(terms).hasSizeGreaterThan(150);

        Map<String, String> reachable = new TreeMap<>();
        for (Field f : EKG.class.getFields())
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class)
                reachable.put(f.getName(), ((Node) f.get(null)).getURI());
        for (String iri : terms)
            assertThat(reachable).containsEntry(iri.substring(EKG.NS.length()), iri);

        Set<String> generated = new TreeSet<>();
        for (Field f : EKG.class.getDeclaredFields())
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class)
                generated.add(((Node) f.get(null)).getURI());
        assertThat(terms).containsAll(generated);
    }

    @Test
    void theTermsTheBuildWritesAreNodesOfTheOntologyNamespace() {
        assertThat(EKG.Statement.getURI()).isEqualTo("https://w3id.org/eurasia-kg/ontology#Statement");
        assertThat(EKG.subject.getURI()).isEqualTo("https://w3id.org/eurasia-kg/ontology#subject");
        assertThat(EKG.Sentence).isNotEqualTo(EKG.sentence);
        assertThat(EKG.NS).isEqualTo(EKG.BASE + "ontology#");
        assertThat(EKG.Graphs.ONTOLOGY.getURI()).isEqualTo("https://w3id.org/eurasia-kg/graph/ontology");
    }

    @Test
    void theOnePrefixMapHasJenasTheOntologysAndTheDatasPrefixes() {
        Map<String, String> all = Prefixes.ALL.getNsPrefixMap();
        assertThat(all).containsEntry("rdf", RDF.getURI()).containsEntry("owl", OWL2.getURI())
                .containsEntry("ekg", EKG.NS).containsEntry("ekr", EKG.ID).containsEntry("ekc", EKG.CONCEPT)
                .containsEntry("oa", EKG.OA).containsEntry("nif", EKG.NIF).containsEntry("itsrdf", EKG.ITSRDF)
                .containsEntry("void", "http://rdfs.org/ns/void#");
        Graph ontology = RDFParser.source(ONTOLOGY).toGraph();
        assertThat(all).containsAllEntriesOf(ontology.getPrefixMapping().getNsPrefixMap());
    }
}
