package org.eurasiakg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.eurasiakg.vocab.EKG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dereferenceable IRIs over plain HTTP: 303 to a page or a description by Accept, 404, 406, and the guarantees of every page. */
class LinkedDataTest {
    private static final String PACT = EKG.ID + "pact";

    @TempDir static Path tmp;
    static PagesFixture site;
    static final HttpClient PLAIN = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final HttpClient FOLLOWING = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        site = PagesFixture.serve(PagesFixture.fixtureProject(tmp), tmp, null);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static HttpResponse<String> get(HttpClient client, String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (accept != null)
            b.header("Accept", accept);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> page(String path) throws Exception {
        return get(FOLLOWING, site.url(path), "text/html");
    }

    private static Node ekr(String local) { return NodeFactory.createURI(EKG.ID + local); }

    private static Node ekg(String local) { return NodeFactory.createURI(EKG.NS + local); }

    // ---- provenance --------------------------------------------------------------------------

    @Test
    void theEntityPageShowsEachTriplesKind() throws Exception {
        String pact = page("/id/pact").body();
        // statements of the article, with their quotes
        assertThat(pact).contains("<span class=\"kind\">article</span>: each statement with the quote that makes it.");
        // types, names, description from the entity list
        assertThat(pact).contains("Types, names and description: <span class=\"kind\">editorial</span> (the curators' classification");
        // links to other sources
        assertThat(pact).contains("<span class=\"kind\">external source</span>: each link confirmed from a public source.");
        // a part-of from the entity list, among the other relations
        String arden = page("/id/arden").body();
        assertThat(arden).containsPattern("the North</a>(</span>)? <span class=\"kind\">\\(editorial\\)</span>");
    }

    // ---- content negotiation ----------------------------------------------------------------

    @Test
    void aBrowserIsSentToThePage() throws Exception {
        HttpResponse<String> r = get(PLAIN, site.url("/id/pact"), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue(site.url("/page/id/pact"));
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept");
        HttpResponse<String> followed = get(FOLLOWING, site.url("/id/pact"), "text/html");
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(followed.body()).contains("<h1>Northern Pact</h1>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void aProgramGetsTheDescriptionInTheSyntaxItAsksFor(String mediaType) throws Exception {
        HttpResponse<String> redirect = get(PLAIN, site.url("/id/pact"), mediaType);
        assertThat(redirect.statusCode()).isEqualTo(303);
        assertThat(redirect.headers().firstValue("Location").orElse("")).startsWith(site.url("/data/id/pact."));

        HttpResponse<String> r = get(FOLLOWING, site.url("/id/pact"), mediaType);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(mediaType);
        Graph g = parse(r.body(), RDFLanguages.contentTypeToLang(mediaType));
        // its triples out and in
        assertThat(g.contains(ekr("pact"), ekg("hasMember"), ekr("arden"))).isTrue();
        assertThat(g.contains(ekr("mallory"), ekg("watches"), ekr("pact"))).isTrue();
        // its statements with their evidence, down to the quote and its offsets
        Node st = ekr("st-pact-member-arden");
        Node anchor = ekr("st-pact-member-arden/evidence/1");
        assertThat(g.contains(st, EKG.subject, ekr("pact"))).isTrue();
        assertThat(g.contains(st, EKG.evidence, anchor)).isTrue();
        assertThat(g.contains(NodeFactory.createURI(anchor.getURI() + "/quote"), EKG.oaExact,
                NodeFactory.createLiteralString("The Northern Pact includes Arden and Borlund"))).isTrue();
        assertThat(g.contains(NodeFactory.createURI(anchor.getURI() + "/position"), EKG.oaStart, Node.ANY)).isTrue();
        // and the statements where it is the object
        assertThat(g.contains(ekr("st-mallory-watches"), EKG.object, ekr("pact"))).isTrue();
    }

    @Test
    void everyGraphNameResolvesToItsContent() throws Exception {
        HttpResponse<String> r = get(FOLLOWING, site.url("/graph/entities"), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = parse(r.body(), Lang.TURTLE);
        assertThat(g.contains(ekr("arden"), RDFS.label.asNode(), NodeFactory.createLiteralLang("Arden", "en"))).isTrue();
        assertThat(page("/graph/links").body()).contains("<code>graph/links</code>");
    }

    @Test
    void anyOtherIriOfTheGraphResolvesAtItsPathButNoRouteIsTakenOver() throws Exception {
        // the dataset's own description (VoID) is about <https://w3id.org/eurasia-kg/dataset>
        HttpResponse<String> r = get(PLAIN, site.url("/dataset"), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue(site.url("/data/dataset.ttl"));
        assertThat(get(FOLLOWING, site.url("/dataset"), "text/html").body()).contains("IRI: <code>https://w3id.org/eurasia-kg/dataset</code>");
        assertThat(get(PLAIN, site.url("/nothing-of-the-kind"), "text/html").statusCode()).isEqualTo(404);
        assertThat(get(PLAIN, site.url("/$/ping"), null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownResourcesAre404WhateverTheAccept() throws Exception {
        assertThat(get(PLAIN, site.url("/id/atlantis"), "text/html").statusCode()).isEqualTo(404);
        assertThat(get(PLAIN, site.url("/id/atlantis"), "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get(PLAIN, site.url("/page/id/atlantis"), "text/html").statusCode()).isEqualTo(404);
        assertThat(get(PLAIN, site.url("/data/id/atlantis.ttl"), "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get(PLAIN, site.url("/graph/atlantis"), "text/turtle").statusCode()).isEqualTo(404);
        HttpResponse<String> html = get(PLAIN, site.url("/id/atlantis"), "text/html");
        assertThat(html.body()).contains("Not found").contains("name=\"q\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "application/pdf", "text/csv"})
    void unsupportedTypesAre406(String accept) throws Exception {
        HttpResponse<String> r = get(PLAIN, site.url("/id/pact"), accept);
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.body()).contains("text/turtle").contains("application/ld+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ontology", "/.well-known/void"})
    void theOntologyAndTheDescriptionsFollowTheSameRule(String path) throws Exception {
        HttpResponse<String> r = get(PLAIN, site.url(path), "image/png");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.body()).startsWith("406 Not Acceptable").contains("text/turtle").contains("application/ld+json");
        assertThat(get(PLAIN, site.url(path), null).headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/turtle"));
    }

    @Test
    void theOntologyPageHasTheSiteFrame() throws Exception {
        HttpResponse<String> r = get(PLAIN, site.url("/ontology"), "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(r.body()).contains("<meta name=\"viewport\"").contains("role=\"search\"").contains("href=\"static/kg.css\"")
                .doesNotContain("<style").doesNotContain("style=");
    }

    @Test
    void aPublicBaseMakesRedirectsAbsolute() throws Exception {
        FusekiServer behindW3id = site.another(SiteConfig.defaults().withPublicBase("https://kg.example.org/eurasia"));
        try {
            String url = behindW3id.serverURL().replaceAll("/$", "") + "/id/pact";
            HttpResponse<String> r = get(PLAIN, url, "text/turtle");
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).hasValue("https://kg.example.org/eurasia/data/id/pact.ttl");
        } finally {
            behindW3id.stop();
        }
    }

    @Test
    void placesInTheTextLeadToTheArticleThere() throws Exception {
        HttpResponse<String> sentence = get(PLAIN, site.url("/page/id/article/tale/sentence/2"), "text/html");
        assertThat(sentence.statusCode()).isEqualTo(303);
        assertThat(sentence.headers().firstValue("Location").orElse("")).endsWith("?sentence=2#s-2");
        HttpResponse<String> anchor = get(PLAIN, site.url("/page/id/st-pact-member-arden/evidence/1"), "text/html");
        assertThat(anchor.headers().firstValue("Location").orElse(""))
                .contains("article/tale?evidence=id%2Fst-pact-member-arden%2Fevidence%2F1#s-2");
    }

    // ---- what every page guarantees --------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/", "/page/id/pact", "/page/id/mallory", "/page/id/article/tale", "/timeline",
            "/search?q=mallory", "/questions", "/questions/cq01-pact-members", "/page/graph/entities", "/id/nothing-here"})
    void everyPageSendsAStrictContentSecurityPolicyAndNoScript(String path) throws Exception {
        HttpResponse<String> r = page(path);
        assertThat(r.statusCode()).isIn(200, 404);
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                .doesNotContainIgnoringCase("<script").doesNotContain(" style=")
                .contains("role=\"search\"").contains("<main id=\"main\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/page/id/mallory", "/page/id/pact", "/", "/search?q=mallory", "/page/id/article/tale"})
    void aNameWithMarkupInItIsShownAsText(String path) throws Exception {
        String body = page(path).body();
        assertThat(body).contains("Mallory &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void whatASearcherTypesIsEscapedToo() throws Exception {
        String typed = "\"><img src=x onerror=alert(1)>";
        String body = page("/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)).body();
        assertThat(body).doesNotContain("<img").contains("&#34;>&lt;img src=x onerror=alert(1)>");
    }

    // ---- the pages --------------------------------------------------------------------------

    @Test
    void aQuoteThatSupportsSeveralMembersIsShownOnceWithThem() throws Exception {
        String members = section(page("/page/id/pact").body(), "has member");
        assertThat(members.split("“The Northern Pact includes Arden and Borlund”", -1)).hasSize(2);
        assertThat(members).containsPattern(">Arden</a>, <a href=\"[^\"]*\">Borlund</a>");
        // each statement still has its own page
        assertThat(members).contains("href=\"../../page/id/st-pact-member-arden\"").contains("href=\"../../page/id/st-pact-member-borlund\"");
    }

    @Test
    void aStatementPageIsTitledInWords() throws Exception {
        String body = page("/page/id/st-pact-member-arden").body();
        // the fixture's concept list gives the status no label: it goes by its IRI's last part
        assertThat(body).contains("<h1>Northern Pact — has member — Arden (reported-fact)</h1>")
                .contains("<title>Northern Pact — has member — Arden (reported-fact) · Eurasia KG</title>");
    }

    @Test
    void mentionsNameTheirArticleOnceNotAfterEverySentence() throws Exception {
        String body = page("/page/id/pact").body();
        String mentions = body.substring(body.indexOf("id=\"h-mentions\""), body.indexOf("</section>", body.indexOf("id=\"h-mentions\"")));
        assertThat(mentions.split("href=\"../../page/id/article/tale\"", -1)).as(mentions).hasSize(2);
        assertThat(mentions).containsPattern("<li><a href=\"[^\"]*\">[^<]+</a></li>");
    }

    @Test
    void typesAreNamedForPeople() throws Exception {
        assertThat(page("/").body()).doesNotContain("NamedIndividual");
        assertThat(page("/page/id/pact").body()).doesNotContain("NamedIndividual");
    }

    @Test
    void answersDownloadAsCsvAndJson() throws Exception {
        String answer = page("/questions/cq01-pact-members").body();
        assertThat(answer).contains("href=\"../questions/cq01-pact-members.csv\"").contains("href=\"../questions/cq01-pact-members.json\"");
        HttpResponse<String> csv = get(PLAIN, site.url("/questions/cq01-pact-members.csv"), null);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines().count()).isEqualTo(3);
        assertThat(csv.body()).contains("https://w3id.org/eurasia-kg/id/arden").contains("https://w3id.org/eurasia-kg/id/borlund");
        HttpResponse<String> json = get(PLAIN, site.url("/questions/cq01-pact-members.json"), null);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/sparql-results+json");
        assertThat(org.apache.jena.atlas.json.JSON.parse(json.body()).getObj("results").get("bindings").getAsArray()).hasSize(2);
        assertThat(get(PLAIN, site.url("/questions/cq01-pact-members.exe"), null).statusCode()).isEqualTo(404);
        assertThat(get(PLAIN, site.url("/questions/no-such-question.csv"), null).statusCode()).isEqualTo(404);
    }

    @Test
    void theDatasetPageOffersTheDumpsAndHowToCite() throws Exception {
        String body = get(FOLLOWING, site.url("/dataset"), "text/html").body();
        assertThat(body).contains("href=\"../release/eurasia-kg.trig\"").contains("href=\"../release/eurasia-kg.nq\"")
                .contains("@misc{eurasiakg,").contains("\"type\" : \"dataset\"")
                .contains("version = {");
        // an article's citation, on the dataset's page and on the article's
        assertThat(body).contains(">The Northern Pact</a></h3>");
        assertThat(page("/page/id/article/tale").body()).contains("How to cite this article").contains("@misc{tale,");
    }

    @Test
    void theEntityPageGroupsStatementsByRelationWithTheirQuotesAndLinks() throws Exception {
        String body = page("/page/id/pact").body();
        assertThat(body).contains("<h1>Northern Pact</h1>").contains("Also called: the Pact")
                .contains("A defensive alliance of northern states.");
        String members = section(body, "has member");
        assertThat(members).contains(">Arden</a>").contains(">Borlund</a>")
                .contains("“The Northern Pact includes Arden and Borlund”")
                .contains("href=\"../../page/id/article/tale?evidence=id%2Fst-pact-member-arden%2Fevidence%2F1#s-2\"");
        // a claim the article attributes to someone else says so
        assertThat(section(body, "status")).contains("according to").contains(">Borlund</a>");
        // incoming: Mallory watches the Pact, with its evidence
        assertThat(body).contains("What the articles say of others and Northern Pact").contains("“Mallory watches from afar”");
        // outward links
        assertThat(body).contains("href=\"http://www.wikidata.org/entity/Q7184\"").contains(">Wikidata</a>")
                .contains(">DBpedia</a>");
        // a picture of its neighbours, each a link
        assertThat(body).contains("<svg class=\"diagram\"").contains("<a href=\"../../page/id/arden\">").contains("<a href=\"../../page/id/lachin-corridor\">");
        // where the article mentions it
        assertThat(body).contains("Mentioned in the article");
    }

    @Test
    void theArticleHighlightsTheEvidenceAskedFor() throws Exception {
        String body = page("/page/id/article/tale?evidence=id%2Fst-treaty-signed%2Fevidence%2F1").body();
        assertThat(body).contains("Highlighted evidence")
                .containsPattern("<span class=\"sentence highlight\" id=\"s-\\d+\" aria-current=\"location\">[^<]*"
                        + "<mark class=\"evidence selected\"[^>]*>The <a class=\"mention\" href=\"../../../page/id/pact-treaty\"");
        assertThat(body.split("class=\"sentence highlight\"", -1)).hasSize(2);
        // mentions link to their entities, evidence of other statements is marked but not selected
        assertThat(body).contains("<a class=\"mention\" href=\"../../../page/id/lachin-corridor\"")
                .contains("<mark class=\"evidence\" title=\"Evidence for: Northern Pact has member Arden; Northern Pact has member Borlund\">");
    }

    @Test
    void theTimelineListsEveryDatedEventInOrderAtItsPrecision() throws Exception {
        String body = page("/timeline").body();
        int y1990 = body.indexOf("<time datetime=\"1990\">1990</time> <span class=\"precision\">year</span>");
        int d1991 = body.indexOf("<time datetime=\"1991-04-02\">2 April 1991</time> <span class=\"precision\">day</span>");
        int m1993 = body.indexOf("<time datetime=\"1993-09\">September 1993</time> <span class=\"precision\">month</span>");
        assertThat(y1990).isPositive();
        assertThat(d1991).isGreaterThan(y1990);
        assertThat(m1993).isGreaterThan(d1991);
        assertThat(body.substring(d1991, m1993)).contains(">Pact treaty</a>").contains("“The Pact treaty was signed on 2 April 1991”");
        assertThat(body.substring(m1993)).contains(">Lachin Corridor clash</a>");
    }

    @Test
    void searchFindsNamesAndSentencesAndRanksThem() throws Exception {
        String lachin = page("/search?q=Lachin").body();
        assertThat(lachin).contains("href=\"page/id/lachin-corridor\"");
        assertThat(lachin.indexOf("href=\"page/id/lachin-corridor\"")).isLessThan(lachin.indexOf("Sentence of"));
        String peacekeep = page("/search?q=peacekeep").body();
        assertThat(peacekeep).contains("Peacekeeping troops now guard the Lachin Corridor")
                .contains("href=\"page/id/article/tale?sentence=");
        assertThat(page("/search?q=water").body()).contains("where water is scarce");
        assertThat(page("/search?q=zzzz").body()).contains("0 results");
    }

    @Test
    void theQuestionsAreOneClickAway() throws Exception {
        String list = page("/questions").body();
        assertThat(list).contains("Which states does the Northern Pact include?")
                .contains("href=\"questions/cq01-pact-members\"")
                .contains("href=\"query/?q=%23%20Question%3A%20Which");
        String answer = page("/questions/cq01-pact-members").body();
        assertThat(answer).contains("2 answers").contains("<th scope=\"col\">member</th>").contains(">Arden</a>").contains(">Borlund</a>");
        assertThat(get(PLAIN, site.url("/questions/no-such-question"), "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void theHomePageLeadsToEveryEntityAndArticle() throws Exception {
        String body = page("/").body();
        assertThat(body).contains("href=\"page/id/article/tale\"").contains("href=\"page/id/lachin-corridor\"")
                .contains("href=\"page/id/arden\"").contains("href=\"timeline\"").contains("href=\"query/\"");
    }

    @Test
    void theStylesheetIsServed() throws Exception {
        HttpResponse<String> css = get(PLAIN, site.url("/static/kg.css"), null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(css.body()).contains("@media print");
        for (String escape : new String[] {"/static/..%2F..%2Fpom.xml", "/static/%2e%2e/%2e%2e/pom.xml"})
            assertThat(get(PLAIN, site.url(escape), null).statusCode()).as(escape).isIn(400, 404);
    }

    // ---- the query editor's paths stay read-only ---------------------------------------------

    @Test
    void theQueryEditorIsThisServersOwnAndOffersTheCompetencyQuestions() throws Exception {
        HttpResponse<String> ui = get(PLAIN, site.url("/query/"), "text/html");
        assertThat(ui.body()).contains("<textarea id=\"q\"").doesNotContain("<script>");
        assertThat(ui.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        HttpResponse<String> editor = get(PLAIN, site.url("/query/editor.json"), "application/json");
        assertThat(editor.body()).contains("Which states does the Northern Pact include?")
                .contains("\"ekg\"").contains("https://w3id.org/eurasia-kg/ontology#").doesNotContain("prefix.cc");
        assertThat(get(PLAIN, site.url("/query/editor.js"), null).body()).contains("../kg/sparql").doesNotContain("http://")
                .doesNotContain("innerHTML");
        // nothing of Fuseki's admin side, under the editor or beside it
        for (String path : new String[] {"/query/$/server", "/query/kg/sparql", "/$/server", "/$/stats/kg", "/$/datasets"})
            assertThat(get(PLAIN, site.url(path), null).statusCode()).as(path).isBetween(400, 499);
        String update = "update=" + URLEncoder.encode("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", StandardCharsets.UTF_8);
        for (String path : new String[] {"/query/kg", "/query/kg/update", "/query/"}) {
            HttpResponse<String> r = PLAIN.send(HttpRequest.newBuilder(URI.create(site.url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(g);
        return g;
    }

    /** The HTML from the heading of a relation to the next heading. */
    private static String section(String body, String relation) {
        int at = body.indexOf(">" + relation + "</a></h3>");
        assertThat(at).as("a heading for " + relation).isPositive();
        int end = body.indexOf("<h3>", at);
        int h2 = body.indexOf("<h2", at);
        if (end < 0 || (h2 >= 0 && h2 < end))
            end = h2;
        return body.substring(at, end < 0 ? body.length() : end);
    }
}
