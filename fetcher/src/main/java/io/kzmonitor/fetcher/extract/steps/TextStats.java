package io.kzmonitor.fetcher.extract.steps;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Text length and link-text length of every element of a tree, computed in one pass. */
final class TextStats {

    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {}

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        stats.count(root, false);
        return stats;
    }

    private int[] count(Element e, boolean inLink) {
        boolean link = inLink || e.normalName().equals("a");
        int[] c = new int[3];
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String whole = t.getWholeText();
                int n = visibleLength(whole);
                c[0] += n;
                c[2] += ContentScorer.commas(whole);
                if (link) {
                    c[1] += n;
                }
            } else if (child instanceof Element ce) {
                int[] cc = count(ce, link);
                c[0] += cc[0];
                c[1] += cc[1];
                c[2] += cc[2];
            }
        }
        counts.put(e, c);
        return c;
    }

    private static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00a0') {
                if (!space) {
                    n++;
                    space = true;
                }
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }

    /** Visible text length of an element (0 when unknown). */
    int length(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0];
    }

    /** Commas (Latin, Arabic, CJK) in an element's text. */
    int commas(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[2];
    }

    /** Share of an element's text that sits inside links, in [0, 1]. */
    double linkDensity(Element e) {
        int[] c = counts.get(e);
        return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
    }
}
