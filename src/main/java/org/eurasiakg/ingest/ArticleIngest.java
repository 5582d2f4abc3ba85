package org.eurasiakg.ingest;

import static org.eurasiakg.vocab.EKG.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eurasiakg.ingest.ArticleText.Paragraph;
import org.eurasiakg.ingest.ArticleText.Sentence;

/**
 * Turns one article (metadata, text, statements in seed form) into its named graph: the text as
 * paragraphs and sentences, each statement's quotes as evidence anchors with offsets, default
 * asserter and source, and the "truthy" triple of every statement the article itself vouches for.
 */
public final class ArticleIngest {
    private static final int CONTEXT_CHARS = 32;

    private final Sources sources;
    private final SeedProvenance provenance;

    ArticleIngest(Sources sources, SeedProvenance provenance) {
        this.sources = sources;
        this.provenance = provenance;
    }

    /**
     * The article's IRI, slug, author, text and graph (what it says), and the editorial graph of
     * the plain triples of its statements file (the labels of the resources it defines).
     */
    public record Result(Node article, String slug, Node author, ArticleText text, Graph graph, Graph editorial) {}

    public Result ingest(Path metaFile) {
        String slug = Sources.slugOf(metaFile);
        Path metaShown = shown(metaFile);
        Graph graph = GraphFactory.createDefaultGraph();
        TurtleFile.read(metaFile, metaShown).find().forEach(graph::add);

        Node article = single(graph, null, RDF.type.asNode(), Article, metaShown, "an ekg:Article");
        Node author = object(graph, article, DCTerms.creator.asNode(), metaShown, "dcterms:creator");
        String textName = lexical(graph, article, textFile, metaShown, "ekg:textFile");
        String byline = optionalLexical(graph, article, bylineText);
        String chrome = optionalLexical(graph, article, pageChromeStartsWith);
        boolean titleLine = !"false".equals(optionalLexical(graph, article, textHasTitleLine));

        Path textPath = metaFile.resolveSibling(textName);
        ArticleText text = ArticleText.read(textPath, shown(textPath), byline, chrome, titleLine);
        addText(graph, article, slug, text);

        Path statementsFile = Sources.statementsOf(metaFile);
        Graph editorial = GraphFactory.createDefaultGraph();
        if (Files.exists(statementsFile)) {
            TurtleFile.Lined statements = TurtleFile.readWithLines(statementsFile, shown(statementsFile));
            provenance.checkPlainStatementTriples(statements, shown(statementsFile));
            addStatements(graph, editorial, statements, article, author, text, statementsFile);
        }
        return new Result(article, slug, author, text, graph, editorial);
    }

    private void addText(Graph g, Node article, String slug, ArticleText text) {
        String base = article.getURI();
        for (Paragraph p : text.paragraphs()) {
            Node node = paragraphNode(base, p.index());
            g.add(node, RDF.type.asNode(), Paragraph);
            g.add(node, RDFS.label.asNode(), en("Paragraph " + p.index()));
            g.add(node, paragraphRole, role(p.role()));
            g.add(node, nifReferenceContext, article);
            offsets(g, node, text, p.span());
        }
        for (Sentence s : text.sentences()) {
            Node node = sentenceNode(base, s.index());
            g.add(node, RDF.type.asNode(), Sentence);
            g.add(node, RDFS.label.asNode(), en("Sentence " + s.index()));
            g.add(node, inParagraph, paragraphNode(base, s.paragraph()));
            g.add(node, nifReferenceContext, article);
            offsets(g, node, text, s.span());
        }
    }

    static Node sentenceNode(String articleBase, int index) {
        return NodeFactory.createURI(articleBase + "/sentence/" + index);
    }

    private static Node paragraphNode(String articleBase, int index) {
        return NodeFactory.createURI(articleBase + "/paragraph/" + index);
    }

    private static void offsets(Graph g, Node node, ArticleText text, ArticleText.Span span) {
        g.add(node, nifBeginIndex, integer(text.codePoints(span.start())));
        g.add(node, nifEndIndex, integer(text.codePoints(span.end())));
        g.add(node, nifAnchorOf, NodeFactory.createLiteralString(text.of(span)));
    }

    private static Node role(ArticleText.Role role) {
        return switch (role) {
            case TITLE -> roleTitle;
            case BODY -> roleBody;
            case BYLINE -> roleByline;
            case AUTHOR_BIO -> roleAuthorBio;
        };
    }

    private void addStatements(Graph g, Graph editorial, TurtleFile.Lined lined, Node article, Node author, ArticleText text, Path file) {
        Graph statements = lined.graph();
        for (Triple t : statements.find(null, quote, null).toList())
            if (!statements.contains(t.getSubject(), RDF.type.asNode(), Statement))
                throw statementError(file, t.getSubject(), "has an ekg:quote but is not typed ekg:Statement");
        for (Node st : statements.find(null, RDF.type.asNode(), Statement).mapWith(Triple::getSubject).toList()) {
            List<Node> stQuotes = statements.find(st, quote, null).mapWith(Triple::getObject).toList();
            if (stQuotes.isEmpty())
                throw statementError(file, st, "has no ekg:quote: every statement needs its evidence in the article");
            int k = 0;
            for (Node q : stQuotes) {
                String exact = q.getLiteralLexicalForm();
                List<Integer> found = text.occurrences(exact);
                if (found.isEmpty())
                    throw new InputException(shown(file), lined.lineOf(Triple.create(st, quote, q)), -1, "statement "
                            + localName(st) + " ekg:quote \"" + abbreviate(exact) + "\": quote not found in the article text");
                for (int at : found)
                    addAnchor(g, st, ++k, article, text, at, at + exact.length());
            }
            if (!statements.contains(st, assertedBy, Node.ANY))
                g.add(st, assertedBy, author);
            g.add(st, reportedIn, article);
            addTruthy(g, statements, st, author, file);
        }
        // the quotes now live on the evidence anchors; what is not a statement is editorial
        for (Triple t : statements.find().toList())
            if (!SeedProvenance.isStatement(statements, t.getSubject()))
                editorial.add(t);
            else if (!t.getPredicate().equals(quote))
                g.add(t);
    }

