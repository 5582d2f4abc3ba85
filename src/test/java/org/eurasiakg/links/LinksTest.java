package org.eurasiakg.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.TestProjects;
import org.eurasiakg.ingest.KnowledgeGraphBuild;
import org.eurasiakg.ingest.Sources;
import org.eurasiakg.vocab.EKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every named entity has a confirmed Wikidata link, or says why not and is listed in the
 * README; every link has the record of how it was confirmed; links have the right shape.
 */
class LinksTest {
    private static final Node LINKS = EKG.Graphs.seed("links");
    private static final Node ENTITIES = EKG.Graphs.seed("entities");
    private static final Node CONFIRMATION = NodeFactory.createURI(EKG.NS + "LinkConfirmation");
    private static final Node LINK_SUBJECT = NodeFactory.createURI(EKG.NS + "linkSubject");
    private static final Node LINK_TARGET = NodeFactory.createURI(EKG.NS + "linkTarget");
    private static final Node CONFIRMED_BY = NodeFactory.createURI(EKG.NS + "confirmedBy");
    private static final Node UNLINKED_BECAUSE = NodeFactory.createURI(EKG.NS + "unlinkedBecause");
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    static Graph links;
    static Graph entities;

    @BeforeAll
    static void build() {
        DatasetGraph dsg = KnowledgeGraphBuild.run(Sources.find(TestProjects.repository())).dataset();
        links = dsg.getGraph(LINKS);
        entities = dsg.getGraph(ENTITIES);
    }

    /** The named entities: everything the entity list types with an ontology class. */
    private static List<Node> namedEntities() {
        return entities.find(null, RDF.type.asNode(), null)
                .filterKeep(t -> t.getObject().isURI() && t.getObject().getURI().startsWith(EKG.NS))
                .mapWith(Triple::getSubject).toSet().stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
    }

    private static boolean confirmed(Node entity, Node target) {
        return links.find(null, LINK_SUBJECT, entity).toList().stream()
                .map(Triple::getSubject)
                .anyMatch(rec -> links.contains(rec, RDF.type.asNode(), CONFIRMATION)
                        && links.contains(rec, LINK_TARGET, target)
                        && links.find(rec, CONFIRMED_BY, null).hasNext());
    }

    @Test
    void everyNamedEntityHasAConfirmedWikidataLinkOrSaysWhyNot() {
        List<Node> entityList = namedEntities();
        assertThat(entityList).hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        for (Node e : entityList) {
            List<Node> wikidata = links.find(e, OWL.sameAs.asNode(), null).mapWith(Triple::getObject)
                    .filterKeep(o -> o.isURI() && o.getURI().startsWith(WIKIDATA)).toList();
            boolean unlinked = links.find(e, UNLINKED_BECAUSE, null).hasNext();
            if (wikidata.isEmpty() && !unlinked)
                problems.add(e.getURI() + ": no Wikidata link and no ekg:unlinkedBecause");
            if (!wikidata.isEmpty() && unlinked)
                problems.add(e.getURI() + ": both linked and declared unlinked");
            if (wikidata.size() > 1)
                problems.add(e.getURI() + ": more than one Wikidata item " + wikidata);
            for (Node w : wikidata)
                if (!confirmed(e, w))
                    problems.add(e.getURI() + " -> " + w.getURI() + ": no confirmation record");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyLinkHasItsConfirmationAndTheRightShape() {
        List<Triple> sameAs = links.find(null, OWL.sameAs.asNode(), null).toList();
        assertThat(sameAs).hasSizeGreaterThan(50);
        for (Triple t : sameAs) {
            String target = t.getObject().getURI();
            assertThat(target).matches("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*"
                    + "|http://dbpedia\\.org/resource/[^\\s<>]+"
                    + "|https://sws\\.geonames\\.org/[1-9][0-9]*/");
            assertThat(confirmed(t.getSubject(), t.getObject())).as(t.toString()).isTrue();
            assertThat(entities.find(t.getSubject(), RDF.type.asNode(), null).hasNext())
                    .as("link from an entity of the entity list: " + t.getSubject()).isTrue();
        }
    }

    @Test
    void everyMappingToANotSameItemHasItsConfirmation() {
        List<Triple> mappings = new ArrayList<>();
        for (String p : List.of("broadMatch", "narrowMatch", "closeMatch", "relatedMatch", "exactMatch"))
            mappings.addAll(links.find(null, NodeFactory.createURI(EKG.SKOS + p), null).toList());
        assertThat(mappings).hasSizeGreaterThanOrEqualTo(6);
        for (Triple t : mappings) {
            assertThat(t.getObject().getURI()).matches("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*|http://dbpedia\\.org/resource/[^\\s<>]+");
            assertThat(confirmed(t.getSubject(), t.getObject())).as(t.toString()).isTrue();
        }
    }

    /** The links ../shared/links-confirmed.md confirms, each with the relation it calls for. */
    @Test
    void theNewlyConfirmedLinksAreThereWithTheirRelation() {
        String wd = WIKIDATA;
        Node sameAs = OWL.sameAs.asNode();
        Node broad = NodeFactory.createURI(EKG.SKOS + "broadMatch");
        Node related = NodeFactory.createURI(EKG.SKOS + "relatedMatch");
        assertThat(links.contains(entity("south-caucasus"), sameAs, NodeFactory.createURI(wd + "Q200173"))).isTrue();
        assertThat(links.contains(entity("kazakhstan-unrest-2022"), sameAs, NodeFactory.createURI(wd + "Q110413718"))).isTrue();
        assertThat(links.contains(entity("csto-intervention-kazakhstan-2022"), broad, NodeFactory.createURI(wd + "Q110413718"))).isTrue();
        assertThat(links.contains(entity("csto-intervention-kazakhstan-2022"), sameAs, NodeFactory.createURI(wd + "Q110413718"))).isFalse();
        assertThat(links.contains(entity("afghanistan-crisis"), related, NodeFactory.createURI(wd + "Q108102583"))).isTrue();
        assertThat(links.contains(entity("central-asian-states"), broad, NodeFactory.createURI(wd + "Q27275"))).isTrue();
        assertThat(links.contains(entity("central-asian-states"), sameAs, NodeFactory.createURI(wd + "Q27275"))).isFalse();
    }

    private static Node entity(String slug) {
        return NodeFactory.createURI(EKG.ID + slug);
    }

    @Test
    void noTwoEntitiesShareAWikidataItem() {
        List<Node> targets = links.find(null, OWL.sameAs.asNode(), null).mapWith(Triple::getObject)
                .filterKeep(o -> o.getURI().startsWith(WIKIDATA)).toList();
        assertThat(targets).doesNotHaveDuplicates();
    }

    @Test
    void theReadmeListsEveryUnlinkedEntity() throws Exception {
        String readme = Files.readString(TestProjects.repository().resolve("README.md"));
        List<Node> unlinked = links.find(null, UNLINKED_BECAUSE, null).mapWith(Triple::getSubject).toList();
        assertThat(unlinked).isNotEmpty();
        for (Node e : unlinked)
            assertThat(readme).as("README lists " + e.getURI()).contains("`" + e.getURI().substring(EKG.ID.length()) + "`");
    }
}
