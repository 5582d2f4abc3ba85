package org.eurasiakg.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.eurasiakg.draft.Draft.Mention;

/**
 * Mentions of known entities: every name of the lexicon (labels, alternative and hidden
 * labels, demonyms) and its plural, case-sensitive on word boundaries, longest first, no
 * overlaps (a possessive "’s" stays outside the mention); then every acronym that the text
 * puts in parentheses right after a mention ("the European Union (EU)") names that entity too.
 */
final class MentionFinder {
    private MentionFinder() {}

    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\G\\s*\\(\\s*([\\p{Lu}][\\p{Lu}\\p{N}&-]{1,9})\\s*[);,]");

    static List<Mention> find(String text, Lexicon lexicon) {
        List<Mention> found = new ArrayList<>();
        for (Lexicon.Name name : lexicon.names()) {
            scan(text, name.text(), name.entity(), name.how(), found);
            if (!name.text().endsWith("s") && Character.isUpperCase(name.text().charAt(0)))
                scan(text, name.text() + "s", name.entity(), "plural", found);
        }
        for (Mention m : List.copyOf(found)) {
            Matcher am = ACRONYM_AFTER.matcher(text);
            if (am.find(m.end()) && am.start() == m.end())
                scan(text, am.group(1), m.entity(), "acronym", found);
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private static void scan(String text, String name, Node entity, String how, List<Mention> found) {
        if (name.isBlank()) return;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (!boundary(text, at - 1) || !boundary(text, end)) continue;
            // a name ending a compound ("Inter-American") does not name the state
            if (at >= 2 && text.charAt(at - 1) == '-' && Character.isLetter(text.charAt(at - 2))) continue;
            final int s = at;
            if (found.stream().anyMatch(m -> m.start() < end && s < m.end())) continue;
            found.add(new Mention(entity, at, end, how));
        }
    }

    static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}
