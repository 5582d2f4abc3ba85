package org.eurasiakg.server;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The conditional GET of RFC 9110 (section 13): whether a client's copy, named by
 * {@code If-None-Match} or dated by {@code If-Modified-Since}, is still the current representation.
 * A malformed header is ignored (the full answer is sent), never an error.
 */
final class Preconditions {
    private Preconditions() {}

    /** True when the request's validators say the client already has the representation tagged {@code etag}. */
    static boolean notModified(HttpServletRequest request, String etag, Instant lastModified) {
        String noneMatch = request.getHeader("If-None-Match");
        if (noneMatch != null)
            return matchesAny(noneMatch, etag);
        String since = request.getHeader("If-Modified-Since");
        if (since == null || lastModified == null)
            return false;
        Instant date = httpDate(since);
        return date != null && !lastModified.isAfter(date);
    }

    /** If-None-Match uses the weak comparison: {@code W/"x"} matches {@code "x"}; {@code *} matches any current representation. */
    static boolean matchesAny(String header, String etag) {
        String trimmed = header.trim();
        if (trimmed.equals("*"))
            return true;
        List<String> tags = entityTags(trimmed);
        if (tags == null)
            return false;
        String mine = opaque(etag);
        return tags.stream().anyMatch(t -> opaque(t).equals(mine));
    }

    /** The entity tags of a list, or null when the list is malformed (then the header is ignored). */
    static List<String> entityTags(String header) {
        List<String> tags = new ArrayList<>();
        int i = 0, n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int start = i;
            if (header.startsWith("W/", i))
                i += 2;
            if (i >= n || header.charAt(i) != '"')
                return null;
            int close = header.indexOf('"', i + 1);
            if (close < 0)
                return null;
            String tag = header.substring(start, close + 1);
            for (int k = tag.indexOf('"') + 1; k < tag.length() - 1; k++)
                if (tag.charAt(k) < 0x21 || tag.charAt(k) == 0x7f)
                    return null;
            tags.add(tag);
            i = close + 1;
        }
        return tags;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** An IMF-fixdate (the only form servers send); anything else is ignored. */
    static Instant httpDate(String value) {
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(java.time.ZoneOffset.UTC));
    }
}
