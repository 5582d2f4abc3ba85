package org.eurasiakg.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.eurasiakg.draft.Draft.Kind;
import org.eurasiakg.draft.Draft.Value;

/**
 * Dates at their precision ("1994" is an xsd:gYear, "September 2022" an xsd:gYearMonth,
 * "14 September 2022" and "September 20, 2023" an xsd:date; a day without its year takes the
 * year of the date before it), ranges ("September 19-20", "1992–1995": both ends), durations
 * ("five years", "four-day", "six-week") as xsd:duration, and numbers ("4000", "100,000",
 * "2.8 million", "one"), each number with the bound its cue gives ("under", "at least").
 */
final class Values {
    private Values() {}

    private static final String MONTH;
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();

    static {
        String[] names = DateFormatSymbols.getInstance(Locale.ENGLISH).getMonths();
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            MONTHS.put(names[i].toLowerCase(Locale.ROOT), i + 1);
            alternatives.add(names[i]);
        }
        MONTH = "(" + String.join("|", alternatives) + ")";
        Properties p = new Properties();
        try (InputStream in = Values.class.getResourceAsStream("numbers.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.forEach((k, v) -> NUMBER_WORDS.put(k.toString(), Integer.parseInt(v.toString())));
    }

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String YEAR = "(1[89]\\d\\d|20\\d\\d)";
    private static final String DAY = "([0-3]?\\d)";
    private static final String DASH = "\\s*[-–—]\\s*";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(B + DAY + "(?:" + DASH + DAY + ")?\\s+" + MONTH + ",?\\s+" + YEAR + E);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(B + MONTH + "\\s+" + DAY + "(?:" + DASH + DAY + ")?,\\s*" + YEAR + E);
    private static final Pattern MONTH_DAY = Pattern.compile(B + MONTH + "\\s+" + DAY + "(?:" + DASH + DAY + ")?" + E + "(?!,?\\s*\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile(B + MONTH + "\\s+(?:of\\s+)?" + YEAR + E);
    private static final Pattern YEAR_RANGE = Pattern.compile(B + YEAR + DASH + YEAR + E);
    private static final Pattern YEAR_ONLY = Pattern.compile(B + YEAR + "(?![\\p{L}\\p{N}]|s\\b|,\\d)");

    private static final String UNIT = "(year|month|week|day|hour)s?";
    private static final Pattern DURATION = Pattern.compile(B + "(\\d+|[a-z]+)(?:\\s+|-)" + UNIT + "(?:-long)?" + E, Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile(B + "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(million|billion|thousand))?" + E);
    private static final Pattern NUMBER_WORD = Pattern.compile(B + "([a-z]+)" + E);

    static List<Value> find(String text, Map<Node, List<Lexicon.Cue>> boundCues, Map<Node, List<Lexicon.Cue>> timeCues) {
        List<Value> out = new ArrayList<>();
        dates(text, out, timeCues);
        durations(text, out);
        numbers(text, out, boundCues);
        out.sort(Comparator.comparingInt(Value::start));
        return out;
    }

    private static void dates(String text, List<Value> out, Map<Node, List<Lexicon.Cue>> timeCues) {
        List<Value> dates = new ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(dates, m.start(), m.end(), date(m.group(4), m.group(3), m.group(1)));
            if (m.group(2) != null) add(dates, m.start(), m.end(), date(m.group(4), m.group(3), m.group(2)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(dates, m.start(), m.end(), date(m.group(4), m.group(1), m.group(2)));
            if (m.group(3) != null) add(dates, m.start(), m.end(), date(m.group(4), m.group(1), m.group(3)));
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find())
            add(dates, m.start(), m.end(), NodeFactory.createLiteralDT(m.group(2) + "-" + twoDigits(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))), XSDDatatype.XSDgYearMonth));
        m = YEAR_RANGE.matcher(text);
        while (m.find()) {
            add(dates, m.start(), m.end(), NodeFactory.createLiteralDT(m.group(1), XSDDatatype.XSDgYear));
            add(dates, m.start(), m.end(), NodeFactory.createLiteralDT(m.group(2), XSDDatatype.XSDgYear));
        }
        m = YEAR_ONLY.matcher(text);
        while (m.find())
            add(dates, m.start(), m.end(), NodeFactory.createLiteralDT(m.group(1), XSDDatatype.XSDgYear));
        m = MONTH_DAY.matcher(text);
        List<Value> narrative = dates.stream().filter(d -> boundBefore(text, d.start(), timeCues) == null).toList();
        while (m.find()) {
            String year = yearBefore(narrative, m.start());
            if (year == null) continue;
            add(dates, m.start(), m.end(), date(year, m.group(1), m.group(2)));
            if (m.group(3) != null) add(dates, m.start(), m.end(), date(year, m.group(1), m.group(3)));
        }
        for (Value d : dates)
            out.add(new Value(Kind.DATE, d.start(), d.end(), d.literal(), boundBefore(text, d.start(), timeCues)));
    }

    /**
     * The year of the nearest date before {@code at}, for "on September 19-20" after "September 20, 2023";
     * a date that starts or ends a span ("since December 2022") is background, not the time of the story.
     */
    private static String yearBefore(List<Value> dates, int at) {
        Value best = null;
        for (Value d : dates)
            if (d.end() <= at && (best == null || d.end() > best.end()))
                best = d;
        return best == null ? null : best.literal().getLiteralLexicalForm().substring(0, 4);
    }

    private static void add(List<Value> dates, int start, int end, Node literal) {
        for (Value d : dates)
            if (d.start() < end && start < d.end() && !(d.start() == start && d.end() == end))
                return;
        dates.add(new Value(Kind.DATE, start, end, literal, null));
    }

    private static Node date(String year, String month, String day) {
        int d = Integer.parseInt(day);
        int mo = MONTHS.get(month.toLowerCase(Locale.ROOT));
        return NodeFactory.createLiteralDT(year + "-" + twoDigits(mo) + "-" + twoDigits(d), XSDDatatype.XSDdate);
    }

    private static String twoDigits(int n) { return n < 10 ? "0" + n : Integer.toString(n); }

    private static void durations(String text, List<Value> out) {
        Matcher m = DURATION.matcher(text);
        while (m.find()) {
            Integer n = count(m.group(1));
            if (n == null) continue;
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String lexical = switch (unit) {
                case "year" -> "P" + n + "Y";
                case "month" -> "P" + n + "M";
                case "week" -> "P" + (7 * n) + "D";
                case "day" -> "P" + n + "D";
                default -> "PT" + n + "H";
            };
            out.add(new Value(Kind.DURATION, m.start(), m.end(), NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDduration), null));
        }
    }

    private static Integer count(String word) {
        if (word.chars().allMatch(Character::isDigit)) return Integer.parseInt(word);
        return NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    private static void numbers(String text, List<Value> out, Map<Node, List<Lexicon.Cue>> boundCues) {
        List<Value> taken = new ArrayList<>(out);
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end()) || afterName(text, m.start())) continue;
            BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
            if (m.group(2) != null)
                v = v.multiply(BigDecimal.TEN.pow(switch (m.group(2)) { case "thousand" -> 3; case "million" -> 6; default -> 9; }));
            addNumber(text, out, m.start(), m.end(), v, boundCues);
        }
        m = NUMBER_WORD.matcher(text);
        while (m.find()) {
            Integer n = NUMBER_WORDS.get(m.group(1));
            if (n == null || overlaps(taken, m.start(), m.end())) continue;
            Node bound = boundBefore(text, m.start(), boundCues);
            if (bound == null) continue;  // a bare "one" is more often a pronoun than a count
            addNumber(text, out, m.start(), m.end(), BigDecimal.valueOf(n), boundCues);
        }
    }

    private static void addNumber(String text, List<Value> out, int start, int end, BigDecimal v, Map<Node, List<Lexicon.Cue>> boundCues) {
        Node bound = boundBefore(text, start, boundCues);
        out.add(new Value(Kind.NUMBER, start, end, NodeFactory.createLiteralDT(v.stripTrailingZeros().toPlainString(),
                v.scale() > 0 && v.stripTrailingZeros().scale() > 0 ? XSDDatatype.XSDdecimal : XSDDatatype.XSDinteger), bound));
    }

    /** "Article 4", "Figure 1": a number right after a capitalised word is part of a name. */
    private static boolean afterName(String text, int at) {
        int i = at - 1;
        if (i < 1 || text.charAt(i) != ' ') return false;
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
        return w < i && Character.isUpperCase(text.charAt(w));
    }

    private static boolean overlaps(List<Value> vs, int s, int e) {
        return vs.stream().anyMatch(v -> v.start() < e && s < v.end());
    }

    /** The property of the cue that ends right before {@code at} ("under 4000", "since 2022"), if any. */
    static Node boundBefore(String text, int at, Map<Node, List<Lexicon.Cue>> cues) {
        int from = Math.max(0, at - 25);
        String window = text.substring(from, at);
        for (var entry : cues.entrySet())
            for (Lexicon.Cue cue : entry.getValue()) {
                Matcher m = cue.pattern().matcher(window);
                while (m.find())
                    if (window.substring(m.end()).isBlank())
                        return entry.getKey();
            }
        return null;
    }
}