    private void addAnchor(Graph g, Node st, int k, Node article, ArticleText text, int start, int end) {
        String iri = st.getURI() + "/evidence/" + k;
        Node anchor = NodeFactory.createURI(iri);
        Node quoteSel = NodeFactory.createURI(iri + "/quote");
        Node posSel = NodeFactory.createURI(iri + "/position");
        g.add(st, evidence, anchor);
        g.add(anchor, RDF.type.asNode(), EvidenceAnchor);
        g.add(anchor, RDF.type.asNode(), oaSpecificResource);
        g.add(anchor, RDFS.label.asNode(), en("Evidence " + k + " of " + localName(st)));
        g.add(anchor, oaHasSource, article);
        g.add(anchor, oaHasSelector, quoteSel);
        g.add(anchor, oaHasSelector, posSel);
        String all = text.text();
        g.add(quoteSel, RDF.type.asNode(), oaTextQuoteSelector);
        g.add(quoteSel, oaExact, NodeFactory.createLiteralString(all.substring(start, end)));
        g.add(quoteSel, oaPrefix, NodeFactory.createLiteralString(all.substring(Math.max(0, start - CONTEXT_CHARS), start)));
        g.add(quoteSel, oaSuffix, NodeFactory.createLiteralString(all.substring(end, Math.min(text.contentEnd(), end + CONTEXT_CHARS))));
        g.add(posSel, RDF.type.asNode(), oaTextPositionSelector);
        g.add(posSel, oaStart, integer(text.codePoints(start)));
        g.add(posSel, oaEnd, integer(text.codePoints(end)));
        for (Sentence s : text.sentencesOverlapping(start, end))
            g.add(anchor, sentence, sentenceNode(article.getURI(), s.index()));
    }

    /** The article vouches for what its author asserts; claims it attributes to others stay on their statement node. */
    private static void addTruthy(Graph g, Graph statements, Node st, Node author, Path file) {
        List<Node> asserters = statements.find(st, assertedBy, null).mapWith(Triple::getObject).toList();
        if (!asserters.isEmpty() && !asserters.contains(author))
            return;
        Node s = only(statements, st, subject, file, "ekg:subject");
        Node p = only(statements, st, predicate, file, "ekg:predicate");
        List<Node> objects = new ArrayList<>(statements.find(st, object, null).mapWith(Triple::getObject).toList());
        objects.addAll(statements.find(st, value, null).mapWith(Triple::getObject).toList());
        if (objects.size() != 1)
            throw statementError(file, st, "needs exactly one ekg:object or ekg:value, has " + objects.size());
        if (!p.isURI())
            throw statementError(file, st, "ekg:predicate must be an IRI");
        g.add(s, p, objects.get(0));
    }

    private static Node only(Graph g, Node s, Node p, Path file, String name) {
        List<Node> values = g.find(s, p, null).mapWith(Triple::getObject).toList();
        if (values.size() != 1)
            throw statementError(file, s, "needs exactly one " + name + ", has " + values.size());
        return values.get(0);
    }

    /** Names the statement and the line of the statements file where it is first written. */
    private static InputException statementError(Path file, Node st, String problem) {
        String name = st.isURI() ? localName(st) : st.toString();
        long line = -1;
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++)
                if (lines.get(i).contains(name)) { line = i + 1; break; }
        } catch (Exception ignored) {
            // the message still names the statement
        }
        return new InputException(file, line, -1, "statement " + name + " " + problem);
    }

    private static String localName(Node n) {
        String iri = n.getURI();
        return iri.startsWith(ID) ? "ekr:" + iri.substring(ID.length()) : "<" + iri + ">";
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private Path shown(Path p) { return sources.root().relativize(p); }

    private static Node single(Graph g, Node s, Node p, Node o, Path file, String what) {
        List<Triple> found = g.find(s, p, o).toList();
        if (found.size() != 1)
            throw new InputException(file, "expected exactly one " + what + ", found " + found.size());
        return found.get(0).getSubject();
    }

    private static Node object(Graph g, Node s, Node p, Path file, String what) {
        List<Node> found = g.find(s, p, null).mapWith(Triple::getObject).toList();
        if (found.size() != 1)
            throw new InputException(file, "the article needs exactly one " + what + ", found " + found.size());
        return found.get(0);
    }

    private static String lexical(Graph g, Node s, Node p, Path file, String what) {
        return object(g, s, p, file, what).getLiteralLexicalForm();
    }

    private static String optionalLexical(Graph g, Node s, Node p) {
        List<Node> found = g.find(s, p, null).mapWith(Triple::getObject).toList();
        return found.isEmpty() ? null : found.get(0).getLiteralLexicalForm();
    }

    static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    static Node en(String s) { return NodeFactory.createLiteralLang(s, "en"); }
}
