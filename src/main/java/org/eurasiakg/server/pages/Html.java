package org.eurasiakg.server.pages;

/** Escaping for HTML text and attribute values (also valid in inline SVG): every value from the data goes through here. */
final class Html {
    private Html() {}

    static String esc(String s) {
        if (s == null)
            return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r == null && (c < 0x20 && c != '\n' && c != '\t' && c != '\r'))
                r = "\uFFFD";
            if (r != null) {
                if (b == null)
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                b.append(r);
            } else if (b != null)
                b.append(c);
        }
        return b == null ? s : b.toString();
    }
}
