package org.eurasiakg.server.pages;

import static org.eurasiakg.server.pages.Html.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.eurasiakg.query.CompetencyQuestion;
import org.eurasiakg.server.KgServer;

/**
 * The competency questions of {@code queries/}: a list, each with its answer here (run on the
 * server, shown as a table) and a link that opens it in the query editor.
 */
final class QuestionsPage {
    private QuestionsPage() {}

    static List<CompetencyQuestion> questions(Path folder) {
        return folder == null ? List.of() : CompetencyQuestion.in(folder);
    }

    static String list(Path folder, Links links) {
        List<CompetencyQuestion> questions = questions(folder);
        StringBuilder b = new StringBuilder("<h1>Questions the graph answers</h1>\n");
        if (questions.isEmpty()) {
            b.append("<p>There are no competency questions here (<code>queries/*.rq</code>). ")
             .append("Ask your own in the <a href=\"").append(esc(links.to("query/"))).append("\">query editor</a>.</p>");
            return Layout.page(links, "Questions", null, b.toString(), null);
        }
        b.append("<p class=\"lead\">Each question is a SPARQL query. <em>Answer</em> runs it here; ")
         .append("<em>open in the query editor</em> lets you read and change it.</p>\n<ol class=\"questions\">\n");
        for (CompetencyQuestion q : questions)
            b.append("<li><p class=\"question\">").append(esc(q.question())).append("</p><p class=\"actions\"><a class=\"answer\" href=\"")
             .append(esc(links.to("questions/" + Links.param(q.name())))).append("\">Answer</a> · <a class=\"open-editor\" href=\"")
             .append(esc(editor(links, q.sparql()))).append("\">open in the query editor</a> <span class=\"file\">")
             .append(esc(q.name())).append(".rq</span></p></li>\n");
        b.append("</ol>\n");
        return Layout.page(links, "Questions", null, b.toString(), null);
    }

    /** The Fuseki query editor with the query filled in (it reads ?query= of its route). */
    static String editor(Links links, String sparql) {
        return links.to("query/") + "#/dataset/" + KgServer.DATASET.substring(1) + "/query?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One question answered; null when there is no question of that name. */
    static String answer(DatasetGraph dsg, Path folder, String name, Duration timeout, Links links) {
        CompetencyQuestion q = questions(folder).stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
        if (q == null)
            return null;
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"breadcrumb\"><a href=\"").append(esc(links.to("questions"))).append("\">Questions</a></p>\n")
         .append("<h1>").append(esc(q.question())).append("</h1>\n");
        Labels labels = new Labels(dsg.getUnionGraph());
        try {
            Query query = QueryFactory.create(q.sparql());
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                if (query.isSelectType())
                    table(b, exec.select(), labels, links);
                else if (query.isAskType())
                    b.append("<p class=\"answer\">").append(exec.ask() ? "Yes." : "No.").append("</p>");
                else
                    triples(b, query.isConstructType() ? exec.construct().find().toList() : exec.describe().find().toList(), labels, links);
            }
        } catch (QueryParseException e) {
            b.append("<p class=\"error\">The query of this question does not parse: ").append(esc(e.getMessage())).append("</p>");
        } catch (QueryCancelledException e) {
            b.append("<p class=\"error\">The query took longer than ").append(timeout.toSeconds()).append(" s and was stopped.</p>");
        }
        b.append("<p><a class=\"open-editor\" href=\"").append(esc(editor(links, q.sparql()))).append("\">Open in the query editor</a></p>")
         .append("<details><summary>The query (").append(esc(q.name())).append(".rq)</summary><pre><code>")
         .append(esc(q.sparql())).append("</code></pre></details>");
        return Layout.page(links, q.question(), null, b.toString(), null);
    }

    private static void table(StringBuilder b, RowSet rows, Labels labels, Links links) {
        List<Var> vars = rows.getResultVars();
        List<Binding> all = rows.materialize().stream().toList();
        b.append("<p class=\"result-count\" role=\"status\">").append(all.size()).append(all.size() == 1 ? " answer" : " answers").append("</p>");
        b.append("<table class=\"answers\"><thead><tr>");
        for (Var v : vars)
            b.append("<th scope=\"col\">").append(esc(v.getVarName())).append("</th>");
        b.append("</tr></thead><tbody>");
        for (Binding row : all) {
            b.append("<tr>");
            for (Var v : vars) {
                Node n = row.get(v);
                b.append("<td>").append(n == null ? "" : Claims.value(n, labels, links)).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>");
    }

    private static void triples(StringBuilder b, List<Triple> triples, Labels labels, Links links) {
        b.append("<table class=\"answers\"><thead><tr><th scope=\"col\">subject</th><th scope=\"col\">predicate</th>")
         .append("<th scope=\"col\">object</th></tr></thead><tbody>");
        for (Triple t : triples)
            b.append("<tr><td>").append(Claims.value(t.getSubject(), labels, links)).append("</td><td>")
             .append(Claims.value(t.getPredicate(), labels, links)).append("</td><td>")
             .append(Claims.value(t.getObject(), labels, links)).append("</td></tr>");
        b.append("</tbody></table>");
    }
}
