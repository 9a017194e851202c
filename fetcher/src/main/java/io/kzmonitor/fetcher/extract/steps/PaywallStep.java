package io.kzmonitor.fetcher.extract.steps;

import io.kzmonitor.fetcher.extract.ExtractionContext;
import io.kzmonitor.fetcher.extract.ExtractionStep;
import java.util.regex.Pattern;

/**
 * Looks for paywall signals before boilerplate removal deletes them: JSON-LD {@code isAccessibleForFree: false}
 * (read by {@link JsonLdStep}), a paywall or subscriber-only element, a "subscribe to continue" notice in any of
 * our languages. {@link BodyStep} then marks the article as a teaser when the body it found is short.
 */
public final class PaywallStep implements ExtractionStep {

    /** Bodies longer than this are taken as the full text even when the page mentions a paywall. */
    static final int TEASER_MAX_CHARS = 2500;

    private static final String PAYWALL_SELECTOR = "[class*=paywall], [id*=paywall], [class*=regwall],"
            + " [class*=subscriber-only], [class*=subscribers-only], [class*=premium-lock], [class*=piano-offer],"
            + " [data-paywall]";

    private static final Pattern NOTICE =
            Pattern.compile("(?i)(subscribe to (continue|read)|subscribers only|for subscribers|to continue reading"
                    + "|доступ(ен|но) только (для )?подписчик|оформите подписку|للمشتركين فقط|اشترك لمتابعة"
                    + "|订阅后阅读|仅限订阅|жазылушыларға ғана)");

    @Override
    public void apply(ExtractionContext ctx) {
        ctx.paywallHint =
                ctx.paywallHint || !ctx.document().select(PAYWALL_SELECTOR).isEmpty();
    }

    /** Whether a short paragraph is a "subscribe to continue" notice; {@link BodyStep} checks the body's tail. */
    static boolean isNotice(String paragraph) {
        return paragraph.length() < 300 && NOTICE.matcher(paragraph).find();
    }
}
