package org.eurasiakg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.eurasiakg.server.pages.Negotiation.Format;
import org.junit.jupiter.api.Test;

/** One rule for pages and data: the first offer when the client does not say, the best match, or none (406). */
class NegotiationTest {
    @Test
    void aClientThatDoesNotSayGetsTheFirstOffer() {
        assertThat(Negotiation.choose(null, Negotiation.PAGE_FIRST)).isEqualTo(Format.HTML);
        assertThat(Negotiation.choose("", Negotiation.DATA_FIRST)).isEqualTo(Format.TURTLE);
        assertThat(Negotiation.choose("*/*", Negotiation.PAGE_FIRST)).isEqualTo(Format.HTML);
        assertThat(Negotiation.choose("*/*", Negotiation.RDF)).isEqualTo(Format.TURTLE);
    }

    @Test
    void theBestMatchWins() {
        assertThat(Negotiation.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", Negotiation.DATA_FIRST))
                .isEqualTo(Format.HTML);
        assertThat(Negotiation.choose("application/ld+json, text/turtle;q=0.5", Negotiation.PAGE_FIRST)).isEqualTo(Format.JSONLD);
        assertThat(Negotiation.choose("application/rdf+xml", Negotiation.RDF)).isEqualTo(Format.RDFXML);
    }

    @Test
    void nothingThatFitsIsNotAcceptable() {
        assertThat(Negotiation.choose("image/png", Negotiation.PAGE_FIRST)).isNull();
        assertThat(Negotiation.choose("text/html", Negotiation.RDF)).isNull();
    }
}
