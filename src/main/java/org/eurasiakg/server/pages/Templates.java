package org.eurasiakg.server.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;

/**
 * The site's templates ({@code src/main/jte/pages/*.jte}), compiled into this package at build time
 * by jte-maven-plugin, so a template error fails the build. The engine escapes every value for HTML.
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), "org.eurasiakg.server");

    private Templates() {}

    /** The page {@code pages/<name>.jte} made from its view. */
    static String render(String name, Object view) {
        StringOutput out = new StringOutput(16 * 1024);
        ENGINE.render("pages/" + name + ".jte", view, new PlainCharacters(out));
        return out.toString();
    }

    /** Control characters other than white space mean nothing on a page: they are shown as U+FFFD, then escaped. */
    private static final class PlainCharacters extends OwaspHtmlTemplateOutput {
        PlainCharacters(StringOutput out) { super(out); }

        @Override
        public void writeUserContent(String value) {
            super.writeUserContent(clean(value));
        }

        static String clean(String s) {
            if (s == null)
                return null;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                    StringBuilder b = new StringBuilder(s.length());
                    for (int j = 0; j < s.length(); j++) {
                        char d = s.charAt(j);
                        b.append(d < 0x20 && d != '\n' && d != '\t' && d != '\r' ? '\uFFFD' : d);
                    }
                    return b.toString();
                }
            }
            return s;
        }
    }
}
