package org.eurasiakg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.eurasiakg.TestProjects;
import org.eurasiakg.query.CompetencyQuestion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real article in a real browser: the CSTO's page and the evidence of its membership, the
 * search box to the Lachin corridor, the competency question about the Karabakh vacuum answered
 * in the query editor. Leaves screenshots of the main pages in {@code target/screenshots/}.
 */
class RealArticleBrowserTest {
    static final Path SCREENSHOTS = TestProjects.repository().resolve("target/screenshots");

    @TempDir static Path tmp;
    static PagesFixture site;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeInstalled();
        site = PagesFixture.serve(PagesFixture.realProject(tmp), tmp, null);
        browser = Browser.start(tmp.resolve("chromium-profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.quit();
        if (site != null)
            site.close();
    }

    @Test
    void homePageLeadsToTheArticleAndItsEntities() throws IOException {
        browser.get(site.url("/"));
        screenshot("home");
        assertThat(browser.findElement(By.linkText("Eurasia Under the Collective Security Treaty Organization (CSTO)")).isDisplayed()).isTrue();
        // the entity, not the Wikipedia article of the same title
        browser.findElement(By.xpath("//section[@aria-labelledby='h-entities']//a[normalize-space()='Collective Security Treaty Organization']")).click();
        wait.until(ExpectedConditions.urlContains("/page/id/csto"));
    }

    @Test
    void theCstosMembershipLeadsToItsSentenceInTheArticle() throws IOException {
        browser.get(site.url("/id/csto"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Collective Security Treaty Organization");
        screenshot("entity-csto");
        WebElement russia = browser.findElement(By.xpath("//section[contains(@class,'relation')][.//h3[normalize-space()='has member']]"
                + "//li[contains(@class,'claim')][.//p[@class='claim-value']/a[normalize-space()='Russia']]//a[@class='evidence-link']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", russia);
        russia.click();
        wait.until(ExpectedConditions.urlContains("evidence="));
        WebElement sentence = browser.findElement(By.cssSelector(".sentence.highlight"));
        assertThat(sentence.getText()).contains("the CSTO currently includes Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan");
        // the quote may be cut into several marks where other quotes begin or end inside it
        String marked = String.join("", browser.findElements(By.cssSelector("mark.evidence.selected")).stream()
                .map(m -> m.getDomProperty("textContent")).toList());
        assertThat(marked).isEqualTo("the CSTO currently includes Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", sentence);
        screenshot("article-highlight");
    }

    @Test
    void searchingLachinReachesTheCorridor() throws IOException {
        browser.get(site.url("/"));
        WebElement box = browser.findElement(By.id("home-q"));
        box.sendKeys("Lachin");
        box.submit();
        wait.until(ExpectedConditions.urlContains("search?q=Lachin"));
        screenshot("search-lachin");
        // the town of Lachin is named exactly so, and ranks before the corridor
        List<WebElement> results = browser.findElements(By.cssSelector("a.result-link"));
        assertThat(results.stream().limit(3).map(r -> r.getText().toLowerCase(Locale.ROOT))).contains("lachin corridor");
        WebElement first = results.stream().filter(r -> r.getText().equalsIgnoreCase("Lachin corridor")).findFirst().orElseThrow();
        first.click();
        wait.until(ExpectedConditions.urlContains("/page/id/lachin"));
        assertThat(browser.findElement(By.tagName("h1")).getText().toLowerCase(Locale.ROOT)).contains("lachin");
    }

    @Test
    void theTimelineRunsFromTheSovietDissolutionToTheLatestText() throws IOException {
        browser.get(site.url("/timeline"));
        screenshot("timeline");
        List<String> dates = browser.findElements(By.cssSelector("ol.timeline time")).stream().map(WebElement::getText).toList();
        // the CRS summary dates the dissolution of the Soviet Union; the Lachin corridor text is of February 2024
        assertThat(dates).first().isEqualTo("1991");
        assertThat(dates).contains("1992", "2 April 1999", "October 2002", "September 2022", "20 September 2023");
        assertThat(dates).last().isEqualTo("February 2024");
    }

    @Test
    void theVacuumQuestionShowsTheFourActorsInTheQueryEditor() throws IOException {
        CompetencyQuestion vacuum = CompetencyQuestion.in(site.project.resolve("queries")).stream()
                .filter(q -> q.name().contains("vacuum") || q.question().toLowerCase(Locale.ROOT).contains("vacuum"))
                .findFirst().orElse(null);
        assertThat(vacuum).as("a competency question about the Karabakh vacuum in queries/").isNotNull();
        browser.get(site.url("/questions"));
        browser.findElement(By.xpath("//li[.//span[@class='file'][normalize-space()='" + vacuum.name() + ".rq']]//a[@class='open-editor']")).click();
        wait.until(ExpectedConditions.urlContains("/query/"));
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results table")));
        wait.until(d -> table.getText().toLowerCase(Locale.ROOT).contains("china"));
        String answers = table.getText().toLowerCase(Locale.ROOT);
        assertThat(answers).contains("european-union").contains("nato").contains("china").contains("united-states");
        screenshot("query-editor");
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
