package org.eurasiakg.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.vocab.EKG;

/**
 * A picture of the graph around a resource, drawn on the server as SVG: the resource in the
 * middle, what points to it on the left, what it points to on the right, one row each so no
 * names collide; each line named by its relations, arrows pointing the way they go. Every node
 * links to its page.
 */
final class Diagram {
    static final int MAX_PER_SIDE = 9;
    private static final int WIDTH = 960, ROW = 46, MARGIN = 24, NODE_HEIGHT = 28, MAX_CHARS = 22, MAX_EDGE_CHARS = 25;
    private static final double LEFT = 115, RIGHT = WIDTH - 115, CENTER = WIDTH / 2.0;
    /** The text's own nodes, not things the article is about. */
    private static final List<Node> PLUMBING = List.of(EKG.Statement, EKG.Mention, EKG.EvidenceAnchor, EKG.Sentence, EKG.Paragraph);

    private record Neighbour(Node node, Set<String> out, Set<String> in) {}

    private Diagram() {}

    /** A box with a name; {@code href} null for the resource the page is about. */
    record Box(String href, String label, String shown, String cls, String x, String y, String rectX, String rectY,
               String width, String height, String textY) {}
    /** A line from the centre to a neighbour, with the names of its relations. */
    record Edge(String x1, String y1, String x2, String y2, boolean arrowEnd, boolean arrowStart,
                String labelX, String labelY, String anchor, String label, String shown) {}
    record View(int width, int height, String title, List<Edge> edges, List<Box> boxes, Box center, int hidden,
                int moreX, int moreY) {}

    /** The picture, or null when the resource has no neighbours to draw. */
    static View of(DatasetGraph dsg, Node center, Labels labels, Links links) {
        Map<Node, Neighbour> around = new LinkedHashMap<>();
        Graph g = dsg.getUnionGraph();
        for (Binding b : Queries.select(dsg, "neighbours.rq", center)) {
            Node other = b.get("other");
            if (PLUMBING.stream().anyMatch(t -> g.contains(other, RDF.type.asNode(), t)))
                continue;
            Neighbour n = around.computeIfAbsent(other, o -> new Neighbour(o, new LinkedHashSet<>(), new LinkedHashSet<>()));
            ("out".equals(b.get("dir").getLiteralLexicalForm()) ? n.out() : n.in()).add(labels.of(b.get("p")));
        }
        if (around.isEmpty())
            return null;
        Comparator<Neighbour> byName = Comparator.comparing(n -> labels.of(n.node()).toLowerCase(Locale.ROOT));
        List<Neighbour> right = around.values().stream().filter(n -> !n.out().isEmpty()).sorted(byName).toList();
        List<Neighbour> left = around.values().stream().filter(n -> n.out().isEmpty()).sorted(byName).toList();
        int hidden = Math.max(0, right.size() - MAX_PER_SIDE) + Math.max(0, left.size() - MAX_PER_SIDE);
        right = right.subList(0, Math.min(MAX_PER_SIDE, right.size()));
        left = left.subList(0, Math.min(MAX_PER_SIDE, left.size()));
        int rows = Math.max(3, Math.max(right.size(), left.size()));
        int height = rows * ROW + 2 * MARGIN + (hidden > 0 ? 18 : 0);
        double cy = MARGIN + rows * ROW / 2.0;

        String name = labels.of(center);
        List<Edge> edges = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        double centerHalfWidth = halfWidth(name) + 6;
        for (int side = 0; side < 2; side++) {
            List<Neighbour> column = side == 0 ? left : right;
            double x = side == 0 ? LEFT : RIGHT;
            double top = cy - column.size() * ROW / 2.0;
            for (int i = 0; i < column.size(); i++) {
                Neighbour n = column.get(i);
                double y = top + (i + 0.5) * ROW;
                String label = labels.of(n.node());
                double[] from = border(CENTER, cy, x, y, centerHalfWidth, NODE_HEIGHT / 2.0 + 4);
                // each line leaves its node from the side facing the centre, its name on the node's row
                double[] to = {side == 0 ? x + halfWidth(label) : x - halfWidth(label), y};
                List<String> names = new ArrayList<>(n.out());
                for (String in : n.in())
                    names.add(n.out().isEmpty() ? in : "← " + in);
                String edgeLabel = String.join(", ", names);
                double lx = side == 0 ? to[0] + 6 : to[0] - 6;
                edges.add(new Edge(f(from[0]), f(from[1]), f(to[0]), f(to[1]), !n.out().isEmpty(), !n.in().isEmpty(),
                        f(lx), f(y - 5), side == 0 ? "start" : "end", edgeLabel, shorten(edgeLabel, MAX_EDGE_CHARS)));
                boxes.add(box(links.page(n.node()), label, x, y, "node"));
            }
        }
        return new View(WIDTH, height, name + " and its " + around.size() + (around.size() == 1 ? " neighbour" : " neighbours")
                + " in the graph", edges, boxes, box(null, name, CENTER, cy, "node center"), hidden, WIDTH - 10, height - 8);
    }

    private static Box box(String href, String label, double x, double y, String cls) {
        double hw = halfWidth(label);
        return new Box(href, label, shorten(label, MAX_CHARS), cls, f(x), f(y), f(x - hw), f(y - NODE_HEIGHT / 2.0),
                f(2 * hw), Integer.toString(NODE_HEIGHT), f(y + 5));
    }

    /** Where the line from (x, y) towards (tx, ty) leaves the box of half-size (hw, hh) around (x, y). */
    private static double[] border(double x, double y, double tx, double ty, double hw, double hh) {
        double dx = tx - x, dy = ty - y;
        double t = Math.min(dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy));
        t = Math.min(t, 1);
        return new double[] {x + dx * t, y + dy * t};
    }

    private static double halfWidth(String label) {
        return Math.min(label.length(), MAX_CHARS) * 3.9 + 12;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
