package org.eurasiakg.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eurasiakg.ingest.Sources;
import org.eurasiakg.vocab.EKG;
import org.eurasiakg.vocab.EKG.Graphs;
import org.eurasiakg.vocab.Prefixes;

/**
 * A release of the dataset in a folder: the whole dataset (every named graph) in TriG and
 * N-Quads, the ontology in Turtle, RDF/XML and JSON-LD, a JSON-LD context for the data, the VoID
 * description, and {@code SHA256SUMS} in the format {@code sha256sum -c} reads.
 */
public final class Release {
    public static final String TRIG = "eurasia-kg.trig";
    public static final String NQUADS = "eurasia-kg.nq";
    public static final String ONTOLOGY_TTL = "eurasia-kg-ontology.ttl";
    public static final String ONTOLOGY_RDF = "eurasia-kg-ontology.rdf";
    public static final String ONTOLOGY_JSONLD = "eurasia-kg-ontology.jsonld";
    public static final String CONTEXT = "context.jsonld";
    public static final String VOID = "void.ttl";
    public static final String CHECKSUMS = "SHA256SUMS";

    /** The prefixes of the data's JSON-LD context. */
    /** The one prefix map ({@link Prefixes#ALL}) as a map from prefix to namespace. */
    public static final Map<String, String> PREFIXES = Prefixes.ALL.getNsPrefixMap();

    private Release() {}

    /** Writes the release into {@code dir} (created if missing) and returns the files written, by name. */
    public static List<Path> write(DatasetGraph dsg, Path dir) {
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>();
            Txn.executeRead(dsg, () -> {
                files.add(file(dir, TRIG, out -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS)));
                files.add(file(dir, NQUADS, out -> RDFDataMgr.write(out, dsg, RDFFormat.NQUADS)));
                Graph ontology = copy(dsg.getGraph(Graphs.ONTOLOGY));
                files.add(file(dir, ONTOLOGY_TTL, out -> RDFDataMgr.write(out, ontology, RDFFormat.TURTLE_PRETTY)));
                files.add(file(dir, ONTOLOGY_RDF, out -> RDFDataMgr.write(out, ontology, RDFFormat.RDFXML_PRETTY)));
                files.add(file(dir, ONTOLOGY_JSONLD, out -> RDFDataMgr.write(out, ontology, RDFFormat.JSONLD11_PRETTY)));
                String context = JSON.toString(context(ontology)) + "\n";
                files.add(file(dir, CONTEXT, out -> write(out, context)));
                Graph description = copy(dsg.getGraph(Graphs.VOID));
                files.add(file(dir, VOID, out -> RDFDataMgr.write(out, description, RDFFormat.TURTLE_PRETTY)));
            });
            StringBuilder sums = new StringBuilder();
            for (Path f : files)
                sums.append(Sources.sha256(f)).append("  ").append(f.getFileName()).append('\n');
            files.add(file(dir, CHECKSUMS, out -> write(out, sums.toString())));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JSON-LD context for the data: the prefixes, and a term for each property of the ontology
     * ({@code "hasMember"} for {@code ekg:hasMember}), with {@code "@type": "@id"} for object
     * properties and the XSD datatype for datatype properties that name one.
     */
    public static JsonObject context(Graph ontology) {
        JsonObject terms = new JsonObject();
        new TreeMap<>(PREFIXES).forEach(terms::put);
        Map<String, JsonObject> properties = new TreeMap<>();
        ontology.find(Node.ANY, RDF.type.asNode(), OWL2.ObjectProperty.asNode()).forEach(t -> term(properties, t.getSubject(), "@id"));
        ontology.find(Node.ANY, RDF.type.asNode(), OWL2.DatatypeProperty.asNode()).forEach(t -> {
            Node range = ontology.find(t.getSubject(), RDFS.range.asNode(), Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(r -> r.isURI() && r.getURI().startsWith("http://www.w3.org/2001/XMLSchema#"))
                    .nextOptional().orElse(null);
            term(properties, t.getSubject(), range == null ? null : "xsd:" + range.getLocalName());
        });
        properties.forEach(terms::put);
        JsonObject context = new JsonObject();
        context.put("@context", terms);
        return context;
    }

    private static void term(Map<String, JsonObject> properties, Node property, String type) {
        if (!property.isURI() || !property.getURI().startsWith(EKG.NS))
            return;
        String local = property.getURI().substring(EKG.NS.length());
        // a term must not look like a prefix or a keyword, and must not shadow a prefix
        if (!local.matches("[A-Za-z_][A-Za-z0-9_-]*") || PREFIXES.containsKey(local))
            return;
        JsonObject def = new JsonObject();
        def.put("@id", "ekg:" + local);
        if (type != null)
            def.put("@type", type);
        properties.put(local, def);
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        copy.getPrefixMapping().setNsPrefixes(PREFIXES);
        g.find().forEach(copy::add);
        return copy;
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file through a temporary sibling, so a failed release leaves no half file under the real name. */
    private static Path file(Path dir, String name, Consumer<OutputStream> writer) {
        Path target = dir.resolve(name);
        Path tmp = dir.resolve(name + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.accept(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
