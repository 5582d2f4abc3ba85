package org.eurasiakg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The documentation page is made from the ontology alone, lists every term with what it says, and escapes it all. */
class OntologyPageTest {
    private static final String TTL = """
            @prefix ekg:  <https://w3id.org/eurasia-kg/ontology#> .
            @prefix ekr:  <https://w3id.org/eurasia-kg/id/> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            <https://w3id.org/eurasia-kg/ontology> a owl:Ontology ; rdfs:label "Test <ontology>"@en .
            ekg:Actor a owl:Class ; rdfs:label "actor"@en ; skos:definition "Acts."@en .
            ekg:State a owl:Class ; rdfs:label "state <script>alert(1)</script>"@en ;
                rdfs:subClassOf ekg:Actor , <http://schema.org/Country> ;
                skos:closeMatch <http://www.wikidata.org/entity/Q3624078> ;
                skos:definition "A \\"sovereign\\" state & more."@en .
            ekg:hasMember a owl:ObjectProperty ; rdfs:label "has member"@en ;
                rdfs:domain ekg:Actor ; rdfs:range ekg:State ; owl:inverseOf ekg:memberOf ;
                rdfs:subPropertyOf <http://www.w3.org/ns/org#hasMember> .
            ekg:memberOf a owl:ObjectProperty ; rdfs:label "member of"@en .
            ekg:founded a owl:DatatypeProperty ; rdfs:label "founded"@en ; rdfs:range xsd:gYear .
            ekg:note a owl:AnnotationProperty ; rdfs:label "note"@en .
            ekr:pact a ekg:Actor ; ekg:hasMember ekr:arden ; ekg:founded "1990"^^xsd:gYear .
            ekr:arden a ekg:State ; rdfs:label "Arden & <Co>"@en .
            """;

    private static String page() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(TTL)).lang(Lang.TURTLE).parse(g);
        return OntologyPage.render(g, "/ontology");
    }

    @Test
    void everyClassAndPropertyHasASection() {
        String html = page();
        for (String local : new String[] {"Actor", "State", "hasMember", "memberOf", "founded", "note"})
            assertThat(html).contains("id=\"" + local + "\"").contains("<code>https://w3id.org/eurasia-kg/ontology#" + local + "</code>");
    }

    @Test
    void everythingFromTheGraphIsEscaped() {
        String html = page();
        assertThat(html).doesNotContain("<script>").doesNotContain("<ontology>").doesNotContain("<Co>")
                .contains("state &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("A \"sovereign\" state &amp; more.")
                .contains("<title>Test &lt;ontology&gt; · Eurasia KG</title>")
                .contains("Arden &amp; &lt;Co&gt;");
    }

    @Test
    void hierarchyDomainRangeAndAlignmentsAreShown() {
        String html = page();
        String state = section(html, "State");
        assertThat(state).contains("Subclass of</dt><dd><a href=\"#Actor\">actor</a>")
                .contains("subclass of <a href=\"http://schema.org/Country\">schema:Country</a>")
                .contains("skos:closeMatch <a href=\"http://www.wikidata.org/entity/Q3624078\">wd:Q3624078</a>");
        assertThat(section(html, "Actor")).contains("Superclass of</dt><dd><a href=\"#State\">");
        String hasMember = section(html, "hasMember");
        assertThat(hasMember).contains("Domain</dt><dd><a href=\"#Actor\">actor</a>")
                .contains("Range</dt><dd><a href=\"#State\">").contains("Inverse of</dt><dd><a href=\"#memberOf\">")
                .contains("subproperty of <a href=\"http://www.w3.org/ns/org#hasMember\">");
    }

    @Test
    void examplesComeFromTheData() {
        String html = page();
        assertThat(section(html, "Actor")).contains("Examples from the data").contains("https://w3id.org/eurasia-kg/id/pact");
        assertThat(section(html, "hasMember")).contains("https://w3id.org/eurasia-kg/id/arden");
        assertThat(section(html, "founded")).contains("\u201c1990\u201d");
        assertThat(section(html, "note")).doesNotContain("Examples from the data");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section class=\"term\" id=\"" + id + "\">");
        assertThat(start).as(id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }
}
