package org.eurasiakg.ingest;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
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
}
