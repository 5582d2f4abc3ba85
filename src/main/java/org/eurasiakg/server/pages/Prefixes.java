package org.eurasiakg.server.pages;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.vocab.EKG;

/** The prefixes the pages and the descriptions they link to write IRIs with. */
final class Prefixes {
    static final PrefixMapping MAP = PrefixMapping.Factory.create()
            .setNsPrefix("ekg", EKG.NS).setNsPrefix("ekr", EKG.ID).setNsPrefix("ekc", EKG.CONCEPT)
            .setNsPrefix("rdf", RDF.getURI()).setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#").setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("skos", EKG.SKOS).setNsPrefix("dcterms", EKG.DCTERMS).setNsPrefix("oa", EKG.OA)
            .setNsPrefix("nif", EKG.NIF).setNsPrefix("itsrdf", EKG.ITSRDF).lock();

    private Prefixes() {}

    /** "ekg:Event" for an IRI under a known prefix, else the IRI. */
    static String shortName(String iri) {
        String s = MAP.qnameFor(iri);
        return s != null ? s : iri;
    }
}
