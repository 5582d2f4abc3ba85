package org.eurasiakg.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shared.PrefixMapping;

/** The project's one prefix map: Jena's standard prefixes, then the ontology file's, then prefixes.ttl's. */
public final class Prefixes {
    private Prefixes() {}

    /** Read-only; copy it into a graph with {@code graph.getPrefixMapping().setNsPrefixes(Prefixes.ALL)}. */
    public static final PrefixMapping ALL = load();

    private static PrefixMapping load() {
        PrefixMapping all = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard);
        // eurasia-kg.ttl is ontology/eurasia-kg.ttl, copied beside this class by the build (pom.xml)
        for (String file : new String[] {"eurasia-kg.ttl", "prefixes.ttl"})
            read(file, all);
        return all.lock();
    }

    private static final class PrefixesRead extends RuntimeException {
        PrefixesRead() { super(null, null, false, false); }
    }

    private static void read(String file, PrefixMapping into) {
        try (InputStream in = Prefixes.class.getResourceAsStream(file)) {
            if (in == null)
                throw new IllegalStateException("missing from the classpath: org/eurasiakg/vocab/" + file);
            RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFBase() {
                @Override
                public void prefix(String prefix, String iri) { into.setNsPrefix(prefix, iri); }

                // the prefixes come first: stop at the first triple rather than parse the whole ontology at every start
                @Override
                public void triple(Triple triple) { throw new PrefixesRead(); }
            });
        } catch (PrefixesRead done) {
            // all read
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
