package org.eurasiakg.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.eurasiakg.draft.Draft.Candidate;
import org.eurasiakg.draft.Draft.Mention;
import org.eurasiakg.draft.Draft.Sentence;
import org.eurasiakg.draft.Draft.Value;

/** Reads a text with a lexicon and proposes its draft. */
public final class Drafter {
    private final Lexicon lexicon;
    private final Map<Node, List<Lexicon.Cue>> cues;
    private final Map<Node, List<Lexicon.Cue>> boundCues = new HashMap<>();
    private final Map<Node, List<Lexicon.Cue>> timeCues = new HashMap<>();

    public Drafter(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = lexicon.cues();
        cues.forEach((term, list) -> {
            if ("number".equals(lexicon.valueKind(term))) boundCues.put(term, list);
            else if ("date".equals(lexicon.valueKind(term)) && lexicon.domain(term) != null
                    && lexicon.domain(term).equals(Lexicon.ekg("Statement"))) timeCues.put(term, list);
        });
        boundCues.keySet().forEach(cues::remove);
        timeCues.keySet().forEach(cues::remove);
    }

    public Draft draft(String slug, String text) {
        List<Sentence> sentences = Sentences.of(text);
        List<Mention> mentions = MentionFinder.find(text, lexicon);
        List<Value> values = Values.find(text, boundCues, timeCues);
        List<Candidate> names = NameCandidates.find(text, sentences, mentions, values, lexicon);
        List<Mention> all = new ArrayList<>(mentions);
        for (Candidate c : names) {
            if (c.type() != null) lexicon.addType(c.iri(), c.type());
            for (Mention m : c.mentions())
                if (mentions.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end()))
                    all.add(m);
        }
        all.sort(Comparator.comparingInt(Mention::start));
        StatementProposer proposer = new StatementProposer(slug, text, lexicon, cues);
        for (Sentence s : sentences)
            proposer.sentence(s, all, values);
        List<Candidate> candidates = new ArrayList<>(names);
        candidates.addAll(proposer.events());
        return new Draft(slug, text, sentences, mentions, candidates, values, proposer.proposals());
    }
}
