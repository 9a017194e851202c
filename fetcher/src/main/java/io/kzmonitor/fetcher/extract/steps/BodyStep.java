package io.kzmonitor.fetcher.extract.steps;

import io.kzmonitor.fetcher.extract.ExtractionContext;
import io.kzmonitor.fetcher.extract.ExtractionStep;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Sets the article body: the DOM text chosen by {@link ContentScorer}, its tail trimmed of "subscribe to continue"
 * notices (a paywall signal) and calls to action, or a JSON-LD {@code articleBody} when it is longer and the page
 * text confirms it belongs to this page; marks a short body on a page with paywall signals as a teaser.
 */
public final class BodyStep implements ExtractionStep {

    private static final java.util.regex.Pattern CALL_TO_ACTION = java.util.regex.Pattern.compile(
            "(?i)(\\bsubscribe\\b|newsletter|\\bsign up\\b|follow us|follow @|click here|tell us what you think"
                    + "|^comments?$|all rights reserved|^©|^copyright|подпис(ывайтесь|аться) на|اشترك في)");

    @Override
    public void apply(ExtractionContext ctx) {
        Element body = ctx.document().body();
        String domText = body == null ? "" : ContentScorer.extract(body);
        domText = dropPaywallNotice(domText, ctx);
        ctx.text = JsonLdBody.choose(domText, ctx.jsonLdBody, body);
        // a short body on a page with paywall signals is a teaser, unless JSON-LD gave the full text
        boolean fromJsonLd = !ctx.text.equals(domText);
        ctx.paywalled = ctx.paywallHint && !fromJsonLd && ctx.text.length() < PaywallStep.TEASER_MAX_CHARS;
    }

    /**
     * Trims the tail of the body: "subscribe to continue" notices (a paywall signal) and short calls to action
     * (newsletter, follow us, comments, copyright) that sit inside article containers.
     */
    private static String dropPaywallNotice(String text, ExtractionContext ctx) {
        List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n")));
        boolean changed = false;
        for (int i = paragraphs.size() - 1; i >= Math.max(1, paragraphs.size() - 3); i--) {
            String p = paragraphs.get(i);
            if (PaywallStep.isNotice(p)) {
                paragraphs.remove(i);
                ctx.paywallHint = true;
                changed = true;
            } else if (p.length() < 200 && CALL_TO_ACTION.matcher(p).find()) {
                paragraphs.remove(i);
                changed = true;
            } else {
                break;
            }
        }
        return changed ? String.join("\n\n", paragraphs) : text;
    }
}
