package org.eurasiakg.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

    record Item(String question, String answerHref, String editorHref, String file) {}
    record ListView(Links links, List<Item> questions) {}

    static String list(Path folder, Links links) {
        List<Item> items = new ArrayList<>();
        for (CompetencyQuestion q : questions(folder))
            items.add(new Item(q.question(), links.to("questions/" + Links.param(q.name())), editor(links, q.sparql()), q.name() + ".rq"));
        return Templates.render("questions", new ListView(links, items));
    }

    /** The Fuseki query editor with the query filled in (it reads ?query= of its route). */
    static String editor(Links links, String sparql) {
        return links.to("query/") + "#/dataset/" + KgServer.DATASET.substring(1) + "/query?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An answer: a table (SELECT, CONSTRUCT, DESCRIBE), yes or no (ASK), or why there is none. */
    record Table(List<String> columns, List<List<Value>> rows) {}
    record AnswerView(Links links, String question, String name, String sparql, String editorHref,
                      Table table, Boolean yes, String error) {}

    /** One question answered; null when there is no question of that name. */
    static String answer(DatasetGraph dsg, Path folder, String name, Duration timeout, Links links) {
        CompetencyQuestion q = questions(folder).stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
        if (q == null)
            return null;
        Labels labels = new Labels(dsg.getUnionGraph());
        Table table = null;
        Boolean yes = null;
        String error = null;
        try {
            Query query = QueryFactory.create(q.sparql());
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                if (query.isSelectType())
                    table = table(exec.select(), labels, links);
                else if (query.isAskType())
                    yes = exec.ask();
                else
                    table = triples(query.isConstructType() ? exec.construct().find().toList() : exec.describe().find().toList(), labels, links);
            }
        } catch (QueryParseException e) {
            error = "The query of this question does not parse: " + e.getMessage();
        } catch (QueryCancelledException e) {
            error = "The query took longer than " + timeout.toSeconds() + " s and was stopped.";
        }
        return Templates.render("answer", new AnswerView(links, q.question(), q.name(), q.sparql(), editor(links, q.sparql()),
                table, yes, error));
    }

    private static Table table(RowSet rows, Labels labels, Links links) {
        List<Var> vars = rows.getResultVars();
        List<List<Value>> all = new ArrayList<>();
        rows.forEachRemaining(row -> {
            List<Value> cells = new ArrayList<>();
            for (Var v : vars) {
                Node n = row.get(v);
                cells.add(n == null ? Value.text("") : Value.of(n, labels, links));
            }
            all.add(cells);
        });
        return new Table(vars.stream().map(Var::getVarName).toList(), all);
    }

    private static Table triples(List<Triple> triples, Labels labels, Links links) {
        List<List<Value>> all = new ArrayList<>();
        for (Triple t : triples)
            all.add(List.of(Value.of(t.getSubject(), labels, links), Value.of(t.getPredicate(), labels, links),
                    Value.of(t.getObject(), labels, links)));
        return new Table(List.of("subject", "predicate", "object"), all);
    }
}
