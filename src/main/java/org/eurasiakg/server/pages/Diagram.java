package org.eurasiakg.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.vocab.EKG;

/**
 * A picture of the graph around a resource, drawn on the server as SVG: the resource in the middle,
 * what it points to on the right, what points to it on the left, its neighbours grouped by relation
 * (relations that reach the same neighbours share a group), each group named with its count. The
 * most prominent come first: entities of the entity list before the articles' own nodes (aims,
 * events, situations), then by how often the articles mention them; each group shows its first few
 * and says how many more there are. Names are wrapped, never cut; every neighbour links to its page.
 * On a narrow screen the stylesheet shows the same groups as a list instead.
 */
final class Diagram {
    static final int MAX_GROUPS_PER_SIDE = 6, MAX_PER_GROUP = 6, MAX_LINES = 6;
    private static final int WIDTH = 960, MARGIN = 16, COLUMN = 260, CENTER_WIDTH = 220, LINE = 17, PAD = 7,
            HEADER_LINE = 16, NODE_GAP = 6, GROUP_GAP = 18, CHARS = 30, CENTER_CHARS = 24, HEADER_CHARS = 28;
    private static final int LEFT = MARGIN, RIGHT = WIDTH - MARGIN - COLUMN;
    /** The text's own nodes, not things the article is about. */
    private static final List<Node> PLUMBING = List.of(EKG.Statement, EKG.Mention, EKG.EvidenceAnchor, EKG.Sentence, EKG.Paragraph);

    /** A line of text at its place. */
    record Line(String text, int x, int y) {}
    /** A neighbour: its name (wrapped) in a box that links to its page. */
    record Box(String href, String name, List<Line> lines, int x, int y, int width, int height) {}
    /** Neighbours under one or more relations, in one direction; {@code moreHref} lists them all. */
    record Group(String relations, int count, boolean incoming, List<Line> header, List<Box> boxes, int more,
                 String moreHref, Line moreAt) {}
    /** The line from the centre to a group; the arrow points the way the relation goes. */
    record Edge(int x1, int y1, int x2, int y2) {}
    record View(int width, int height, String title, Box center, List<Group> groups, List<Edge> edges,
                int hiddenGroups, Line hiddenAt) {}

    private record Neighbour(Node node, boolean entity, long mentions, String name) {}

    private Diagram() {}

