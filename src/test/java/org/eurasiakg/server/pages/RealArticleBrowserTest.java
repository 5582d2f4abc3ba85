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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real article in a real browser: the CSTO's page and the evidence of its membership, the
 * search box to the Lachin corridor, the competency question about the Karabakh vacuum answered
 * in the query editor; the CSTO's diagram and page at 1366 and 390 px, the article marking only the
 * asked-for quote strongly, the dataset page. Leaves screenshots of the main pages in {@code target/screenshots/}.
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

    @Test
    void theCstosDiagramShowsItsMainNeighboursAsLinksByTheirFullNames() throws IOException {
        // tall enough for the whole picture in its screenshot
        browser.manage().window().setSize(new Dimension(1366, 1500));
        try {
            browser.get(site.url("/page/id/csto"));
            WebElement svg = browser.findElement(By.cssSelector("svg.diagram"));
            assertThat(svg.isDisplayed()).isTrue();
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", svg);
            Files.write(SCREENSHOTS.resolve("diagram-csto.png"), svg.getScreenshotAs(OutputType.BYTES));
            for (String[] neighbour : new String[][] {{"Russia", "russia"}, {"Kazakhstan", "kazakhstan"},
                    {"North Atlantic Treaty Organization", "nato"}}) {
                WebElement link = browser.findElement(By.xpath("//*[local-name()='svg']//*[local-name()='a']"
                        + "[.//*[local-name()='title'][.='" + neighbour[0] + "']]"));
                assertThat(link.getDomAttribute("href")).isEqualTo("../../page/id/" + neighbour[1]);
                // the name as drawn, its lines put together: whole, not cut
                String drawn = String.join(" ", link.findElements(By.xpath(".//*[local-name()='tspan']")).stream()
                        .map(t -> t.getDomProperty("textContent")).toList());
                assertThat(drawn).isEqualTo(neighbour[0]);
            }
            assertThat(svg.getDomProperty("textContent")).doesNotContain("…");
            // a group of more than six says how many more there are (the CSTO holds more aims and positions than that)
            assertThat(svg.getDomProperty("textContent")).contains("has member").containsPattern("held by \\((\\d+)\\)")
                    .containsPattern("\\+\\d+ more");
            double size = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "const svg = arguments[0], t = svg.querySelector('.node text');"
                            + "return parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;",
                    svg)).doubleValue();
            assertThat(size).as("the names' size on screen, px").isGreaterThanOrEqualTo(12);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void theCstosPageReadsOnAWideAndANarrowScreen(int width) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 900));
        try {
            browser.get(site.url("/page/id/csto"));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            long overflow = ((Number) js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
            assertThat(overflow).as("horizontal overflow at " + width + " px").isLessThanOrEqualTo(0);
            // the smallest text of what is shown: paragraphs, list items, links, and the picture's names at their drawn size
            double smallest = ((Number) js.executeScript("""
                    let min = 1000;
                    for (const e of document.querySelectorAll('main p, main li, main a, main dt, main dd, main code')) {
                      if (e.getClientRects().length === 0 || !e.textContent.trim()) continue;
                      min = Math.min(min, parseFloat(getComputedStyle(e).fontSize));
                    }
                    const svg = document.querySelector('svg.diagram');
                    if (svg && svg.getClientRects().length > 0)
                      for (const t of svg.querySelectorAll('text'))
                        min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
                    return min;""")).doubleValue();
            assertThat(smallest).as("smallest text at " + width + " px").isGreaterThanOrEqualTo(12);
            boolean picture = browser.findElement(By.cssSelector("svg.diagram")).isDisplayed();
            boolean list = browser.findElement(By.cssSelector(".neighbours-list")).isDisplayed();
            assertThat(picture).as("the picture at " + width + " px").isEqualTo(width > 900);
            assertThat(list).as("the list instead at " + width + " px").isEqualTo(width <= 900);
            if (list)
                assertThat(browser.findElement(By.cssSelector(".neighbours-list")).findElement(By.linkText("Russia"))
                        .getDomAttribute("href")).isEqualTo("../../page/id/russia");
            screenshot(width == 390 ? "entity-csto-390" : "entity-csto");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void theArticleMarksOnlyTheAskedForPassageStrongly() throws IOException {
        browser.get(site.url("/id/csto"));
        WebElement russia = browser.findElement(By.xpath("//section[contains(@class,'relation')][.//h3[normalize-space()='has member']]"
                + "//li[contains(@class,'claim')][.//p[@class='claim-value']/a[normalize-space()='Russia']]//a[@class='evidence-link']"));
        browser.get(russia.getDomProperty("href"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        List<WebElement> marks = browser.findElements(By.cssSelector("mark.evidence"));
        assertThat(marks).hasSizeGreaterThan(10);
        String none = "rgba(0, 0, 0, 0)";
        for (WebElement m : marks) {
            boolean selected = m.getDomAttribute("class").contains("selected");
            String background = m.getCssValue("background-color");
            if (selected)
                assertThat(background).as("the asked-for passage").isNotEqualTo(none);
            else
                assertThat(background).as("another quote: %s", m.getText()).isEqualTo(none);
        }
        // pointing at another quote shows it
        WebElement other = marks.stream().filter(m -> !m.getDomAttribute("class").contains("selected")).findFirst().orElseThrow();
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", other);
        new Actions(browser).moveToElement(other).perform();
        wait.until(d -> !other.getCssValue("background-color").equals(none));
    }

    @Test
    void theDatasetPageOffersItsDumpsAndCitations() throws IOException {
        browser.get(site.url("/dataset"));
        wait.until(ExpectedConditions.urlContains("/page/dataset"));
        assertThat(browser.findElement(By.partialLinkText("TriG")).getDomAttribute("href")).isEqualTo("../release/eurasia-kg.trig");
        assertThat(browser.findElement(By.partialLinkText("N-Quads")).getDomAttribute("href")).isEqualTo("../release/eurasia-kg.nq");
        for (WebElement summary : browser.findElements(By.cssSelector("details.cite summary")))
            summary.click();
        String cite = browser.findElement(By.id("h-cite")).findElement(By.xpath("..")).getText();
        assertThat(cite).contains("@misc{eurasiakg,").contains("@misc{eurasia-under-the-csto,")
                .contains("author = {Natasha Khan}").contains("\"type\" : \"dataset\"");
        screenshot("dataset");
    }

    @Test
    void aQuestionThatPicksTheArticleGraphIsAnsweredOnItsPage() throws Exception {
        // the question's FROM names the article graph: the page must answer from it, not come out empty
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.url("/questions/cq02-csto-members"))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Tajikistan").contains("Belarus")
                .contains("the CSTO currently includes Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan");
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
