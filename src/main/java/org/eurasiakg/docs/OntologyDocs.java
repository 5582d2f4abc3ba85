package org.eurasiakg.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

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
 * The ontology as one HTML page a person can read, generated from the ontology graph itself:
 * every class and property with its label, definition, place in the hierarchy, domain and range,
 * alignments to other vocabularies, and examples from the data. Pure: graphs in, HTML out;
 * every value from the graphs is escaped.
 */
public final class OntologyDocs {
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

    private OntologyDocs(Graph ontology, Graph data) {
        this.ontology = ontology;
        this.data = data;
        prefixes.setNsPrefixes(KNOWN_PREFIXES);
        prefixes.setNsPrefixes(ontology.getPrefixMapping());
    }

    /** The page for an ontology graph that also holds the data the examples come from. */
    public static String render(Graph ontologyAndData) {
        return render(ontologyAndData, ontologyAndData);
    }

    /** The page for {@code ontology}, with examples taken from {@code data}. */
    public static String render(Graph ontology, Graph data) {
        return new OntologyDocs(ontology, data == null ? Graph.emptyGraph : data).page();
    }

    private String page() {
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

        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
         .append("<title>").append(esc(title)).append("</title>\n")
         .append("<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em;line-height:1.4}")
         .append("section.term{border-top:1px solid #ccc;padding-top:.5em}dt{font-weight:bold}code{font-size:.95em}")
         .append("table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .4em;text-align:left}</style>\n")
         .append("</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
        if (ontologyNode != null) {
            h.append("<p>IRI: <code>").append(esc(ontologyNode.isURI() ? ontologyNode.getURI() : "")).append("</code></p>\n");
            literal(ontologyNode, DCT_DESCRIPTION).or(() -> literal(ontologyNode, RDFS.comment.asNode()))
                    .ifPresent(d -> h.append("<p>").append(esc(d)).append("</p>\n"));
            object(ontologyNode, OWL2.versionIRI.asNode()).ifPresent(v ->
                    h.append("<p>Version: <code>").append(esc(show(v))).append("</code></p>\n"));
            object(ontologyNode, DCT_LICENSE).ifPresent(v ->
                    h.append("<p>Licence: ").append(link(v)).append("</p>\n"));
        }
        h.append("<nav><h2>Contents</h2>\n<ul>\n");
        terms.forEach((kind, list) -> {
            if (list.isEmpty())
                return;
            h.append("<li><a href=\"#").append(kind.id()).append("\">").append(esc(kind.title()))
             .append("</a> (").append(list.size()).append("): ");
            List<String> links = new ArrayList<>();
            for (Node t : list)
                links.add(internalLink(t));
            h.append(String.join(", ", links)).append("</li>\n");
        });
        h.append("</ul></nav>\n");
        terms.forEach((kind, list) -> {
            if (list.isEmpty())
                return;
            h.append("<h2 id=\"").append(kind.id()).append("\">").append(esc(kind.title())).append("</h2>\n");
            boolean isClass = kind == KINDS.get(0);
            for (Node term : list)
                term(h, term, isClass);
        });
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private void term(StringBuilder h, Node term, boolean isClass) {
        h.append("<section class=\"term\" id=\"").append(esc(anchors.get(term))).append("\">\n<h3>")
         .append(esc(label(term))).append(" <small><code>").append(esc(show(term))).append("</code></small></h3>\n");
        h.append("<p>IRI: <code>").append(esc(term.getURI())).append("</code></p>\n");
        literal(term, NodeFactory.createURI(SKOS_DEFINITION)).or(() -> literal(term, RDFS.comment.asNode()))
                .ifPresent(d -> h.append("<p class=\"definition\">").append(esc(d)).append("</p>\n"));
        h.append("<dl>\n");
        Node up = isClass ? RDFS.subClassOf.asNode() : RDFS.subPropertyOf.asNode();
        List<Node> supers = objects(term, up);
        List<Node> internalSupers = supers.stream().filter(anchors::containsKey).toList();
        List<Node> externalSupers = supers.stream().filter(s -> !anchors.containsKey(s)).toList();
        row(h, isClass ? "Subclass of" : "Subproperty of", internalSupers, this::link);
        row(h, isClass ? "Superclass of" : "Superproperty of", subjects(up, term), this::link);
        if (!isClass) {
            row(h, "Domain", objects(term, RDFS.domain.asNode()), this::link);
            row(h, "Range", objects(term, RDFS.range.asNode()), this::link);
            List<Node> inverses = new ArrayList<>(objects(term, OWL2.inverseOf.asNode()));
            inverses.addAll(subjects(OWL2.inverseOf.asNode(), term));
            row(h, "Inverse of", inverses, this::link);
            List<Node> characteristics = objects(term, RDF.type.asNode()).stream()
                    .filter(t -> !t.equals(OWL2.ObjectProperty.asNode()) && !t.equals(OWL2.DatatypeProperty.asNode())
                            && !t.equals(OWL2.AnnotationProperty.asNode()) && !t.equals(RDF.Property.asNode()))
                    .toList();
            row(h, "Characteristics", characteristics, this::link);
        } else {
            row(h, "Equivalent to", objects(term, OWL2.equivalentClass.asNode()), this::link);
            row(h, "Disjoint with", objects(term, OWL2.disjointWith.asNode()), this::link);
        }
        List<String> alignments = new ArrayList<>();
        for (Node s : externalSupers)
            alignments.add(esc(isClass ? "subclass of " : "subproperty of ") + link(s));
        for (Node eq : objects(term, isClass ? OWL2.equivalentClass.asNode() : OWL2.equivalentProperty.asNode()))
            if (!anchors.containsKey(eq) && eq.isURI())
                alignments.add("equivalent to " + link(eq));
        for (Node m : MATCHES)
            for (Node o : objects(term, m))
                alignments.add(esc(show(m)) + " " + link(o));
        if (!alignments.isEmpty())
            h.append("<dt>Alignments</dt><dd class=\"alignments\">").append(String.join("; ", alignments)).append("</dd>\n");
        h.append("</dl>\n");
        examples(h, term, isClass);
        h.append("</section>\n");
    }

    private void examples(StringBuilder h, Node term, boolean isClass) {
        List<String> items = new ArrayList<>();
        if (isClass) {
            data.find(Node.ANY, RDF.type.asNode(), term).mapWith(Triple::getSubject)
                    .filterKeep(Node::isURI).forEach(s -> {
                        if (items.size() < EXAMPLES) {
                            String li = instance(s);
                            if (!items.contains(li))
                                items.add(li);
                        }
                    });
        } else {
            data.find(Node.ANY, term, Node.ANY).forEach(t -> {
                if (items.size() < EXAMPLES && t.getSubject().isURI()) {
                    String li = instance(t.getSubject()) + " <code>" + esc(show(term)) + "</code> " + value(t.getObject());
                    if (!items.contains(li))
                        items.add(li);
                }
            });
        }
        if (items.isEmpty())
            return;
        h.append("<p>Examples from the data:</p>\n<ul class=\"examples\">\n");
        for (String li : items)
            h.append("<li>").append(li).append("</li>\n");
        h.append("</ul>\n");
    }

    /** A resource of the data, by its label there when it has one. */
    private String instance(Node s) {
        if (anchors.containsKey(s))
            return link(s);
        String label = data.find(s, RDFS.label.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).nextOptional().orElse(null);
        if (label == null)
            return link(s);
        return "<a href=\"" + esc(s.getURI()) + "\">" + esc(label) + "</a> <small><code>" + esc(show(s)) + "</code></small>";
    }

    private void row(StringBuilder h, String title, List<Node> values, Function<Node, String> render) {
        if (values.isEmpty())
            return;
        List<String> shown = new ArrayList<>();
        for (Node v : values)
            shown.add(render.apply(v));
        h.append("<dt>").append(esc(title)).append("</dt><dd>").append(String.join(", ", shown)).append("</dd>\n");
    }

    /** A term of this ontology links to its section; any other IRI to itself; a restriction is spelled out. */
    private String link(Node n) {
        if (n.isURI()) {
            String anchor = anchors.get(n);
            String href = anchor != null ? "#" + anchor : n.getURI();
            String text = anchor != null ? label(n) : show(n);
            if (anchor == null && !n.getURI().startsWith("http"))
                return "<code>" + esc(text) + "</code>";
            return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
        }
        if (n.isBlank())
            return restriction(n);
        return value(n);
    }

    private String restriction(Node b) {
        Optional<Node> onProperty = object(b, OWL2.onProperty.asNode());
        if (onProperty.isEmpty()) {
            Optional<Node> union = object(b, OWL2.unionOf.asNode());
            if (union.isPresent())
                return "one of (" + String.join(", ", listItems(union.get()).stream().map(this::link).toList()) + ")";
            return "<em>an anonymous class</em>";
        }
        String p = link(onProperty.get());
        for (Node kind : List.of(OWL2.someValuesFrom.asNode(), OWL2.allValuesFrom.asNode(), OWL2.hasValue.asNode(),
                OWL2.cardinality.asNode(), OWL2.minCardinality.asNode(), OWL2.maxCardinality.asNode(),
                OWL2.qualifiedCardinality.asNode(), OWL2.minQualifiedCardinality.asNode(),
                OWL2.maxQualifiedCardinality.asNode())) {
            Optional<Node> v = object(b, kind);
            if (v.isPresent())
                return p + " " + esc(kind.getLocalName()) + " " + link(v.get());
        }
        return "a restriction on " + p;
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

    private String value(Node o) {
        if (o.isLiteral()) {
            String lex = o.getLiteralLexicalForm();
            if (lex.length() > 160)
                lex = lex.substring(0, 157) + "...";
            return "\u201c" + esc(lex) + "\u201d";
        }
        return link(o);
    }

    private String internalLink(Node t) {
        return "<a href=\"#" + esc(anchors.get(t)) + "\">" + esc(label(t)) + "</a>";
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

    /** HTML-escapes text for element content and attribute values. */
    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
