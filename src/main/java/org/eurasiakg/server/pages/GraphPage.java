package org.eurasiakg.server.pages;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/** The page of a named graph: how big it is and what it describes. */
final class GraphPage {
    record Subject(Value subject, String triples) {}
    record View(Links links, String name, String iri, long size, int subjectCount, boolean capped,
                String turtle, String ntriples, String gsp, List<Subject> subjects, List<Alternate> alternates) {}

    private GraphPage() {}

    static String render(DatasetGraph dsg, Node graph, Links links) {
        Labels labels = new Labels(dsg.getUnionGraph());
        List<Subject> subjects = new ArrayList<>();
        for (Binding r : Queries.select(dsg, "graph-subjects.rq", graph))
            subjects.add(new Subject(Value.of(r.get("s"), labels, links), r.get("triples").getLiteralLexicalForm()));
        return Templates.render("graph", new View(links, Links.pathOf(graph), graph.getURI(), dsg.getGraph(graph).size(),
                subjects.size(), subjects.size() >= 2000, links.data(graph, "ttl"), links.data(graph, "nt"),
                links.to("kg/get?graph=" + Links.param(graph.getURI())), subjects, Alternate.of(graph, links)));
    }
}
