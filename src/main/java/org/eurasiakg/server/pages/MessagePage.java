package org.eurasiakg.server.pages;

/** A page that only says something: not found, too slow, an error; with one link onwards. */
record MessagePage(Links links, String title, String heading, String text, String linkText, String linkHref) {
    static String notFound(Links links) {
        return Templates.render("message", new MessagePage(links, "Not found", "Not found",
                "The graph has nothing by that name. Try the search box, or start from the", "home page", links.root()));
    }

    static String noSuchQuestion(Links links) {
        return Templates.render("message", new MessagePage(links, "Not found", "No such question",
                "There is no question by that name.", "All questions", links.to("questions")));
    }

    static String tooSlow(Links links) {
        return Templates.render("message", new MessagePage(links, "Too slow", "That took too long",
                "The page was stopped at the query timeout.", null, null));
    }

    static String failed(Links links) {
        return Templates.render("message", new MessagePage(links, "Error", "Something went wrong",
                "The page could not be made.", null, null));
    }
}
