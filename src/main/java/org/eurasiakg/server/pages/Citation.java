package org.eurasiakg.server.pages;

import java.time.LocalDate;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * How to cite the dataset or an article, in BibTeX and in CSL-JSON (what Zotero, Pandoc and
 * citeproc read). Only what the data says goes in: no author is made up where the data names none.
 *
 * @param key       the BibTeX key
 * @param dataset   the dataset itself (else a published article)
 * @param author    the author's name as the data gives it, or null
 * @param publisher the publisher's name, or null
 * @param issued    when it was published ("2022", "2022-09-01"), or null
 * @param version   which build of the dataset (the store generation)
 * @param built     the day that build was made: the dataset's date, the day an article was read as this version
 */
record Citation(String key, boolean dataset, String title, String author, String publisher, String issued,
                String url, String version, LocalDate built) {

    String bibtex() {
        StringBuilder b = new StringBuilder("@misc{").append(key).append(",\n");
        field(b, "title", title);
        field(b, "author", author);
        field(b, "publisher", publisher);
        if (dataset) {
            field(b, "version", version);
            field(b, "year", Integer.toString(built.getYear()));
            field(b, "date", built.toString());
            field(b, "note", "Dataset, version " + version + " of " + built);
        } else {
            if (issued != null)
                field(b, "year", issued.substring(0, Math.min(4, issued.length())));
            field(b, "note", "Read as Eurasia KG version " + version + " of " + built);
            field(b, "urldate", built.toString());
        }
        b.append("  url = {").append(url.replace("{", "%7B").replace("}", "%7D")).append("}\n}\n");
        return b.toString();
    }

    String cslJson() {
        JsonObject o = new JsonObject();
        o.put("id", key);
        o.put("type", dataset ? "dataset" : "webpage");
        o.put("title", title);
        if (author != null) {
            JsonArray authors = new JsonArray();
            JsonObject name = new JsonObject();
            name.put("literal", author);
            authors.add(name);
            o.put("author", authors);
        }
        if (publisher != null)
            o.put("publisher", publisher);
        if (dataset) {
            o.put("version", version);
            o.put("issued", dateParts(built.toString()));
        } else {
            if (issued != null)
                o.put("issued", dateParts(issued));
            o.put("accessed", dateParts(built.toString()));
            o.put("note", "Read as Eurasia KG version " + version);
        }
        o.put("URL", url);
        return o.toString();
    }

    private static JsonObject dateParts(String date) {
        JsonArray parts = new JsonArray();
        for (String p : date.split("-"))
            if (p.matches("\\d+"))
                parts.add(Integer.parseInt(p));
        JsonArray outer = new JsonArray();
        outer.add(parts);
        JsonObject o = new JsonObject();
        o.put("date-parts", outer);
        return o;
    }

    private static void field(StringBuilder b, String name, String value) {
        if (value != null)
            b.append("  ").append(name).append(" = {").append(escape(value)).append("},\n");
    }

    /** The characters that mean something to BibTeX or LaTeX, as text. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray())
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                default -> b.append(c);
            }
        return b.toString();
    }
}
