package org.eurasiakg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The articles page and the comparisons on entity pages, on the real project: what is expected was
 * read in the five texts (which articles exist, who wrote them, which say the same thing or not).
 */
class ArticlesPageTest {
    @TempDir static Path tmp;
    static PagesFixture site;
    static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        site = PagesFixture.serve(PagesFixture.realProject(tmp), tmp, null);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(site.url(path))).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void everyArticleIsListedWithItsAuthorLicenceAndALinkToItsText() throws Exception {
        String html = page("/articles");
        assertThat(html).contains("<h2 id=\"h-list\">The 5 articles</h2>")
                .contains("href=\"page/id/article/eurasia-under-the-csto\">Eurasia Under the Collective Security Treaty Organization (CSTO)</a>")
                .contains("href=\"page/id/article/csto-wikipedia-lead\">Collective Security Treaty Organization</a>")
                .contains("href=\"page/id/article/lachin-corridor-wikipedia-lead\">Lachin corridor</a>")
                .contains("href=\"page/id/article/crs-r47591-central-asia-summary\">Central Asia: Implications of Russia's War in Ukraine</a>")
                .contains("href=\"page/id/article/crs-in12265-karabakh-retaking\">Azerbaijan’s Retaking of Nagorno-Karabakh and the Displacement of Karabakh Armenians</a>")
                .contains(">Natasha Khan</a>").contains(">Wikipedia contributors</a>").contains(">Congressional Research Service</a>")
                .contains("Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)")
                .contains("18 October 2023");
    }

    /** Statements, facts, assessments, attributed, entities of the article's row. */
    private static long[] counts(String html, String slug) {
        Matcher row = Pattern.compile("article/" + slug + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as(slug).isTrue();
        Matcher n = Pattern.compile("<td class=\"number\">(\\d+)</td>").matcher(row.group());
        long[] counts = new long[5];
        for (int i = 0; i < 5; i++) {
            assertThat(n.find()).isTrue();
            counts[i] = Long.parseLong(n.group(1));
        }
        return counts;
    }

    @Test
    void theCountsSayWhichArticlesSpeakInTheirOwnVoice() throws Exception {
        String html = page("/articles");
        // the first article hedges and attributes: "widely called", "it claims", "the rhetoric of foreign intervention"
        long[] first = counts(html, "eurasia-under-the-csto");
        assertThat(first[0]).isEqualTo(first[1] + first[2]);
        assertThat(first[2]).isPositive();
        assertThat(first[3]).isPositive();
        // the Wikipedia lead on the CSTO states everything as fact, in its own voice
        long[] wiki = counts(html, "csto-wikipedia-lead");
        assertThat(wiki[0]).isPositive().isEqualTo(wiki[1]);
        assertThat(wiki[2]).isZero();
        assertThat(wiki[3]).isZero();
        // CRS IN12265: "what some observers called a blockade", "internationally recognized"
        assertThat(counts(html, "crs-in12265-karabakh-retaking")[3]).isPositive();
    }

    @Test
    void theArticlesPageShowsWhereTheyAgreeAndDisagree() throws Exception {
        String html = page("/articles");
        // three texts say Azerbaijan blockaded: the first article, Wikipedia on the corridor, CRS IN12265
        assertThat(html).contains("3 articles say: Blockade of the Lachin corridor — agent — Azerbaijan")
                // charter article 4 (first article) against treaty article 4 (Wikipedia)
                .contains("Articles disagree: Collective responsibility of the CSTO for the security of its member states — set out in —")
                .contains("Articles take different stances on: Blockade of the Lachin corridor — conflict type — blockade");
    }

    @Test
    void anEntityPageSaysHowManyArticlesSpeakOfItAndWhereTheyDiffer() throws Exception {
        String html = page("/page/id/lachin-corridor-blockade");
        assertThat(html).contains("3 articles say something about Blockade of the Lachin corridor")
                .contains("Where the articles agree or disagree on Blockade of the Lachin corridor")
                .contains("Articles take different stances on: Blockade of the Lachin corridor — conflict type — blockade");
    }

    @Test
    void theHomePageLeadsToTheArticles() throws Exception {
        assertThat(page("/")).contains("href=\"articles\">Articles</a>");
    }
}
