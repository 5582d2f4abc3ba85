package org.eurasiakg.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.eurasiakg.draft.Draft.Candidate;
import org.eurasiakg.draft.Draft.Mention;
import org.eurasiakg.draft.Draft.Sentence;
import org.eurasiakg.draft.Draft.Value;
import org.eurasiakg.vocab.EKG;

/**
 * New-entity candidates: runs of capitalised words ("Lachin District", "Union of Soviet
 * Socialist Republics", "Second Nagorno-Karabakh War") that are not just known mentions. A
 * sentence's first word counts only if the text also capitalises it inside a sentence; a title cue
 * before a name is dropped from it and makes it a person; the name cue of its first or last
 * word gives its type; an acronym in parentheses after it is an alternative label.
 */
final class NameCandidates {
    private NameCandidates() {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "de", "and");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\G\\s*\\(\\s*([\\p{Lu}][\\p{Lu}\\p{N}&-]{1,9})\\s*[);,]");

    private record Token(int start, int end, String text) {
        boolean capitalised() { return Character.isUpperCase(text.charAt(0)); }
    }

    static List<Candidate> find(String text, List<Sentence> sentences, List<Mention> known, List<Value> values, Lexicon lexicon) {
        Map<String, List<Mention>> byLabel = new LinkedHashMap<>();
        Map<String, String> acronyms = new LinkedHashMap<>();
        Map<String, Node> titled = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            List<Token> tokens = tokens(text, s).stream()
                    .filter(t -> values.stream().noneMatch(v -> v.start() < t.end && t.start < v.end())).toList();
            if (headline(tokens)) continue;
            int i = 0;
            while (i < tokens.size()) {
                if (!tokens.get(i).capitalised()) { i++; continue; }
                int j = extend(text, tokens, i, lexicon);
                int first = i;
                if (tokens.get(first).start == s.start() && !nameElsewhere(text, tokens.get(first), sentences))
                    first++;
                int last = j;
                // a known name at either end is that entity's mention, not part of a new name,
                // unless the name's head word makes a new one of it ("Lachin District", "Eurasian Economic Union")
                while (last >= first && (covered(known, tokens.get(last)) || CONNECTORS.contains(tokens.get(last).text))) last--;
                boolean headed = first <= last && lexicon.nameCues().containsKey(head(tokens.subList(first, last + 1)).text);
                while (!headed && first <= last && (covered(known, tokens.get(first)) || CONNECTORS.contains(tokens.get(first).text))) first++;
                List<Token> run = first <= last ? tokens.subList(first, last + 1) : List.of();
                if (!run.isEmpty())
                    add(text, run, byLabel, acronyms, titled, lexicon);
                i = j + 1;
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (var e : byLabel.entrySet()) {
            String label = e.getKey();
            Node type = titled.containsKey(label) ? titled.get(label) : typeOf(label, lexicon);
            String acronym = known(acronyms.get(label), lexicon) ? null : acronyms.get(label);
            List<Mention> mentions = new ArrayList<>(e.getValue());
            List<String> alts = new ArrayList<>();
            if (acronym != null) {
                alts.add(acronym);
                for (Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(acronym) + "(?![\\p{L}\\p{N}])").matcher(text); m.find(); ) {
                    final int st = m.start();
                    if (mentions.stream().noneMatch(x -> x.start() <= st && st < x.end()))
                        mentions.add(new Mention(null, m.start(), m.end(), "acronym"));
                }
            }
            if (slug(label).isEmpty()) continue;  // a name in another script is another language's label, not a new entity
            Node iri = NodeFactory.createURI(EKG.ID + slug(label));
            if (!lexicon.typesOf(iri).isEmpty()) continue;  // a known entity's IRI: the name is a variant of a known one
            List<Mention> withIri = mentions.stream().map(m -> new Mention(iri, m.start(), m.end(), m.how())).toList();
            out.add(new Candidate(iri, label, type, alts, withIri));
        }
        return out;
    }

    /** The last token of the name that starts at token {@code i}: capitalised words, joined by a space or hyphen or by "of (the)", "for". */
    private static int extend(String text, List<Token> tokens, int i, Lexicon lexicon) {
        int j = i;
        while (j + 1 < tokens.size()) {
            if (!joined(text, tokens.get(j), tokens.get(j + 1), "-")) break;
            if (tokens.get(j + 1).capitalised() || numberAfterName(tokens.get(j), tokens.get(j + 1), lexicon)) { j++; continue; }
            int k = j + 1;
            while (k < tokens.size() && CONNECTORS.contains(tokens.get(k).text) && joined(text, tokens.get(k - 1), tokens.get(k), null)) k++;
            if (k >= tokens.size() || !tokens.get(k).capitalised() || !joined(text, tokens.get(k - 1), tokens.get(k), null)) break;
            boolean and = tokens.subList(j + 1, k).stream().anyMatch(t -> t.text.equals("and"));
            if (and && !joinsName(tokens, j, k, lexicon)) break;
            j = k;
        }
        return j;
    }

