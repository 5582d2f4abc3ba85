package org.eurasiakg.ask;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/** A literal answer said in words at its precision: "2002-10" is "October 2002", "P5Y" is "5 years". */
final class Values {
    private static final Pattern DURATION = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");

    private Values() {}

    static String words(Node literal) {
        String lex = literal.getLiteralLexicalForm();
        String dt = literal.getLiteralDatatypeURI();
        try {
            if (dt.equals(XSDDatatype.XSDgYearMonth.getURI()))
                return YearMonth.parse(lex).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            if (dt.equals(XSDDatatype.XSDdate.getURI()))
                return LocalDate.parse(lex).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        } catch (RuntimeException e) {
            return lex;
        }
        if (dt.equals(XSDDatatype.XSDduration.getURI())) {
            Matcher m = DURATION.matcher(lex);
            if (m.matches()) {
                StringBuilder s = new StringBuilder();
                String[] units = {"year", "month", "week", "day"};
                for (int i = 0; i < units.length; i++)
                    if (m.group(i + 1) != null) {
                        int n = Integer.parseInt(m.group(i + 1));
                        s.append(s.isEmpty() ? "" : " ").append(n).append(' ').append(units[i]).append(n == 1 ? "" : "s");
                    }
                return s.isEmpty() ? lex : s.toString();
            }
        }
        if (dt.equals(XSDDatatype.XSDboolean.getURI()))
            return "true".equals(lex) ? "yes" : "no";
        return lex;
    }
}