    /**
     * The picture, or null when the resource has no neighbours to draw. {@code anchors} tells, for
     * "out " or "in " followed by a relation's IRI, where on the page all its values are listed.
     */
    static View of(DatasetGraph dsg, Node center, Labels labels, Links links, Map<String, String> anchors) {
        Graph g = dsg.getUnionGraph();
        Map<Node, Set<Node>> out = new LinkedHashMap<>(), in = new LinkedHashMap<>();
        Set<Node> all = new LinkedHashSet<>();
        for (Binding b : Queries.select(dsg, "neighbours.rq", center)) {
            Node other = b.get("other");
            if (PLUMBING.stream().anyMatch(t -> g.contains(other, RDF.type.asNode(), t)))
                continue;
            boolean isOut = "out".equals(b.get("dir").getLiteralLexicalForm());
            (isOut ? out : in).computeIfAbsent(b.get("p"), k -> new LinkedHashSet<>()).add(other);
            all.add(other);
        }
        if (all.isEmpty())
            return null;
        Map<Node, Set<Node>> mentions = new HashMap<>();
        Set<Node> listed = new HashSet<>();
        for (Binding b : Queries.selectFor(dsg, "prominence.rq", "node", all)) {
            if (b.get("mention") != null)
                mentions.computeIfAbsent(b.get("node"), k -> new HashSet<>()).add(b.get("mention"));
            if (b.get("listed") != null)
                listed.add(b.get("node"));
        }
        Map<Node, Neighbour> known = new HashMap<>();
        for (Node n : all)
            known.put(n, new Neighbour(n, listed.contains(n), mentions.getOrDefault(n, Set.of()).size(), labels.of(n)));
        List<Group> groups = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        int hidden = 0;
        List<List<Neighbour>> rightSets = new ArrayList<>(), leftSets = new ArrayList<>();
        List<String> rightNames = new ArrayList<>(), leftNames = new ArrayList<>();
        List<String> rightMore = new ArrayList<>(), leftMore = new ArrayList<>();
        hidden += side(out, false, known, labels, anchors, rightSets, rightNames, rightMore);
        hidden += side(in, true, known, labels, anchors, leftSets, leftNames, leftMore);

        String name = labels.of(center);
        List<String> centerLines = wrap(name, CENTER_CHARS);
        int centerHeight = centerLines.size() * LINE + 2 * PAD;
        int rightHeight = columnHeight(rightSets, rightNames), leftHeight = columnHeight(leftSets, leftNames);
        int height = Math.max(centerHeight, Math.max(rightHeight, leftHeight)) + 2 * MARGIN + (hidden > 0 ? 20 : 0);
        int middle = MARGIN + (height - 2 * MARGIN - (hidden > 0 ? 20 : 0)) / 2;
        int cx = (WIDTH - CENTER_WIDTH) / 2, cy = middle - centerHeight / 2;
        Box centerBox = new Box(null, name, lines(centerLines, cx + CENTER_WIDTH / 2, cy + PAD), cx, cy, CENTER_WIDTH, centerHeight);

        layColumn(rightSets, rightNames, rightMore, false, RIGHT, middle - rightHeight / 2, links, groups);
        layColumn(leftSets, leftNames, leftMore, true, LEFT, middle - leftHeight / 2, links, groups);
        for (Group group : groups) {
            Line first = group.header().get(0);
            int gy = first.y() - 5;
            // out: from the centre to the group; in: from the group to the centre (the arrow marks the end)
            if (group.incoming())
                edges.add(new Edge(LEFT + COLUMN, gy, cx, middle));
            else
                edges.add(new Edge(cx + CENTER_WIDTH, middle, RIGHT, gy));
        }
        return new View(WIDTH, height, name + " and its " + all.size() + (all.size() == 1 ? " neighbour" : " neighbours")
                + " in the graph", centerBox, groups, edges, hidden, new Line("", WIDTH - MARGIN, height - 8));
    }

    /** One side's groups, most prominent first; returns how many groups are left out. */
    private static int side(Map<Node, Set<Node>> byRelation, boolean incoming, Map<Node, Neighbour> known, Labels labels,
                            Map<String, String> anchors, List<List<Neighbour>> sets, List<String> names, List<String> more) {
        // relations that reach the same neighbours make one group: "has member, offers benefit to (6)"
        Map<Set<Node>, List<Node>> merged = new LinkedHashMap<>();
        for (var e : byRelation.entrySet()) {
            Set<Node> reached = new TreeSet<>(Comparator.comparing(Node::toString));
            reached.addAll(e.getValue());
            merged.computeIfAbsent(reached, k -> new ArrayList<>()).add(e.getKey());
        }
        Comparator<Neighbour> prominence = Comparator.comparing((Neighbour n) -> !n.entity())
                .thenComparing(Comparator.comparingLong(Neighbour::mentions).reversed())
                .thenComparing(n -> n.name().toLowerCase(Locale.ROOT));
        record Candidate(List<Neighbour> members, String name, String anchor) {}
        List<Candidate> candidates = new ArrayList<>();
        for (var e : merged.entrySet()) {
            List<Neighbour> members = e.getKey().stream().map(known::get).sorted(prominence).toList();
            List<String> relationNames = e.getValue().stream().map(labels::of).sorted().toList();
            String anchor = e.getValue().stream().map(p -> anchors.get((incoming ? "in " : "out ") + p.getURI()))
                    .filter(a -> a != null).findFirst().orElse(null);
            candidates.add(new Candidate(members, String.join(", ", relationNames), anchor));
        }
        candidates.sort(Comparator.comparing((Candidate c) -> -c.members().stream().filter(Neighbour::entity).count())
                .thenComparing(c -> -c.members().size()).thenComparing(Candidate::name));
        for (Candidate c : candidates.subList(0, Math.min(MAX_GROUPS_PER_SIDE, candidates.size()))) {
            sets.add(c.members());
            names.add(c.name());
            more.add(c.anchor());
        }
        return Math.max(0, candidates.size() - MAX_GROUPS_PER_SIDE);
    }

