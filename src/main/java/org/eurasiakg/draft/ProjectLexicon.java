package org.eurasiakg.draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eurasiakg.ingest.InputException;
import org.eurasiakg.ingest.Sources;

/** The ontology (with the lexicon) and the entity list of a project folder, as the draft reads them. */
public record ProjectLexicon(Graph ontology, Graph entities) {

    public static final String ENTITIES = "entities.ttl";

    public static ProjectLexicon load(Path project) {
        Path ontologyDir = project.resolve("ontology");
        if (!Files.isDirectory(ontologyDir))
            throw new InputException(ontologyDir, "folder not found (is --source the project folder?)");
        Graph ontology = GraphFactory.createDefaultGraph();
        try (Stream<Path> files = Files.list(ontologyDir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ttl") && !f.getFileName().toString().equals(Sources.SHAPES)).sorted().toList())
                read(ontology, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Graph entities = GraphFactory.createDefaultGraph();
        Path list = project.resolve("seeds").resolve(ENTITIES);
        if (Files.exists(list))
            read(entities, list);
        return new ProjectLexicon(ontology, entities);
    }

    public Lexicon lexicon() { return lexicon(e -> true); }

    public Lexicon lexicon(Predicate<Node> known) { return new Lexicon(ontology, entities, known); }

    private static void read(Graph g, Path file) {
        try {
            RDFDataMgr.read(g, file.toString());
        } catch (RiotException e) {
            throw new InputException(file, "not valid Turtle: " + e.getMessage());
        }
    }
}
