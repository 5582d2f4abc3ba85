package org.eurasiakg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * /ask on the real article: the Ask box of the home page in a real browser (the seed's own example,
 * its answers with their sentence, the SPARQL opened in the query editor), the JSON, and what a user
 * may type, escaped on the page and never a server error.
 */
class AskPageTest {
    @TempDir static Path tmp;
    static PagesFixture site;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        site = PagesFixture.serve(PagesFixture.realProject(tmp), tmp, null);
    }

    @AfterAll
    static void stop() {
        if (site != null)
            site.close();
    }

    @Test
    void theHomePagesAskBoxAnswersTheKarabakhVacuumWithItsSentence() {
        ChromeDriver browser = Browser.start(tmp.resolve("chromium-profile"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(site.url("/"));
            WebElement box = browser.findElement(By.id("home-ask"));
            box.sendKeys("which actors filled the Karabakh vacuum?");
            box.submit();
            wait.until(ExpectedConditions.urlContains("ask?q="));
            List<String> answers = browser.findElements(By.cssSelector("li.ask-answer p.ask-label")).stream().map(WebElement::getText).toList();
            assertThat(answers).containsExactlyInAnyOrder("European Union", "North Atlantic Treaty Organization", "China", "United States");
            for (WebElement answer : browser.findElements(By.cssSelector("li.ask-answer")))
                assertThat(answer.findElements(By.cssSelector("p.sentence")).stream().map(WebElement::getText))
                        .contains("They have also been actively filling the vacuum left by the CSTO in the case of the Nagorno -Karabakh conflict.");
            browser.findElement(By.cssSelector("a.open-editor")).click();
            wait.until(ExpectedConditions.urlContains("/query/"));
            WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results table")));
            wait.until(d -> table.getText().toLowerCase(Locale.ROOT).contains("china"));
            assertThat(table.getText().toLowerCase(Locale.ROOT)).contains("european-union").contains("nato").contains("united-states");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theSiteHeaderHasAnAskBox() throws Exception {
        String html = get("/timeline", "text/html").body();
        assertThat(html).contains("id=\"site-ask\"").contains("action=\"ask\"");
    }

    @Test
    void answersInJsonByAcceptOrFormat() throws Exception {
        for (HttpResponse<String> r : List.of(get("/ask?q=" + param("Who blockaded the Lachin corridor?"), "application/json"),
                get("/ask?format=json&q=" + param("Who blockaded the Lachin corridor?"), "text/html"))) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            JsonObject json = JSON.parse(r.body());
            assertThat(json.keys()).containsExactlyInAnyOrder("question", "reading", "sparql", "answers");
            assertThat(json.get("answers").getAsArray().get(0).getAsObject().get("iri").getAsString().value())
                    .isEqualTo("https://w3id.org/eurasia-kg/id/azerbaijan");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script>", "\"} DROP ALL #", "Кто входит в ОДКБ?", "\u0001\u0002", "", "a"})
    void whatAUserMayTypeIsEscapedAndNeverAnError(String typed) throws Exception {
        HttpResponse<String> r = get("/ask?q=" + param(typed), "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>alert").doesNotContain("\u0001");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void aQuestionOfTenThousandCharactersIsRefusedCleanly() throws Exception {
        HttpResponse<String> r = get("/ask?q=" + param("x".repeat(10_000)), "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("cannot read this");
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(site.url(path))).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String param(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
