package org.eurasiakg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The two small things every page relies on: escaping and dates at their precision. */
class EscapingAndDatesTest {

    @Test
    void everyCharacterThatMeansSomethingInHtmlIsEscapedByTheTemplates() {
        String hostile = "<script>alert('x') & \"y\"</script>";
        String html = Templates.render("message", new MessagePage(new Links("/"), hostile, hostile, "bell\u0007", hostile, hostile));
        // in text only < and & mean something; in an attribute value its quotes do too
        assertThat(html).doesNotContain("<script>")
                .contains("<h1>&lt;script&gt;alert('x') &amp; \"y\"&lt;/script&gt;</h1>")
                .contains("href=\"&lt;script>alert(&#39;x&#39;) &amp; &#34;y&#34;&lt;/script>\"")
                .contains("<p>bell\uFFFD").doesNotContain("\u0007");
    }

    @Test
    void aSearchForHostileWordsIsEscapedInTheSearchBox() {
        String html = Templates.render("search", new SearchPage.View(new Links("/search"), "\"><img src=x onerror=alert(1)>", java.util.List.of()));
        assertThat(html).doesNotContain("<img").contains("value=\"&#34;>&lt;img src=x onerror=alert(1)>\"");
    }

    private static Node date(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    @Test
    void datesAreShownAtThePrecisionTheArticleGives() {
        assertThat(Dates.show(date("2022", XSDDatatype.XSDgYear))).isEqualTo("2022");
        assertThat(Dates.show(date("2022-09", XSDDatatype.XSDgYearMonth))).isEqualTo("September 2022");
        assertThat(Dates.show(date("1999-04-02", XSDDatatype.XSDdate))).isEqualTo("2 April 1999");
        assertThat(Dates.show(date("1999-04-02Z", XSDDatatype.XSDdate))).isEqualTo("2 April 1999");
        assertThat(Dates.show(NodeFactory.createLiteralString("2022"))).isNull();
    }

    @Test
    void aYearComesBeforeItsMonthsAndTheMonthBeforeItsDays() {
        String year = Dates.sortKey(date("2022", XSDDatatype.XSDgYear));
        String month = Dates.sortKey(date("2022-01", XSDDatatype.XSDgYearMonth));
        String day = Dates.sortKey(date("2022-01-01", XSDDatatype.XSDdate));
        String before = Dates.sortKey(date("2021-12-31", XSDDatatype.XSDdate));
        assertThat(before).isLessThan(year);
        assertThat(year).isLessThan(month);
        assertThat(month).isLessThan(day);
        assertThat(Dates.sortKey(date("0999", XSDDatatype.XSDgYear))).isLessThan(year);
    }

    @Test
    void linksAreRelativeToThePageThatHoldsThem() {
        Node csto = NodeFactory.createURI("https://w3id.org/eurasia-kg/id/csto");
        assertThat(new Links("/").page(csto)).isEqualTo("page/id/csto");
        assertThat(new Links("/page/id/article/x").page(csto)).isEqualTo("../../../page/id/csto");
        assertThat(new Links("/search").page(NodeFactory.createURI("https://w3id.org/eurasia-kg/ontology#Actor"))).isEqualTo("ontology#Actor");
        assertThat(new Links("/search").page(NodeFactory.createURI("http://www.wikidata.org/entity/Q159")))
                .isEqualTo("http://www.wikidata.org/entity/Q159");
    }
}
