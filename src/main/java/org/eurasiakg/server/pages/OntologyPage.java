package org.eurasiakg.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The ontology as one page a person can read ({@code /ontology}), made from the ontology graph itself:
 * every class and property with its label, definition, place in the hierarchy, domain and range,
 * alignments to other vocabularies, and examples from the data.
 */
public final class OntologyPage {
    /** How many instances or triples each term shows as examples. */
    public static final int EXAMPLES = 5;

    private static final String SKOS_DEFINITION = SKOS.definition.getURI();
    private static final Node DCT_TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");
    private static final Node DCT_DESCRIPTION = NodeFactory.createURI("http://purl.org/dc/terms/description");
    private static final Node DCT_LICENSE = NodeFactory.createURI("http://purl.org/dc/terms/license");
    private static final List<Node> MATCHES = List.of(SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode(),
            SKOS.broadMatch.asNode(), SKOS.narrowMatch.asNode(), SKOS.relatedMatch.asNode());
    private static final Map<String, String> KNOWN_PREFIXES = Map.ofEntries(
            Map.entry("ekg", "https://w3id.org/eurasia-kg/ontology#"),
            Map.entry("ekr", "https://w3id.org/eurasia-kg/id/"),
            Map.entry("ekc", "https://w3id.org/eurasia-kg/id/concept/"),
            Map.entry("rdf", RDF.getURI()), Map.entry("rdfs", RDFS.getURI()), Map.entry("owl", OWL2.getURI()),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"), Map.entry("skos", SKOS.getURI()),
            Map.entry("dcterms", "http://purl.org/dc/terms/"), Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("oa", "http://www.w3.org/ns/oa#"),
            Map.entry("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"),
            Map.entry("wd", "http://www.wikidata.org/entity/"), Map.entry("wdt", "http://www.wikidata.org/prop/direct/"),
            Map.entry("schema", "http://schema.org/"), Map.entry("foaf", "http://xmlns.com/foaf/0.1/"));

    private record Kind(String title, String id, List<Node> types) {}

