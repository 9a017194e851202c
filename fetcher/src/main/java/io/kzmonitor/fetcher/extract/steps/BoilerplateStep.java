package io.kzmonitor.fetcher.extract.steps;

import io.kzmonitor.fetcher.extract.ExtractionContext;
import io.kzmonitor.fetcher.extract.ExtractionStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text: scripts and styles, forms and widgets, hidden elements, page-level
 * navigation, headers, footers and asides, and elements whose class or id names them as boilerplate (share bars,
 * related links, comments, cookie banners, newsletters, ads) unless the name also says they hold content.
 */
public final class BoilerplateStep implements ExtractionStep {

    private static final Set<String> REMOVED_TAGS = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "iframe",
            "svg",
            "canvas",
            "object",
            "embed",
            "button",
            "input",
            "select",
            "textarea",
            "nav",
            "aside",
            "footer",
            "dialog",
            "link",
            "menu",
            "figcaption",
            "header");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    static final Set<String> PROTECTED = Set.of("html", "body", "article", "main", "p", "h1");

    @Override
    public void apply(ExtractionContext ctx) {
        Element body = ctx.document().body();
        if (body == null) {
            return;
        }
        List<Element> remove = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (REMOVED_TAGS.contains(e.normalName()) || isHidden(e)) {
                remove.add(e);
            }
        }
        remove.forEach(Element::remove);
        remove.clear();
        TextStats stats = TextStats.of(body);
        int half = stats.length(body) / 2;
        for (Element e : body.getAllElements()) {
            if (PROTECTED.contains(e.normalName()) || stats.length(e) > half) {
                // a wrapper of most of the page ("Page-ad-margins", "elementor-widget") is not boilerplate
                continue;
            }
            String role = e.attr("role");
            String hint = Hints.of(e);
            if (role.equals("navigation")
                    || role.equals("complementary")
                    || (!hint.isEmpty() && Hints.UNLIKELY.matches(hint) && !Hints.MAYBE_CONTENT.matches(hint))) {
                remove.add(e);
            }
        }
        remove.forEach(Element::remove);
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }
}