    /** "Article 5", "Resolution 2334": a number right after a name cue is part of the name. */
    private static boolean numberAfterName(Token before, Token number, Lexicon lexicon) {
        return number.text.chars().allMatch(Character::isDigit) && lexicon.nameCues().containsKey(before.text);
    }

    private static boolean joined(String text, Token a, Token b, String alsoAllowed) {
        String gap = text.substring(a.end, b.start);
        return gap.equals(" ") || gap.equals(alsoAllowed);
    }

    private static boolean known(String name, Lexicon lexicon) {
        return name != null && lexicon.names().stream().anyMatch(n -> n.text().equals(name));
    }

    /** A title-case line ("Eurasia Under the Collective Security Treaty Organization") capitalises words that are not names. */
    private static boolean headline(List<Token> tokens) {
        long words = tokens.stream().filter(t -> Character.isLetter(t.text.charAt(0))).count();
        long capitalised = tokens.stream().filter(Token::capitalised).count();
        return words >= 3 && capitalised * 10 >= words * 6;
    }

    /** A sentence's first word is a name only if the text also writes it capitalised inside a sentence. */
    private static boolean nameElsewhere(String text, Token t, List<Sentence> sentences) {
        for (int at = text.indexOf(t.text); at >= 0; at = text.indexOf(t.text, at + 1)) {
            final int start = at;
            if (MentionFinder.boundary(text, at - 1) && MentionFinder.boundary(text, at + t.text.length())
                    && sentences.stream().noneMatch(s -> s.start() == start))
                return true;
        }
        return false;
    }

    /** The head word of a name: its last word, or the last before "of" ("Treaty of Reciprocal Assistance"). */
    private static Token head(List<Token> run) {
        for (int i = 1; i < run.size(); i++)
            if (run.get(i).text.equals("of")) return run.get(i - 1);
        return run.get(run.size() - 1);
    }

    /** "Belt and Road Initiative": "and" joins two capitalised words when a name cue ends the run. */
    private static boolean joinsName(List<Token> tokens, int j, int k, Lexicon lexicon) {
        if (!tokens.get(j + 1).text.equals("and") || k != j + 2 || !tokens.get(k).capitalised()) return false;
        int end = k;
        while (end + 1 < tokens.size() && tokens.get(end + 1).capitalised()) end++;
        return end > k && lexicon.nameCues().containsKey(tokens.get(end).text);
    }

    private static void add(String text, List<Token> run, Map<String, List<Mention>> byLabel,
                            Map<String, String> acronyms, Map<String, Node> titled, Lexicon lexicon) {
        int start = run.get(0).start, end = run.get(run.size() - 1).end;
        String name = text.substring(start, end);
        for (String title : lexicon.titleCues())
            if (name.startsWith(title + " ")) {
                start += title.length() + 1;
                name = name.substring(title.length() + 1);
                titled.put(name, lexicon.nameCues().get(title));
                break;
            }
        if (name.endsWith("’s") || name.endsWith("'s")) {
            name = name.substring(0, name.length() - 2);
            end -= 2;
        }
        if (name.length() < 2 || lexicon.titleCues().contains(name)) return;
        byLabel.computeIfAbsent(name, k -> new ArrayList<>()).add(new Mention(null, start, end, "name"));
        Matcher am = ACRONYM_AFTER.matcher(text);
        if (am.find(end) && am.start() == end)
            acronyms.putIfAbsent(name, am.group(1));
    }

    /** The head word gives the type: the last word, or the last before "of" ("Treaty of Reciprocal Assistance", "Article 5 of the …"). */
    private static Node typeOf(String label, Lexicon lexicon) {
        int of = label.indexOf(" of ");
        String head = of > 0 ? label.substring(0, of) : label;
        String[] words = head.split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            Node cue = lexicon.nameCues().get(words[i]);
            if (cue != null) return cue;
        }
        for (String w : label.split("\\s+")) {
            Node cue = lexicon.nameCues().get(w);
            if (cue != null) return cue;
        }
        return null;
    }

    /** A token that holds a known name ("Armenia’s", "Russian-led") belongs to that name. */
    private static boolean covered(List<Mention> known, Token t) {
        return known.stream().anyMatch(m -> m.start() < t.end && t.start < m.end());
    }

    private static List<Token> tokens(String text, Sentence s) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(s.start(), s.end());
        while (m.find())
            out.add(new Token(m.start(), m.end(), m.group()));
        return out;
    }

    /** Lower-case words joined by hyphens, as the entity list's IRIs are. */
    static String slug(String label) {
        String s = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[’']s\\b", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s;
    }
}