    /** A piece of a phrase: plain text, a link, a name in code type, a quoted literal, or an emphasis. */
    record Part(Style style, String text, String href) {
        enum Style { TEXT, LINK, CODE, QUOTED, EM, SMALL_CODE }
    }
    record Row(String title, List<List<Part>> values) {}
    record Term(String anchor, String label, String curie, String iri, String definition, List<Row> rows,
                List<List<Part>> alignments, List<List<Part>> examples) {}
    record Section(String title, String id, List<Term> terms) {}
    record View(Links links, String title, String iri, String description, String version, List<Part> licence,
                List<Section> sections) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("Classes", "classes", List.of(OWL2.Class.asNode(), RDFS.Class.asNode())),
            new Kind("Object properties", "object-properties", List.of(OWL2.ObjectProperty.asNode())),
            new Kind("Datatype properties", "datatype-properties", List.of(OWL2.DatatypeProperty.asNode())),
            new Kind("Annotation properties", "annotation-properties", List.of(OWL2.AnnotationProperty.asNode())),
            new Kind("Other properties", "other-properties", List.of(RDF.Property.asNode())));

    private final Graph ontology;
    private final Graph data;
    private final PrefixMapping prefixes = PrefixMapping.Factory.create();
    private final Map<Node, String> anchors = new LinkedHashMap<>();

    private OntologyPage(Graph ontology, Graph data) {
        this.ontology = ontology;
        this.data = data;
        prefixes.setNsPrefixes(KNOWN_PREFIXES);
        prefixes.setNsPrefixes(ontology.getPrefixMapping());
    }

    /** The page for an ontology graph that also holds the data the examples come from, as served at {@code path}. */
    public static String render(Graph ontologyAndData, String path) {
        return render(ontologyAndData, ontologyAndData, path);
    }

    /** The page for {@code ontology}, with examples taken from {@code data}, as served at {@code path}. */
    public static String render(Graph ontology, Graph data, String path) {
        return Templates.render("ontology", new OntologyPage(ontology, data == null ? Graph.emptyGraph : data).view(new Links(path)));
    }

    private View view(Links links) {
        Map<Kind, List<Node>> terms = new LinkedHashMap<>();
        Set<Node> seen = new LinkedHashSet<>();
        for (Kind kind : KINDS) {
            Set<Node> found = new TreeSet<>(Comparator.comparing(this::sortKey));
            for (Node type : kind.types())
                ontology.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> {
                    if (t.getSubject().isURI() && !seen.contains(t.getSubject()))
                        found.add(t.getSubject());
                });
            seen.addAll(found);
            terms.put(kind, new ArrayList<>(found));
        }
        int n = 0;
        for (List<Node> list : terms.values())
            for (Node term : list)
                anchors.put(term, anchorFor(term, n++));

        Node ontologyNode = ontology.find(Node.ANY, RDF.type.asNode(), OWL2.Ontology.asNode())
                .mapWith(Triple::getSubject).nextOptional().orElse(null);
        String title = ontologyNode == null ? "Ontology"
                : literal(ontologyNode, DCT_TITLE).or(() -> literal(ontologyNode, RDFS.label.asNode())).orElse("Ontology");
        List<Section> sections = new ArrayList<>();
        terms.forEach((kind, list) -> {
            if (!list.isEmpty())
                sections.add(new Section(kind.title(), kind.id(), list.stream().map(t -> term(t, kind == KINDS.get(0))).toList()));
        });
        if (ontologyNode == null)
            return new View(links, title, null, null, null, null, sections);
        return new View(links, title, ontologyNode.isURI() ? ontologyNode.getURI() : "",
                literal(ontologyNode, DCT_DESCRIPTION).or(() -> literal(ontologyNode, RDFS.comment.asNode())).orElse(null),
                object(ontologyNode, OWL2.versionIRI.asNode()).map(this::show).orElse(null),
                object(ontologyNode, DCT_LICENSE).map(this::link).orElse(null), sections);
    }

    private Term term(Node term, boolean isClass) {
        List<Row> rows = new ArrayList<>();
        Node up = isClass ? RDFS.subClassOf.asNode() : RDFS.subPropertyOf.asNode();
        List<Node> supers = objects(term, up);
        List<Node> internalSupers = supers.stream().filter(anchors::containsKey).toList();
        List<Node> externalSupers = supers.stream().filter(s -> !anchors.containsKey(s)).toList();
        row(rows, isClass ? "Subclass of" : "Subproperty of", internalSupers);
        row(rows, isClass ? "Superclass of" : "Superproperty of", subjects(up, term));
        if (!isClass) {
            row(rows, "Domain", objects(term, RDFS.domain.asNode()));
            row(rows, "Range", objects(term, RDFS.range.asNode()));
            List<Node> inverses = new ArrayList<>(objects(term, OWL2.inverseOf.asNode()));
            inverses.addAll(subjects(OWL2.inverseOf.asNode(), term));
            row(rows, "Inverse of", inverses);
            List<Node> characteristics = objects(term, RDF.type.asNode()).stream()
                    .filter(t -> !t.equals(OWL2.ObjectProperty.asNode()) && !t.equals(OWL2.DatatypeProperty.asNode())
                            && !t.equals(OWL2.AnnotationProperty.asNode()) && !t.equals(RDF.Property.asNode()))
                    .toList();
            row(rows, "Characteristics", characteristics);
        } else {
            row(rows, "Equivalent to", objects(term, OWL2.equivalentClass.asNode()));
            row(rows, "Disjoint with", objects(term, OWL2.disjointWith.asNode()));
        }
        List<List<Part>> alignments = new ArrayList<>();
        for (Node s : externalSupers)
            alignments.add(after(isClass ? "subclass of " : "subproperty of ", link(s)));
        for (Node eq : objects(term, isClass ? OWL2.equivalentClass.asNode() : OWL2.equivalentProperty.asNode()))
            if (!anchors.containsKey(eq) && eq.isURI())
                alignments.add(after("equivalent to ", link(eq)));
        for (Node m : MATCHES)
            for (Node o : objects(term, m))
                alignments.add(after(show(m) + " ", link(o)));
        return new Term(anchors.get(term), label(term), show(term), term.getURI(),
                literal(term, NodeFactory.createURI(SKOS_DEFINITION)).or(() -> literal(term, RDFS.comment.asNode())).orElse(null),
                rows, alignments, examples(term, isClass));
    }

    private List<List<Part>> examples(Node term, boolean isClass) {
        List<List<Part>> items = new ArrayList<>();
        if (isClass) {
            data.find(Node.ANY, RDF.type.asNode(), term).mapWith(Triple::getSubject)
                    .filterKeep(Node::isURI).forEach(s -> {
                        if (items.size() < EXAMPLES) {
                            List<Part> li = instance(s);
                            if (!items.contains(li))
                                items.add(li);
                        }
                    });
        } else {
            data.find(Node.ANY, term, Node.ANY).forEach(t -> {
                if (items.size() < EXAMPLES && t.getSubject().isURI()) {
                    List<Part> li = new ArrayList<>(instance(t.getSubject()));
                    li.add(text(" "));
                    li.add(new Part(Part.Style.CODE, show(term), null));
                    li.add(text(" "));
                    li.addAll(value(t.getObject()));
                    if (!items.contains(li))
                        items.add(li);
                }
            });
        }
        return items;
    }

    /** A resource of the data, by its label there when it has one. */
    private List<Part> instance(Node s) {
        if (anchors.containsKey(s))
            return link(s);
        String label = data.find(s, RDFS.label.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).nextOptional().orElse(null);
        if (label == null)
            return link(s);
        return List.of(new Part(Part.Style.LINK, label, s.getURI()), text(" "), new Part(Part.Style.SMALL_CODE, show(s), null));
    }

    private void row(List<Row> rows, String title, List<Node> values) {
        if (!values.isEmpty())
            rows.add(new Row(title, values.stream().map(this::link).toList()));
    }

    /** A term of this ontology links to its section; any other IRI to itself; a restriction is spelled out. */
    private List<Part> link(Node n) {
        if (n.isURI()) {
            String anchor = anchors.get(n);
            String href = anchor != null ? "#" + anchor : n.getURI();
            String text = anchor != null ? label(n) : show(n);
            if (anchor == null && !n.getURI().startsWith("http"))
                return List.of(new Part(Part.Style.CODE, text, null));
            return List.of(new Part(Part.Style.LINK, text, href));
        }
        if (n.isBlank())
            return restriction(n);
        return value(n);
    }

    private List<Part> restriction(Node b) {
        Optional<Node> onProperty = object(b, OWL2.onProperty.asNode());
        if (onProperty.isEmpty()) {
            Optional<Node> union = object(b, OWL2.unionOf.asNode());
            if (union.isPresent()) {
                List<Part> parts = new ArrayList<>(List.of(text("one of (")));
                List<Node> items = listItems(union.get());
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0)
                        parts.add(text(", "));
                    parts.addAll(link(items.get(i)));
                }
                parts.add(text(")"));
                return parts;
            }
            return List.of(new Part(Part.Style.EM, "an anonymous class", null));
        }
        List<Part> p = link(onProperty.get());
        for (Node kind : List.of(OWL2.someValuesFrom.asNode(), OWL2.allValuesFrom.asNode(), OWL2.hasValue.asNode(),
                OWL2.cardinality.asNode(), OWL2.minCardinality.asNode(), OWL2.maxCardinality.asNode(),
                OWL2.qualifiedCardinality.asNode(), OWL2.minQualifiedCardinality.asNode(),
                OWL2.maxQualifiedCardinality.asNode())) {
            Optional<Node> v = object(b, kind);
            if (v.isPresent()) {
                List<Part> parts = new ArrayList<>(p);
                parts.add(text(" " + kind.getLocalName() + " "));
                parts.addAll(link(v.get()));
                return parts;
            }
        }
        List<Part> parts = new ArrayList<>(List.of(text("a restriction on ")));
        parts.addAll(p);
        return parts;
    }

    private List<Node> listItems(Node list) {
        List<Node> items = new ArrayList<>();
        Node cur = list;
        while (cur != null && !cur.equals(RDF.nil.asNode()) && items.size() < 100) {
            object(cur, RDF.first.asNode()).ifPresent(items::add);
            cur = object(cur, RDF.rest.asNode()).orElse(null);
        }
        return items;
    }

    private List<Part> value(Node o) {
        if (o.isLiteral()) {
            String lex = o.getLiteralLexicalForm();
            if (lex.length() > 160)
                lex = lex.substring(0, 157) + "...";
            return List.of(new Part(Part.Style.QUOTED, lex, null));
        }
        return link(o);
    }

    private static Part text(String s) {
        return new Part(Part.Style.TEXT, s, null);
    }

    /** {@code words} then {@code parts}: "subclass of schema:Country". */
    private static List<Part> after(String words, List<Part> parts) {
        List<Part> all = new ArrayList<>(List.of(text(words)));
        all.addAll(parts);
        return all;
    }

    private String label(Node n) {
        return literal(n, RDFS.label.asNode()).orElseGet(() -> localName(n));
    }

    /** An English literal if there is one, else any plain one. */
    private Optional<String> literal(Node s, Node p) {
        String any = null;
        for (Triple t : ontology.find(s, p, Node.ANY).toList()) {
            Node o = t.getObject();
            if (!o.isLiteral())
                continue;
            String lang = o.getLiteralLanguage();
            if (lang.equalsIgnoreCase("en") || lang.toLowerCase().startsWith("en-"))
                return Optional.of(o.getLiteralLexicalForm());
            if (any == null || lang.isEmpty())
                any = o.getLiteralLexicalForm();
        }
        return Optional.ofNullable(any);
    }

    private Optional<Node> object(Node s, Node p) {
        return ontology.find(s, p, Node.ANY).mapWith(Triple::getObject).nextOptional();
    }

    private List<Node> objects(Node s, Node p) {
        return sorted(ontology.find(s, p, Node.ANY).mapWith(Triple::getObject).toList());
    }

    private List<Node> subjects(Node p, Node o) {
        return sorted(ontology.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList());
    }

    private List<Node> sorted(List<Node> nodes) {
        List<Node> out = new ArrayList<>(new LinkedHashSet<>(nodes));
        out.sort(Comparator.comparing(n -> n.isURI() ? sortKey(n) : "~" + n));
        return out;
    }

    private String sortKey(Node n) {
        return label(n).toLowerCase() + "\u0000" + n.getURI();
    }

    private String show(Node n) {
        if (!n.isURI())
            return n.toString();
        String s = prefixes.qnameFor(n.getURI());
        return s != null ? s : n.getURI();
    }

    private static String localName(Node n) {
        String iri = n.getURI();
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }

    /** Anchors are derived from local names: unique, and safe in an HTML id. */
    private String anchorFor(Node term, int n) {
        String base = localName(term).replaceAll("[^A-Za-z0-9_-]", "_");
        String anchor = base;
        if (anchors.containsValue(anchor))
            anchor = base + "-" + n;
        return anchor;
    }
}