    private static int columnHeight(List<List<Neighbour>> sets, List<String> names) {
        int h = 0;
        for (int i = 0; i < sets.size(); i++)
            h += groupHeight(sets.get(i), names.get(i)) + (i > 0 ? GROUP_GAP : 0);
        return h;
    }

    private static int groupHeight(List<Neighbour> members, String name) {
        int h = wrap(header(name, members.size()), HEADER_CHARS).size() * HEADER_LINE + 4;
        for (Neighbour n : members.subList(0, Math.min(MAX_PER_GROUP, members.size())))
            h += wrap(n.name(), CHARS).size() * LINE + 2 * PAD + NODE_GAP;
        return h + (members.size() > MAX_PER_GROUP ? LINE : 0);
    }

    private static void layColumn(List<List<Neighbour>> sets, List<String> names, List<String> more, boolean incoming,
                                  int x, int top, Links links, List<Group> groups) {
        int y = top;
        for (int i = 0; i < sets.size(); i++) {
            List<Neighbour> members = sets.get(i);
            String header = header(names.get(i), members.size());
            List<String> headerLines = wrap(header, HEADER_CHARS);
            List<Line> head = new ArrayList<>();
            for (String l : headerLines) {
                y += HEADER_LINE;
                head.add(new Line(l, x, y - 4));
            }
            y += 4;
            List<Box> boxes = new ArrayList<>();
            for (Neighbour n : members.subList(0, Math.min(MAX_PER_GROUP, members.size()))) {
                List<String> nameLines = wrap(n.name(), CHARS);
                int h = nameLines.size() * LINE + 2 * PAD;
                boxes.add(new Box(links.page(n.node()), n.name(), lines(nameLines, x + PAD, y + PAD), x, y, COLUMN, h));
                y += h + NODE_GAP;
            }
            int hiddenMembers = Math.max(0, members.size() - MAX_PER_GROUP);
            Line moreAt = null;
            if (hiddenMembers > 0) {
                y += LINE;
                moreAt = new Line("", x + PAD, y - 4);
            }
            String anchor = more.get(i);
            groups.add(new Group(names.get(i), members.size(), incoming, head, boxes, hiddenMembers,
                    anchor == null ? null : "#" + anchor, moreAt));
            y += GROUP_GAP;
        }
    }

    private static String header(String relations, int count) {
        return relations + " (" + count + ")";
    }

    /** The text's lines, each at its baseline, starting below {@code top}. */
    private static List<Line> lines(List<String> text, int x, int top) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++)
            lines.add(new Line(text.get(i), x, top + (i + 1) * LINE - 4));
        return lines;
    }

    /** Words into lines of at most {@code width} characters; a longer word is cut across lines, and never more than {@link #MAX_LINES}. */
    static List<String> wrap(String text, int width) {
        List<String> words = new ArrayList<>();
        for (String word : text.trim().split("\\s+"))
            for (int i = 0; i < word.length(); i += width)
                words.add(word.substring(i, Math.min(word.length(), i + width)));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0)
                line.append(' ');
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty())
            lines.add(line.toString());
        // a name of thousands of characters (hostile, or a mistake) is not drawn whole: its box links to it
        if (lines.size() > MAX_LINES) {
            lines = new ArrayList<>(lines.subList(0, MAX_LINES));
            lines.set(MAX_LINES - 1, lines.get(MAX_LINES - 1) + " …");
        }
        return lines;
    }
}
