package org.eurasiakg.server;

import java.util.Map;

/** Prefixes that make the served descriptions readable. */
final class VoidPrefixes {
    private VoidPrefixes() {}

    static final Map<String, String> MAP = Map.ofEntries(
            Map.entry("void", "http://rdfs.org/ns/void#"),
            Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("sd", "http://www.w3.org/ns/sparql-service-description#"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("ekg", "https://w3id.org/eurasia-kg/ontology#"),
            Map.entry("ds", "https://w3id.org/eurasia-kg/dataset/"));
}
