package org.eurasiakg.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.ingest.InputException;
import org.eurasiakg.ingest.Sources;
import org.eurasiakg.vocab.EKG;

/**
 * The clause coverage of every article that has a clause checklist: its clauses, how many are
 * modelled and how many left out (with why), checked against the statements file (every statement
 * it names must be defined there) and the text (every clause must lie in its sentence).
 */
public final class Coverage {

    /** One article's checklist and the counts the report gives. */
    public record Article(String slug, Path statementsFile, ClauseChecklist checklist, long statementsDefined,
                          long statementsNamed) {
        public long clauses() { return checklist.clauses().size(); }
        public long modelled() { return checklist.clauses().stream().filter(ClauseChecklist.Clause::modelled).count(); }
        public long leftOut() { return clauses() - modelled(); }
    }

    private Coverage() {}

    /** Every article of the project with a clause checklist, checked. */
    public static List<Article> of(Sources sources) {
        List<Article> articles = new ArrayList<>();
        for (Path meta : sources.articles()) {
            Path statements = Sources.statementsOf(meta);
            if (!Files.exists(statements))
                continue;
            Path shown = sources.root().relativize(statements);
            Optional<ClauseChecklist> checklist = ClauseChecklist.read(statements, shown);
            if (checklist.isEmpty())
                continue;
            Set<Node> defined = statementsOf(statements, shown);
            Set<String> named = new LinkedHashSet<>();
            String text = textOf(meta);
            for (ClauseChecklist.Paragraph p : checklist.get().paragraphs())
                for (ClauseChecklist.Sentence s : p.sentences())
                    for (ClauseChecklist.Clause c : s.clauses()) {
                        if (!s.text().contains(c.text()))
                            throw new InputException(shown, c.line(), -1, "clause checklist: the clause \"" + c.text()
                                    + "\" is not in its sentence");
                        if (!s.text().contains("…") && !text.contains(s.text()))
                            throw new InputException(shown, c.line(), -1, "clause checklist: the sentence \"" + s.text()
                                    + "\" is not in the article text");
                        for (String id : c.statements()) {
                            if (!defined.contains(NodeFactory.createURI(EKG.ID + id)))
                                throw new InputException(shown, c.line(), -1, "clause checklist names ekr:" + id
                                        + ", which is not an ekg:Statement of this file");
                            named.add(id);
                        }
                    }
            articles.add(new Article(Sources.slugOf(meta), shown, checklist.get(), defined.size(), named.size()));
        }
        return articles;
    }

    private static Set<Node> statementsOf(Path file, Path shown) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).parse(g);
        } catch (RiotException e) {
            throw new InputException(shown, e.getMessage());
        }
        Set<Node> statements = new LinkedHashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), EKG.Statement).forEach(t -> statements.add(t.getSubject()));
        return statements;
    }

    /** The article's text, named by its metadata's ekg:textFile. */
    private static String textOf(Path meta) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(meta).parse(g);
        String name = g.find(Node.ANY, EKG.textFile, Node.ANY).next().getObject().getLiteralLexicalForm();
        try {
            return Files.readString(meta.resolveSibling(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
