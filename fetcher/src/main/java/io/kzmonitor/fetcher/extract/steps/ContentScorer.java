package io.kzmonitor.fetcher.extract.steps;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Chooses the article body by content scoring (after Readability): every paragraph-like element scores by its
 * length and punctuation and gives that score to its ancestors; class/id hints and link density adjust the scores;
 * the best container (or the common ancestor of an article split in parts) plus its qualifying siblings are cleaned
 * of furniture ({@link ConditionalCleaner}) and rendered by {@link TextRenderer}.
 */
final class ContentScorer {

    private ContentScorer() {}

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "span", "font");
    static final Set<String> BLOCK_TAGS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "table",
            "tr",
            "td",
            "th",
            "blockquote",
            "pre",
            "dl",
            "dt",
            "dd",
            "figure",
            "header",
            "hr",
            "br",
            "address",
            "tbody",
            "thead");

    static String extract(Element body) {
        TextStats stats = TextStats.of(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            int len;
            int commas;
            Element first;
            if (PARAGRAPH_TAGS.contains(tag) || (CONTAINER_TAGS.contains(tag) && !hasBlockChild(e))) {
                len = stats.length(e);
                if (len < 25) {
                    continue;
                }
                commas = stats.commas(e);
                first = e.parent();
            } else if (CONTAINER_TAGS.contains(tag)) {
                // text written straight into a container among block children ("text<br>text<div>..</div>")
                String own = e.ownText();
                len = own.length();
                if (len < 25) {
                    continue;
                }
                commas = commas(own);
                first = e;
            } else {
                continue;
            }
            double score = 1 + commas + Math.min(len / 100.0, 3);
            Element ancestor = first;
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (ancestor.normalName().equals("html")
                        || ancestor.normalName().equals("#root")) {
                    break;
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Double current = scores.get(ancestor);
                scores.put(ancestor, (current == null ? initialScore(ancestor) : current) + score / divider);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double s = entry.getValue() * (1 - stats.linkDensity(entry.getKey()));
            entry.setValue(s);
            if (top == null || s > topScore) {
                top = entry.getKey();
                topScore = s;
            }
        }
        if (top == null) {
            return TextRenderer.render(List.of(body), stats);
        }
        top = commonAncestorOfAlternatives(top, topScore, scores);
        top = climb(top, scores, scores.getOrDefault(top, topScore));
        List<Element> chosen = withSiblings(top, scores, stats);
        for (Element root : chosen) {
            ConditionalCleaner.clean(root, stats);
        }
        return TextRenderer.render(chosen, stats);
    }

    /**
     * An article split in parts (sections between images or quotes) gives several near-equal candidates: when at
     * least two others outside the top candidate's own chain score within 75% of it, their closest common ancestor
     * with the top candidate becomes the candidate.
     */
    private static Element commonAncestorOfAlternatives(Element top, double topScore, Map<Element, Double> scores) {
        List<Element> alternatives = new ArrayList<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element el = e.getKey();
            if (el != top && e.getValue() >= topScore * 0.75 && !isAncestor(el, top) && !isAncestor(top, el)) {
                alternatives.add(el);
            }
        }
        if (alternatives.size() < 2 || alternatives.size() > 6) {
            return top;
        }
        for (Element parent = top.parent();
                parent != null && !parent.normalName().equals("html");
                parent = parent.parent()) {
            int contained = 0;
            for (Element alt : alternatives) {
                if (isAncestor(parent, alt)) {
                    contained++;
                }
            }
            if (contained >= 2) {
                return parent;
            }
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Moves up while the parent scores better, or is a mere wrapper of the candidate. */
    private static Element climb(Element top, Map<Element, Double> scores, double topScore) {
        double last = topScore;
        double threshold = topScore / 3;
        Element parent = top.parent();
        while (parent != null && !parent.normalName().equals("body")) {
            Double ps = scores.get(parent);
            if (ps == null) {
                parent = parent.parent();
                continue;
            }
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                top = parent;
                break;
            }
            last = ps;
            parent = parent.parent();
        }
        while (top.parent() != null
                && !top.parent().normalName().equals("body")
                && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, TextStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus =
                    !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                int len = stats.length(sibling);
                double ld = stats.linkDensity(sibling);
                if ((len > 80 && ld < 0.25) || (len > 0 && ld == 0 && Punctuation.endsSentence(sibling.text()))) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    static double initialScore(Element e) {
        double s =
                switch (e.normalName()) {
                    case "div", "article", "main" -> 5;
                    case "pre", "td", "blockquote" -> 3;
                    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                    case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                    default -> 0;
                };
        return s + classWeight(e);
    }

    /** +25 for a content-like class or id, -25 for a boilerplate-like one, +50 for itemprop=articleBody. */
    static double classWeight(Element e) {
        double s = 0;
        String hint = Hints.of(e);
        if (!hint.isEmpty()) {
            if (Hints.NEGATIVE.matches(hint)) {
                s -= 25;
            }
            if (Hints.POSITIVE.matches(hint)) {
                s += 25;
            }
        }
        if (e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
            s += 50;
        }
        return s;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCK_TAGS.contains(c.normalName()) && !c.normalName().equals("br")) {
                return true;
            }
        }
        return false;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '，' || c == '、' || c == '؛') {
                n++;
            }
        }
        return n;
    }
}
