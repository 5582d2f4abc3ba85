package org.eurasiakg.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eurasiakg.TestProjects;
import org.eurasiakg.vocab.EKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts each corpus text (src/test/resources/corpus, copies of real openly licensed texts)
 * into a copy of the project. Expected dates, names and statements are read from the texts.
 */
class DraftCorpusTest {
    static final String[] TEXTS = {"csto-wikipedia-lead", "lachin-corridor-wikipedia-lead",
            "crs-r47591-central-asia-summary", "crs-in12265-karabakh-retaking"};
    static final String D = DraftTurtle.DRAFT_NS;

    static Path project;
    static final Map<String, Graph> drafts = new HashMap<>();
    static final Map<String, String> texts = new HashMap<>();

    @BeforeAll
    static void draftEveryText(@TempDir Path tmp) throws IOException {
        project = TestProjects.real(tmp);
        for (String name : TEXTS) {
            Path source = TestProjects.repository().resolve("src/test/resources/corpus/" + name + ".txt");
            String slug = "test-" + name;
            ArticleDraft.write(project, source, slug, new ArticleDraft.Metadata(null, null, null, null, null));
            drafts.put(name, RDFDataMgr.loadGraph(project.resolve("seeds/" + slug + ".draft.ttl").toString()));
            texts.put(name, Files.readString(source));
        }
    }

    @Test
    void theTextIsCopiedByteForByte() throws IOException {
        for (String name : TEXTS)
            assertThat(Files.readAllBytes(project.resolve("seeds/test-" + name + ".txt")))
                    .isEqualTo(Files.readAllBytes(TestProjects.repository().resolve("src/test/resources/corpus/" + name + ".txt")));
    }

    @Test
    void everyQuoteIsInTheTextAtItsOffsets() {
        for (String name : TEXTS) {
            Graph g = drafts.get(name);
            List<Triple> statements = g.find(null, RDF.type.asNode(), EKG.Statement).toList();
            assertThat(statements).as(name).isNotEmpty();
            for (Triple t : statements) {
                String quote = lexical(g, t.getSubject(), EKG.quote);
                int start = integer(g, t.getSubject(), uri(D + "quoteStart")), end = integer(g, t.getSubject(), uri(D + "quoteEnd"));
                assertThat(at(name, start, end)).as(name + " " + t.getSubject()).isEqualTo(quote).isNotBlank();
            }
        }
    }

    @Test
    void sentencesMentionsAndValuesSitAtTheirOffsets() {
        for (String name : TEXTS) {
            Graph g = drafts.get(name);
            List<Triple> anchors = g.find(null, EKG.nifAnchorOf, null).toList();
            assertThat(anchors).as(name).hasSizeGreaterThan(10);
            for (Triple t : anchors)
                assertThat(at(name, integer(g, t.getSubject(), EKG.nifBeginIndex), integer(g, t.getSubject(), EKG.nifEndIndex)))
                        .as(name + " " + t.getSubject()).isEqualTo(t.getObject().getLiteralLexicalForm());
        }
    }

    @Test
    void datesAreNormalisedAtTheirPrecision() {
        assertThat(normalised("crs-in12265-karabakh-retaking", "September 20, 2023")).containsExactly(date("2023-09-20"));
        assertThat(normalised("crs-in12265-karabakh-retaking", "December 2022")).containsExactly(literal("2022-12", XSDDatatype.XSDgYearMonth));
        // "On September 19-20", after "September 20, 2023": a range of two days of that year
        assertThat(normalised("crs-in12265-karabakh-retaking", "September 19-20")).containsExactlyInAnyOrder(date("2023-09-19"), date("2023-09-20"));
        assertThat(normalised("crs-in12265-karabakh-retaking", "1992")).containsExactly(literal("1992", XSDDatatype.XSDgYear));
        assertThat(normalised("lachin-corridor-wikipedia-lead", "26 August 2022")).containsExactly(date("2022-08-26"));
        assertThat(normalised("lachin-corridor-wikipedia-lead", "April 23, 2023")).containsExactly(date("2023-04-23"));
        assertThat(normalised("crs-r47591-central-asia-summary", "February 2022")).containsExactly(literal("2022-02", XSDDatatype.XSDgYearMonth));
        assertThat(normalised("csto-wikipedia-lead", "2002")).containsExactly(literal("2002", XSDDatatype.XSDgYear));
        for (String name : TEXTS)
            for (Triple t : drafts.get(name).find(null, uri(D + "normalised"), null).toList())
                assertThat(t.getObject().getLiteralDatatype().isValid(t.getObject().getLiteralLexicalForm())).as(t.toString()).isTrue();
    }

    @Test
    void durationsAndBoundedQuantities() {
        assertThat(normalised("crs-in12265-karabakh-retaking", "six-week")).containsExactly(literal("P42D", XSDDatatype.XSDduration));
        assertThat(normalised("crs-in12265-karabakh-retaking", "10 days")).containsExactly(literal("P10D", XSDDatatype.XSDduration));
        assertThat(normalised("lachin-corridor-wikipedia-lead", "Four days")).containsExactly(literal("P4D", XSDDatatype.XSDduration));
        Graph g = drafts.get("crs-in12265-karabakh-retaking");
        Node value = valueAnchoredAt(g, "100,000");
        assertThat(g.find(value, uri(D + "bound"), uri(EKG.NS + "minExclusive")).hasNext()).isTrue();
        assertThat(lexical(g, value, uri(D + "normalised"))).isEqualTo("100000");
    }

