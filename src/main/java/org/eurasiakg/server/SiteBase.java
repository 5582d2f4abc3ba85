package org.eurasiakg.server;

import jakarta.servlet.http.HttpServletRequest;

/** The URL of the site's root as the client reached it: {@code --public-base} when set, else from the request. */
final class SiteBase {
    private SiteBase() {}

    /** Ends with "/". */
    static String of(HttpServletRequest request, String publicBase) {
        if (publicBase != null)
            return publicBase.endsWith("/") ? publicBase : publicBase + "/";
        String url = request.getRequestURL().toString();
        int pathStart = url.indexOf('/', url.indexOf("//") + 2);
        String origin = pathStart < 0 ? url : url.substring(0, pathStart);
        return origin + request.getContextPath() + "/";
    }
}
