package org.eurasiakg.server.pages;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * Dates at the precision the article gives them: a year ("2022"), a month ("September 2022"),
 * a day ("2 April 1999"). Never more precise than the data.
 */
final class Dates {
    private static final Pattern DATE = Pattern.compile("(-?\\d{4,})(?:-(\\d{2}))?(?:-(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?");

    private Dates() {}

    static boolean isDate(Node n) {
        if (n == null || !n.isLiteral())
            return false;
        String dt = n.getLiteralDatatypeURI();
        return XSDDatatype.XSDgYear.getURI().equals(dt) || XSDDatatype.XSDgYearMonth.getURI().equals(dt)
                || XSDDatatype.XSDdate.getURI().equals(dt);
    }

    /** The date as people write it, or null when {@code n} is not a date literal. */
    static String show(Node n) {
        if (!isDate(n))
            return null;
        Matcher m = DATE.matcher(n.getLiteralLexicalForm().trim());
        if (!m.matches())
            return n.getLiteralLexicalForm();
        String year = m.group(1);
        if (m.group(2) == null)
            return year;
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12)
            return n.getLiteralLexicalForm();
        String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (m.group(3) == null)
            return monthName + " " + year;
        return Integer.parseInt(m.group(3)) + " " + monthName + " " + year;
    }

    /** For the HTML time element's datetime attribute: the lexical form without a time zone. */
    static String machine(Node n) {
        Matcher m = DATE.matcher(n.getLiteralLexicalForm().trim());
        if (!m.matches())
            return n.getLiteralLexicalForm();
        String s = m.group(1);
        if (m.group(2) != null) s += "-" + m.group(2);
        if (m.group(3) != null) s += "-" + m.group(3);
        return s;
    }

    /** Orders dates by when they start; at the same start, the coarser ("2022") before the finer ("2022-01"). */
    static String sortKey(Node n) {
        Matcher m = DATE.matcher(n.getLiteralLexicalForm().trim());
        if (!m.matches())
            return n.getLiteralLexicalForm();
        long year = Long.parseLong(m.group(1));
        String month = m.group(2) == null ? "00" : m.group(2);
        String day = m.group(3) == null ? "00" : m.group(3);
        return String.format(Locale.ROOT, "%+012d-%s-%s", year, month, day);
    }
}