    @Test
    void knownEntitiesAreFoundByTheirNamesAndDemonyms() {
        Graph g = drafts.get("lachin-corridor-wikipedia-lead");
        assertThat(mentioned(g, "Azerbaijani")).contains(uri(EKG.ID + "azerbaijan"));
        assertThat(mentioned(g, "Armenian")).contains(uri(EKG.ID + "armenia"));
        assertThat(mentioned(g, "Lachin corridor")).contains(uri(EKG.ID + "lachin-corridor"));
        Graph r = drafts.get("crs-r47591-central-asia-summary");
        assertThat(mentioned(r, "Kyrgyz Republic")).containsOnly(uri(EKG.ID + "kyrgyzstan"));
    }

    @Test
    void newNamesAreProposedWithATypeFromTheirCues() {
        assertThat(newName("lachin-corridor-wikipedia-lead", "Lachin District")).isEqualTo(uri(EKG.NS + "Region"));
        assertThat(newName("lachin-corridor-wikipedia-lead", "Second Nagorno-Karabakh War")).isEqualTo(uri(EKG.NS + "Conflict"));
        assertThat(newName("csto-wikipedia-lead", "Soviet Armed Forces")).isEqualTo(uri(EKG.NS + "ArmedForce"));
        assertThat(newName("csto-wikipedia-lead", "Inter-American Treaty of Reciprocal Assistance")).isEqualTo(uri(EKG.NS + "Treaty"));
    }

    /** The type the draft gives a name, read with an entity list that does not know it (whatever later articles added). */
    private static Node newName(String text, String name) {
        ProjectLexicon lexicons = ProjectLexicon.load(project);
        Lexicon unknowing = lexicons.lexicon(e -> lexicons.entities().find(e, Node.ANY, Node.ANY).toList().stream()
                .noneMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(name)));
        Draft d = new Drafter(unknowing).draft("new-names", texts.get(text));
        List<Draft.Candidate> named = d.candidates().stream().filter(c -> c.label().equals(name)).toList();
        assertThat(named).as(name).hasSize(1);
        return named.get(0).type();
    }

    @Test
    void membershipIsProposedFromTheListAfterItsCue() {
        // "… military alliance in Eurasia consisting of six post-Soviet states: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan."
        Graph g = drafts.get("csto-wikipedia-lead");
        List<Node> members = new ArrayList<>();
        for (Triple t : g.find(null, EKG.predicate, uri(EKG.NS + "hasMember")).toList())
            if (g.contains(t.getSubject(), EKG.subject, uri(EKG.ID + "csto")))
                members.add(g.find(t.getSubject(), EKG.object, null).next().getObject());
        assertThat(members).contains(uri(EKG.ID + "armenia"), uri(EKG.ID + "belarus"), uri(EKG.ID + "kazakhstan"),
                uri(EKG.ID + "kyrgyzstan"), uri(EKG.ID + "russia"), uri(EKG.ID + "tajikistan"));
    }

    private static List<Node> mentioned(Graph g, String anchor) {
        List<Node> out = new ArrayList<>();
        for (Triple t : g.find(null, EKG.nifAnchorOf, NodeFactory.createLiteralString(anchor)).toList())
            g.find(t.getSubject(), EKG.itsTaIdentRef, null).forEach(m -> out.add(m.getObject()));
        return out;
    }

    private static Node valueAnchoredAt(Graph g, String anchor) {
        return g.find(null, EKG.nifAnchorOf, NodeFactory.createLiteralString(anchor)).toList().stream()
                .map(Triple::getSubject).filter(s -> g.contains(s, uri(D + "normalised"), Node.ANY)).findFirst().orElseThrow();
    }

    private static List<Node> normalised(String name, String anchor) {
        Graph g = drafts.get(name);
        List<Node> out = new ArrayList<>();
        for (Triple t : g.find(null, EKG.nifAnchorOf, NodeFactory.createLiteralString(anchor)).toList())
            g.find(t.getSubject(), uri(D + "normalised"), null).forEach(v -> out.add(v.getObject()));
        return out;
    }

    private static String at(String name, int cpStart, int cpEnd) {
        String text = texts.get(name);
        return text.substring(text.offsetByCodePoints(0, cpStart), text.offsetByCodePoints(0, cpEnd));
    }

    private static String lexical(Graph g, Node s, Node p) {
        return g.find(s, p, null).next().getObject().getLiteralLexicalForm();
    }

    private static int integer(Graph g, Node s, Node p) {
        return Integer.parseInt(lexical(g, s, p));
    }

    private static Node date(String lexical) { return literal(lexical, XSDDatatype.XSDdate); }

    private static Node literal(String lexical, XSDDatatype type) { return NodeFactory.createLiteralDT(lexical, type); }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
}
