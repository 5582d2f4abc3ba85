package org.eurasiakg.draft;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.eurasiakg.draft.Draft.Candidate;
import org.eurasiakg.draft.Draft.Mention;
import org.eurasiakg.draft.Draft.Proposal;
import org.eurasiakg.draft.Draft.Sentence;
import org.eurasiakg.draft.Draft.Value;
import org.eurasiakg.vocab.EKG;

/**
 * Writes a draft as Turtle laid out like a hand-made statements file: the new-entity
 * candidates first, then sentence by sentence its text, mentions, values and candidate
 * statements in the seed form (ekg:subject, ekg:predicate, ekg:object or ekg:value,
 * ekg:epistemicStatus, ekg:quote), each with a draft:confidence and the quote's offsets.
 * Offsets are Unicode code points, end exclusive, as the build counts them.
 */
public final class DraftTurtle {
    private DraftTurtle() {}

    public static final String DRAFT_NS = EKG.BASE + "draft#";

    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();
    static {
        PREFIXES.put("ekg", EKG.NS);
        PREFIXES.put("ekr", EKG.ID);
        PREFIXES.put("ekc", EKG.CONCEPT);
        PREFIXES.put("draft", DRAFT_NS);
        PREFIXES.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        PREFIXES.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        PREFIXES.put("skos", org.apache.jena.vocabulary.SKOS.uri);
        PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        PREFIXES.put("nif", EKG.NIF);
        PREFIXES.put("itsrdf", EKG.ITSRDF);
    }
    private static final PrefixMap PREFIX_MAP = PrefixMapFactory.create(PREFIXES);

    public static String write(Draft d) {
        StringBuilder out = new StringBuilder();
        String article = EKG.ARTICLE + d.slug();
        out.append("# Draft of seeds/").append(d.slug()).append(".txt, proposed by `kg draft`: nothing here enters the store.\n")
           .append("# To accept a statement, move it into seeds/").append(d.slug()).append(".statements.ttl (without its draft: lines);\n")
           .append("# to accept a new entity, move it into seeds/entities.ttl. `kg draft --status ").append(d.slug())
           .append("` says what is left.\n")
           .append("# draft:confidence is the drafter's own score in [0, 1]; offsets are code points, end exclusive.\n")
           .append(String.format("# %d sentences, %d mentions of known entities, %d new names, %d proposed events and quantities, %d candidate statements.%n",
                   d.sentences().size(), d.mentions().size(), names(d).size(), d.candidates().size() - names(d).size(), d.proposals().size()));
        out.append('\n');
        PREFIXES.forEach((p, iri) -> out.append("@prefix ").append(p).append(": <").append(iri).append("> .\n"));
        out.append("\n##########################################################################################\n")
           .append("# New entities: names the entity list does not know, and the events and quantities proposed below\n")
           .append("##########################################################################################\n\n");
        for (Candidate c : d.candidates()) {
            out.append(term(c.iri()));
            out.append(c.type() == null ? " a ekg:Actor ;  # type unknown: no name cue\n" : " a " + term(c.type()) + " ;\n");
            out.append("    rdfs:label ").append(term(NodeFactory.createLiteralLang(c.label(), "en")));
            for (String alt : c.altLabels())
                out.append(" ;\n    skos:altLabel ").append(term(NodeFactory.createLiteralLang(alt, "en")));
            if (!c.mentions().isEmpty())
                out.append(" ;\n    draft:mentionedAt ").append(String.join(" , ", c.mentions().stream()
                        .map(m -> Integer.toString(cp(d, m.start()))).toList()));
            out.append(" .\n\n");
        }
        int n = 0;
        for (Sentence s : d.sentences()) {
            String sentence = article + "/sentence/" + s.index();
            out.append("##########################################################################################\n")
               .append("# Sentence ").append(s.index()).append(": ").append(oneLine(d.of(s.start(), s.end()))).append('\n')
               .append("##########################################################################################\n\n");
            out.append('<').append(sentence).append("> a ekg:Sentence ;\n    nif:beginIndex ").append(cp(d, s.start()))
               .append(" ;\n    nif:endIndex ").append(cp(d, s.end()))
               .append(" ;\n    nif:anchorOf ").append(literal(d.of(s.start(), s.end()))).append(" .\n\n");
            for (Mention m : d.mentions())
                if (s.contains(m.start(), m.end()))
                    out.append('<').append(article).append("/mention/").append(cp(d, m.start())).append("> a ekg:Mention ; itsrdf:taIdentRef ")
                       .append(term(m.entity())).append(" ;\n    nif:beginIndex ").append(cp(d, m.start())).append(" ; nif:endIndex ")
                       .append(cp(d, m.end())).append(" ; nif:anchorOf ").append(literal(d.of(m.start(), m.end())))
                       .append(" ;\n    ekg:sentence <").append(sentence).append("> ; draft:matchedBy \"").append(m.how()).append("\" .\n");
            for (Value v : d.values())
                if (s.contains(v.start(), v.end()))
                    out.append('<').append(article).append("/value/").append(cp(d, v.start())).append('-').append(v.literal().getLiteralLexicalForm())
                       .append("> draft:valueKind \"").append(v.kind().name().toLowerCase()).append("\" ; draft:normalised ").append(term(v.literal()))
                       .append(v.bound() == null ? "" : " ; draft:bound " + term(v.bound()))
                       .append(" ;\n    nif:beginIndex ").append(cp(d, v.start())).append(" ; nif:endIndex ").append(cp(d, v.end()))
                       .append(" ; nif:anchorOf ").append(literal(d.of(v.start(), v.end()))).append(" .\n");
            out.append('\n');
            List<Proposal> here = d.proposals().stream().filter(p -> p.sentence() == s.index())
                    .sorted(Comparator.comparingInt(Proposal::quoteStart)).toList();
            for (Proposal p : here) {
                out.append("ekr:st-").append(d.slug()).append("-draft-").append(++n).append(" a ekg:Statement ;\n")
                   .append("    ekg:subject ").append(term(p.subject())).append(" ;\n")
                   .append("    ekg:predicate ").append(term(p.predicate())).append(" ;\n");
                if (p.object() != null) out.append("    ekg:object ").append(term(p.object())).append(" ;\n");
                else out.append("    ekg:value ").append(term(p.value())).append(" ;\n");
                out.append("    ekg:epistemicStatus ").append(term(p.status())).append(" ;\n");
                if (p.assertedBy() != null) out.append("    ekg:assertedBy ").append(term(p.assertedBy())).append(" ;\n");
                out.append("    ekg:quote ").append(literal(d.of(p.quoteStart(), p.quoteEnd()))).append(" ;\n")
                   .append("    draft:quoteStart ").append(cp(d, p.quoteStart())).append(" ; draft:quoteEnd ").append(cp(d, p.quoteEnd()))
                   .append(" ;\n    draft:confidence ").append(term(NodeFactory.createLiteralDT(Double.toString(p.confidence()), XSDDatatype.XSDdecimal)))
                   .append(" .\n\n");
            }
        }
        return out.toString();
    }

    static List<Candidate> names(Draft d) {
        return d.candidates().stream().filter(c -> !c.mentions().isEmpty()).toList();
    }

    private static int cp(Draft d, int index) { return d.text().codePointCount(0, index); }

    private static String term(Node n) { return NodeFmtLib.str(n, PREFIX_MAP); }

    private static String literal(String s) { return NodeFmtLib.strTTL(NodeFactory.createLiteralString(s)); }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 100 ? t.substring(0, 100) + "…" : t;
    }
}
