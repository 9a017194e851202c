package io.kzmonitor.fetcher.extract.steps;

import org.jsoup.nodes.Element;

/**
 * Decides between the body found in the DOM and a JSON-LD {@code articleBody}: the JSON-LD text wins only when it
 * is substantially longer and its opening is found in the page itself (so a stale or foreign body is not trusted).
 */
final class JsonLdBody {

    private JsonLdBody() {}

    static String choose(String domText, String jsonLdBody, Element pageBody) {
        if (jsonLdBody == null) {
            return domText;
        }
        String ld = jsonLdBody
                .replaceAll("[ \\t\\x0B\\f\\r\\u00a0]+", " ")
                .replaceAll(" *\\n\\s*", "\n\n")
                .strip();
        if (ld.length() < 200 || ld.length() < domText.length() * 1.3) {
            return domText;
        }
        if (pageBody == null || !confirmedBy(ld, domText)) {
            return domText;
        }
        return ld;
    }

    /** Whether a run of the JSON-LD text's opening words occurs in the page text. */
    private static boolean confirmedBy(String ld, String pageText) {
        String flatPage = pageText.replaceAll("\\s+", " ");
        String flatLd = ld.replaceAll("\\s+", " ");
        int len = Math.min(60, flatLd.length());
        for (int start = 0; start + len <= flatLd.length() && start < 600; start += 100) {
            if (flatPage.contains(flatLd.substring(start, start + len))) {
                return true;
            }
        }
        return false;
    }
}
