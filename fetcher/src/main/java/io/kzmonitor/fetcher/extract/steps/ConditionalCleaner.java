package io.kzmonitor.fetcher.extract.steps;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Inside the chosen body, removes blocks that look like furniture rather than text (after Readability's
 * conditional cleaning): link lists, teaser cards, image galleries, forms, and short blocks, unless they carry
 * enough punctuation to be prose.
 */
final class ConditionalCleaner {

    private ConditionalCleaner() {}

    static void clean(Element root, TextStats stats) {
        int half = stats.length(root) / 2;
        List<Element> candidates = new ArrayList<>(root.select("div, section, ul, ol, table, form, aside, dl"));
        // deepest first, so a wrapper is judged after its junk children are gone
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Element e = candidates.get(i);
            if (e == root || e.parent() == null || stats.length(e) > half) {
                continue;
            }
            if (shouldRemove(e, stats)) {
                e.remove();
            }
        }
    }

    private static boolean shouldRemove(Element e, TextStats stats) {
        double weight = ContentScorer.classWeight(e);
        if (weight < 0) {
            return true;
        }
        if (stats.commas(e) >= 10) {
            return false;
        }
        int len = stats.length(e);
        double linkDensity = stats.linkDensity(e);
        int p = 0;
        int img = 0;
        int li = -100;
        int input = 0;
        int iframe = 0;
        int headings = 0;
        for (Element d : e.getAllElements()) {
            switch (d.normalName()) {
                case "p" -> p++;
                case "img" -> img++;
                case "li" -> li++;
                case "input" -> input++;
                case "iframe" -> iframe++;
                case "h2", "h3", "h4", "h5", "h6" -> headings++;
                default -> {}
            }
        }
        String tag = e.normalName();
        boolean list = tag.equals("ul") || tag.equals("ol");
        if (img > 1 && (double) p / img < 0.5 && len < 200) {
            return true;
        }
        if (!list && li > p) {
            return true;
        }
        if (input > p / 3) {
            return true;
        }
        if (len < 25 && (img == 0 || img > 2) && iframe == 0) {
            return headings == 0 && p == 0;
        }
        if (weight < 25 && linkDensity > 0.2 && len < 600) {
            return true;
        }
        return weight >= 25 && linkDensity > 0.5;
    }
}
