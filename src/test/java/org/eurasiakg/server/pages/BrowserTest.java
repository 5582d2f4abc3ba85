package org.eurasiakg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real browser (headless Chromium) on the fixture: from an entity to the evidence
 * in the article, from the search box to an entity, from a question to its answer in the query
 * editor. One server and one browser for the class.
 */
class BrowserTest {
    @TempDir static Path tmp;
    static PagesFixture site;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        Browser.assumeInstalled();
        site = PagesFixture.serve(PagesFixture.fixtureProject(tmp), tmp, null);
        browser = Browser.start(tmp.resolve("chromium-profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.quit();
        if (site != null)
            site.close();
    }

    @Test
    void fromAnEntityTheEvidenceLinkOpensTheArticleAtTheHighlightedSentence() {
        browser.get(site.url("/id/pact"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Northern Pact");
        WebElement guards = browser.findElement(By.xpath(
                "//li[contains(@class,'claim')][.//blockquote[contains(.,'Peacekeeping troops now guard')]]//a[@class='evidence-link']"));
        guards.click();
        wait.until(ExpectedConditions.urlContains("evidence="));
        WebElement sentence = browser.findElement(By.cssSelector(".sentence.highlight"));
        assertThat(sentence.getText()).contains("Peacekeeping troops now guard the Lachin Corridor");
        assertThat(String.join("", browser.findElements(By.cssSelector("mark.evidence.selected")).stream()
                .map(m -> m.getDomProperty("textContent")).toList())).isEqualTo("Peacekeeping troops now guard the Lachin Corridor");
        assertThat(browser.getCurrentUrl()).endsWith("#" + sentence.getAttribute("id"));
        // highlighted for the eye, not only in the markup
        assertThat(sentence.getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");
        assertThat(isInView(sentence)).as("the highlighted sentence is scrolled into view").isTrue();
        assertThat(noPolicyViolations()).isEmpty();
    }

    @Test
    void clickingAMentionInTheArticleOpensItsEntity() {
        browser.get(site.url("/page/id/article/tale"));
        browser.findElement(By.xpath("//a[@class='mention'][normalize-space()='Borlund']")).click();
        wait.until(ExpectedConditions.urlContains("/page/id/borlund"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Borlund");
    }

    @Test
    void theSearchBoxLeadsToTheCorridor() {
        browser.get(site.url("/"));
        WebElement box = browser.findElement(By.id("site-q"));
        box.sendKeys("Lachin");
        box.submit();
        wait.until(ExpectedConditions.urlContains("search?q=Lachin"));
        List<WebElement> results = browser.findElements(By.cssSelector("a.result-link"));
        assertThat(results).isNotEmpty();
        assertThat(results.get(0).getText()).isEqualTo("Lachin Corridor");
        results.get(0).click();
        wait.until(ExpectedConditions.urlContains("/page/id/lachin-corridor"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lachin Corridor");
        assertThat(noPolicyViolations()).isEmpty();
    }

    @Test
    void aPrefixFindsTheSentenceAndItsPlaceInTheArticle() {
        browser.get(site.url("/search?q=peacekeep"));
        browser.findElement(By.partialLinkText("Peacekeeping troops")).click();
        wait.until(ExpectedConditions.urlContains("sentence="));
        assertThat(browser.findElement(By.cssSelector(".sentence.highlight")).getText()).startsWith("Peacekeeping troops");
    }

    @Test
    void aCompetencyQuestionRunsInTheQueryEditor() {
        browser.get(site.url("/questions"));
        browser.findElement(By.xpath("//li[contains(.,'Which states does the Northern Pact include?')]//a[@class='open-editor']")).click();
        wait.until(ExpectedConditions.urlContains("/query/"));
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results table")));
        wait.until(ExpectedConditions.textToBePresentInElement(table, "Borlund"));
        assertThat(browser.findElement(By.id("q")).getDomProperty("value")).contains("ekg:hasMember");
        assertThat(table.getText()).contains("Arden").contains("Borlund");
    }

    @Test
    void theQueryEditorOpensWithoutAnErrorAndRunsAnExample() {
        browser.get(site.url("/query/"));
        WebElement examples = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#examples option[value='0']")));
        assertThat(examples).isNotNull();
        assertThat(browser.findElements(By.cssSelector(".problem"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("undefined").doesNotContain("NaN")
                .doesNotContain("Error");
        assertThat(browser.findElement(By.id("q")).getDomProperty("value")).contains("PREFIX ekg: <https://w3id.org/eurasia-kg/ontology#>");
        new Select(browser.findElement(By.id("examples"))).selectByVisibleText("Which states does the Northern Pact include?");
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results table")));
        wait.until(ExpectedConditions.textToBePresentInElement(table, "Borlund"));
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.id("status")).getText()).contains("rows");
        // the permalink opens the editor on the same query, and runs it
        String permalink = browser.findElement(By.id("permalink")).getAttribute("href");
        assertThat(permalink).contains("/query/?q=");
        browser.get(permalink);
        WebElement again = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results table")));
        wait.until(ExpectedConditions.textToBePresentInElement(again, "Arden"));
        assertThat(new Select(browser.findElement(By.id("examples"))).getFirstSelectedOption().getText())
                .isEqualTo("Which states does the Northern Pact include?");
    }

    @Test
    void theAnswerPageShowsTheResultTableWithoutTheEditor() {
        browser.get(site.url("/questions"));
        browser.findElement(By.xpath("//li[contains(.,'Which states does the Northern Pact include?')]//a[@class='answer']")).click();
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.answers")));
        assertThat(table.getText()).contains("Arden").contains("Borlund");
    }

    @Test
    void aNameHoldingAScriptTagIsShownAsText() {
        browser.get(site.url("/id/mallory"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mallory <script>alert(1)</script>");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        browser.get(site.url("/search?q=mallory"));
        assertThat(browser.findElement(By.cssSelector("a.result-link")).getText()).isEqualTo("Mallory <script>alert(1)</script>");
    }

    @Test
    void theTimelineShowsDatesAtTheirPrecisionInOrder() {
        browser.get(site.url("/timeline"));
        List<String> dates = browser.findElements(By.cssSelector("ol.timeline time")).stream().map(WebElement::getText).toList();
        assertThat(dates).containsSubsequence("1990", "2 April 1991", "September 1993");
    }

    @Test
    void theDiagramLinksToTheNeighbours() {
        browser.get(site.url("/page/id/pact"));
        WebElement svg = browser.findElement(By.cssSelector("svg.diagram"));
        assertThat(svg.getSize().getWidth()).isGreaterThan(300);
        browser.findElement(By.xpath("//*[local-name()='svg']//*[local-name()='a'][.//*[local-name()='text'][.='Arden']]")).click();
        wait.until(ExpectedConditions.urlContains("/page/id/arden"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Arden");
    }

    private static boolean isInView(WebElement e) {
        Object r = browser.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", e);
        return Boolean.TRUE.equals(r);
    }

    /** What the browser reported as blocked by the Content-Security-Policy of our pages. */
    private static List<String> noPolicyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }
}
