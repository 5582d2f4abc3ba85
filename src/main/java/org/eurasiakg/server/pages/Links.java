package org.eurasiakg.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.eurasiakg.vocab.EKG;

/**
 * Where things are on this server, as links relative to the page being made, so the site works
 * unchanged behind a proxy that serves it under a path of its own. An IRI under
 * {@code https://w3id.org/eurasia-kg/} is served at the same path: {@code /id/csto} is the thing,
 * {@code /page/id/csto} the page about it, {@code /data/id/csto.ttl} its description in Turtle.
 */
final class Links {
    static final String PAGE = "page/";
    static final String DATA = "data/";
    private static final String ONTOLOGY = EKG.BASE + "ontology";

    private final String root;

    /** @param path the path of the page being made, from the server's root ("/page/id/csto") */
    Links(String path) {
        int slashes = 0;
        for (int i = 1; i < path.length(); i++)
            if (path.charAt(i) == '/')
                slashes++;
        this.root = "../".repeat(slashes);
    }

    /** A path from the server's root ("static/kg.css"), relative to the page. */
    String to(String path) { return root + path; }

    String root() { return root.isEmpty() ? "./" : root; }

    /** Whether the IRI is one of this graph's, so it has a page here. */
    static boolean isOurs(Node n) {
        return n != null && n.isURI() && n.getURI().startsWith(EKG.BASE);
    }

    /** The path of one of our IRIs, from the server's root, without the leading slash ("id/csto"). */
    static String pathOf(Node n) {
        return n.getURI().substring(EKG.BASE.length());
    }

    /** The IRI served at a path ("id/csto"). */
    static Node iriAt(String path) {
        return NodeFactory.createURI(EKG.BASE + path);
    }

    /** Where a person reads about a node: its page here, the ontology's documentation for a term, or the IRI itself elsewhere. */
    String page(Node n) {
        if (n == null || !n.isURI())
            return null;
        String iri = n.getURI();
        if (iri.startsWith(ONTOLOGY + "#") || iri.equals(ONTOLOGY))
            return root + iri.substring(EKG.BASE.length());
        if (iri.startsWith(EKG.BASE))
            return root + PAGE + pathOf(n);
        return iri;
    }

    /** The article's page, optionally with a query and a fragment to scroll to. */
    String article(Node article, String query, String fragment) {
        String s = page(article);
        if (query != null)
            s += "?" + query;
        if (fragment != null)
            s += "#" + fragment;
        return s;
    }

    /** An article's page with one evidence anchor highlighted, scrolled to its sentence. */
    String evidence(Node article, Node anchor, Node sentence) {
        return article(article, "evidence=" + param(pathOf(anchor)), sentence == null ? null : sentenceId(sentence));
    }

    /** An article's page with one sentence highlighted and scrolled to. */
    String sentence(Node article, Node sentence) {
        return article(article, "sentence=" + param(sentenceNumber(sentence)), sentenceId(sentence));
    }

    /** Our description of a node in one RDF syntax. */
    String data(Node n, String extension) {
        return root + DATA + pathOf(n) + "." + extension;
    }

    static String sentenceNumber(Node sentence) {
        String iri = sentence.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    static String sentenceId(Node sentence) {
        return "s-" + sentenceNumber(sentence);
    }

    static String param(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
