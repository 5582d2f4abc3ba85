package org.eurasiakg.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way the ontology and data can clash is found and named; consistent data passes. */
class ConsistencyTest {
    private static final String PREFIXES = """
            @prefix ekg: <https://w3id.org/eurasia-kg/ontology#> . @prefix ekr: <https://w3id.org/eurasia-kg/id/> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            ekg:State rdfs:subClassOf ekg:Actor . ekg:Region rdfs:subClassOf ekg:Place .
            [] a owl:AllDisjointClasses ; owl:members ( ekg:Actor ekg:Event ) .
            ekg:name a owl:DatatypeProperty , owl:FunctionalProperty .
            ekg:date rdfs:domain ekg:Event .
            """;

    private static Graph graph(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + turtle).lang(Lang.TURTLE).parse(g);
        return g;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "two disjoint classes through a super-class | ekr:x a ekg:State , ekg:Event . | ekr:x is an instance of both ekg:Actor and ekg:Event",
            "a disjoint class through a property's domain | ekr:x a ekg:State ; ekg:date \"2020\" . | ekr:x is an instance of both ekg:Actor and ekg:Event",
            "an instance of owl:Nothing | ekr:x a owl:Nothing . | ekr:x is an instance of owl:Nothing",
            "same and different | ekr:x owl:sameAs ekr:y . ekr:x owl:differentFrom ekr:y . | ekr:x and ekr:y are declared different",
            "different from itself | ekr:x owl:differentFrom ekr:x . | ekr:x and ekr:x are declared different",
            "a functional property with two values | ekr:x ekg:name \"A\" , \"B\" . | ekr:x has two different values for the functional property ekg:name",
            "an irreflexive property on itself | ekg:rivalOf a owl:IrreflexiveProperty . ekr:x ekg:rivalOf ekr:x . | ekr:x ekg:rivalOf ekr:x breaks",
            "disjoint properties on one pair | ekg:allyOf owl:propertyDisjointWith ekg:enemyOf . ekr:x ekg:allyOf ekr:y ; ekg:enemyOf ekr:y . | breaks a characteristic"})
    void aClashIsNamed(String name, String data, String message) {
        assertThatThrownBy(() -> Consistency.check(graph(data), Path.of("ontology")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("inconsistent (OWL)")
                .hasMessageContaining(message);
    }

    @Test
    void consistentDataPasses() {
        Graph g = graph("""
                ekr:x a ekg:State ; ekg:name "X" , "X" . ekr:e a ekg:Event ; ekg:date "2020" .
                ekr:x owl:sameAs ekr:x2 . ekr:x owl:differentFrom ekr:e .
                ekr:r a ekg:Region , ekg:Place .
                """);
        assertThatCode(() -> Consistency.check(g, Path.of("ontology"))).doesNotThrowAnyException();
    }
}
