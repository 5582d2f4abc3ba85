package org.eurasiakg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangTurtle;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

/** Reads one Turtle file strictly; any error becomes an {@link InputException} with line and column. */
final class TurtleFile {
    private TurtleFile() {}

    /** Warnings count as errors, and every error keeps its line and column. */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) { throw new RiotParseException(message, line, col); }

        @Override
        public void error(String message, long line, long col) { throw new RiotParseException(message, line, col); }

        @Override
        public void fatal(String message, long line, long col) { throw new RiotParseException(message, line, col); }
    };

    static Graph read(Path file, Path shownAs) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file)
                     .lang(Lang.TURTLE)
                     .errorHandler(STRICT)
                     .parse(graph);
        } catch (RiotParseException e) {
            throw new InputException(shownAs, e.getLine(), e.getCol(), e.getOriginalMessage());
        } catch (RiotException e) {
            throw new InputException(shownAs, e.getMessage());
        }
        return graph;
    }

    /** A seed file's triples and, for each, the line where its statement ends (to name it in an error). */
    record Lined(Graph graph, Map<Triple, Long> lines) {
        long lineOf(Triple t) { return lines.getOrDefault(t, -1L); }
    }

    /** Like {@link #read}, also recording each triple's line: the tokenizer stands just past its object when it is emitted. */
    static Lined readWithLines(Path file, Path shownAs) {
        Graph graph = GraphFactory.createDefaultGraph();
        Map<Triple, Long> lines = new HashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            Tokenizer tokens = TokenizerText.create().source(in).errorHandler(STRICT).build();
            StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.graph(graph)) {
                @Override
                public void triple(Triple t) {
                    lines.putIfAbsent(t, tokens.getLine());
                    super.triple(t);
                }
            };
            LangTurtle parser = new LangTurtle(tokens, RiotLib.profile(Lang.TURTLE, file.toUri().toString(), STRICT), sink);
            sink.start();
            parser.parse();
            sink.finish();
        } catch (RiotParseException e) {
            throw new InputException(shownAs, e.getLine(), e.getCol(), e.getOriginalMessage());
        } catch (RiotException e) {
            throw new InputException(shownAs, e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(shownAs, "file not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lined(graph, lines);
    }
}
