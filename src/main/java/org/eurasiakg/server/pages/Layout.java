package org.eurasiakg.server.pages;

import static org.eurasiakg.server.pages.Html.esc;

/** The frame of every page: head, site navigation with the search box, main content, footer. */
final class Layout {
    private Layout() {}

    static String page(Links links, String title, String head, String body, String query) {
        StringBuilder b = new StringBuilder(body.length() + 2048);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
         .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .append("<title>").append(esc(title)).append(" · Eurasia KG</title>\n")
         .append("<link rel=\"stylesheet\" href=\"").append(esc(links.to("static/kg.css"))).append("\">\n");
        if (head != null)
            b.append(head);
        b.append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
         .append("<header class=\"site\">\n<a class=\"brand\" href=\"").append(esc(links.root())).append("\">Eurasia KG</a>\n")
         .append("<nav aria-label=\"Site\"><ul>")
         .append(item(links.root(), "Home"))
         .append(item(links.to("timeline"), "Timeline"))
         .append(item(links.to("questions"), "Questions"))
         .append(item(links.to("query/"), "Query editor"))
         .append(item(links.to("ontology"), "Ontology"))
         .append("</ul></nav>\n")
         .append("<form class=\"search\" role=\"search\" method=\"get\" action=\"").append(esc(links.to("search"))).append("\">")
         .append("<label for=\"site-q\">Search</label>")
         .append("<input id=\"site-q\" name=\"q\" type=\"search\" value=\"").append(esc(query == null ? "" : query))
         .append("\" placeholder=\"Lachin, water, peacekeep…\">")
         .append("<button type=\"submit\">Search</button></form>\n</header>\n")
         .append("<main id=\"main\">\n").append(body).append("\n</main>\n")
         .append("<footer class=\"site\"><p>Eurasia KG: statements of analysis articles, each with the quote that supports it. ")
         .append("Data CC BY 4.0; article texts remain their authors'. ")
         .append("<a href=\"").append(esc(links.to("kg/sparql"))).append("\">SPARQL endpoint</a> · ")
         .append("<a href=\"").append(esc(links.to("query/"))).append("\">query editor</a></p></footer>\n")
         .append("</body>\n</html>\n");
        return b.toString();
    }

    private static String item(String href, String text) {
        return "<li><a href=\"" + esc(href) + "\">" + esc(text) + "</a></li>";
    }
}
