package org.eurasiakg.server.pages;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;

/** The same resource in another representation: an RDF syntax of its description. */
record Alternate(String name, String type, String href) {
    /** The description of {@code node} in every RDF syntax the server writes. */
    static List<Alternate> of(Node node, Links links) {
        List<Alternate> list = new ArrayList<>();
        for (Negotiation.Format f : Negotiation.RDF)
            list.add(new Alternate(f.title, f.mediaType, links.data(node, f.extension)));
        return list;
    }
}
