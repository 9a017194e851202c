package io.kzmonitor.fetcher.extract.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders chosen body elements as clean text: one paragraph per block element, paragraphs separated by a blank
 * line, whitespace collapsed; drops the headline, paragraphs that are mostly links (related lists, tag clouds) and
 * lone UI words ("Advertisement", "Share").
 */
final class TextRenderer {

    private static final Pattern UI_LINE = Pattern.compile(
            "(?i)(advertisement|advert|anzeige|реклама|إعلان|sponsored|share( this)?( article)?|подписывайтесь.*"
                    + "|read more|continue reading|loading\\.*|click here.*)");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkChars;
    private int chars;

    private TextRenderer() {}

    static String render(List<Element> roots, TextStats stats) {
        TextRenderer r = new TextRenderer();
        for (Element root : roots) {
            r.walk(root, false);
            r.flush();
        }
        return String.join("\n\n", r.paragraphs);
    }

    private void walk(Element e, boolean inLink) {
        String tag = e.normalName();
        if (tag.equals("h1")) {
            flush();
            return;
        }
        boolean block = ContentScorer.BLOCK_TAGS.contains(tag);
        if (block) {
            flush();
        }
        boolean link = inLink || tag.equals("a");
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.text();
                current.append(s);
                int visible = s.strip().length();
                chars += visible;
                if (link) {
                    linkChars += visible;
                }
            } else if (child instanceof Element ce) {
                walk(ce, link);
            }
        }
        if (block) {
            flush();
        }
    }

    private void flush() {
        if (current.length() == 0) {
            return;
        }
        String p = collapse(current);
        boolean mostlyLinks = chars > 0 && (linkChars > chars * 0.8 || (linkChars > chars * 0.5 && chars < 120));
        if (!p.isEmpty() && !mostlyLinks && !UI_LINE.matcher(p).matches()) {
            paragraphs.add(p);
        }
        current.setLength(0);
        chars = 0;
        linkChars = 0;
    }

    private static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
