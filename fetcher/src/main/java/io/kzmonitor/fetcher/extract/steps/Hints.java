package io.kzmonitor.fetcher.extract.steps;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Class and id hints shared by the extraction steps: whether an element's class names or id call it boilerplate
 * or content. Plain substring and token tests, several times faster than one large regular expression per element.
 */
final class Hints {

    /** Names of page furniture: removed before scoring unless the name also says content. */
    static final Hints UNLIKELY = new Hints(
            List.of(
                    "-ad-",
                    "advert",
                    "banner",
                    "breadcrumb",
                    "combx",
                    "comment",
                    "community",
                    "consent",
                    "cookie",
                    "disqus",
                    "extra",
                    "footer",
                    "gdpr",
                    "header",
                    "masthead",
                    "menu",
                    "related",
                    "remark",
                    "replies",
                    "rss",
                    "share",
                    "sharing",
                    "shoutbox",
                    "sidebar",
                    "skyscraper",
                    "social",
                    "sponsor",
                    "supplemental",
                    "pagination",
                    "pager",
                    "popup",
                    "newsletter",
                    "subscribe",
                    "signup",
                    "promo",
                    "paywall",
                    "regwall",
                    "outbrain",
                    "taboola",
                    "recommend",
                    "trending",
                    "mostpopular",
                    "most-popular",
                    "readmore",
                    "read-more",
                    "taglist",
                    "tag-list",
                    "tags-list",
                    "toolbar",
                    "widget",
                    "modal",
                    "overlay",
                    "byline",
                    "authorbio",
                    "author-bio",
                    "dateline",
                    "print-only",
                    "visually-hidden",
                    "sr-only",
                    "tooltip",
                    "caption",
                    "credit",
                    "breaking-news",
                    "alert-bar",
                    "navbar",
                    "navigation"),
            List.of("ad", "ads", "tags"),
            "nav");

    /** Names that may hold the article even when they also match {@link #UNLIKELY}. */
    static final Hints MAYBE_CONTENT = new Hints(
            List.of(
                    "article",
                    "body",
                    "column",
                    "content",
                    "main",
                    "shadow",
                    "story",
                    "entry",
                    "posttext",
                    "post-text",
                    "text"),
            List.of("and"),
            null);

    /** Names that raise a candidate's score. */
    static final Hints POSITIVE = new Hints(
            List.of(
                    "article",
                    "body",
                    "content",
                    "entry",
                    "hentry",
                    "h-entry",
                    "main",
                    "page",
                    "pagination",
                    "post",
                    "text",
                    "blog",
                    "story",
                    "paragraph",
                    "prose"),
            List.of(),
            null);

    /** Names that lower a candidate's score. */
    static final Hints NEGATIVE = new Hints(
            List.of(
                    "-ad-",
                    "hidden",
                    "banner",
                    "combx",
                    "comment",
                    "com-",
                    "contact",
                    "foot",
                    "gdpr",
                    "masthead",
                    "media",
                    "meta",
                    "outbrain",
                    "promo",
                    "related",
                    "scroll",
                    "share",
                    "shoutbox",
                    "sidebar",
                    "skyscraper",
                    "sponsor",
                    "shopping",
                    "tags",
                    "tool",
                    "widget",
                    "teaser",
                    "card",
                    "recirc",
                    "newsletter"),
            List.of("hid"),
            null);

    private final String[] substrings;
    private final List<String> tokens;
    private final String tokenSuffix;

    private Hints(List<String> substrings, List<String> tokens, String tokenSuffix) {
        this.substrings = substrings.toArray(String[]::new);
        this.tokens = tokens;
        this.tokenSuffix = tokenSuffix;
    }

    /** Lower-cased class names and id of an element, empty when it has neither. */
    static String of(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Whether a hint string (see {@link #of(Element)}) matches. */
    boolean matches(String hint) {
        if (hint.isEmpty()) {
            return false;
        }
        for (String s : substrings) {
            if (hint.contains(s)) {
                return true;
            }
        }
        if (tokens.isEmpty() && tokenSuffix == null) {
            return false;
        }
        int start = 0;
        int n = hint.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || !Character.isLetterOrDigit(hint.charAt(i))) {
                if (i > start) {
                    String token = hint.substring(start, i);
                    if (tokens.contains(token) || (tokenSuffix != null && token.endsWith(tokenSuffix))) {
                        return true;
                    }
                }
                start = i + 1;
            }
        }
        return false;
    }
}
