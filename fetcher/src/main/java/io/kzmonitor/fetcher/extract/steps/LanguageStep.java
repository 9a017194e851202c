package io.kzmonitor.fetcher.extract.steps;

import io.kzmonitor.fetcher.extract.ExtractionContext;
import io.kzmonitor.fetcher.extract.ExtractionStep;
import io.kzmonitor.fetcher.extract.LanguageGuesser;
import java.util.Locale;

/**
 * Sets the article language: the declared one ({@code <html lang>}, {@code og:locale}, JSON-LD
 * {@code inLanguage}) reduced to ISO 639-1, unless the text's script contradicts it (an English template around
 * an Arabic article), or it says Russian for a text with Kazakh-only letters; else a script-based guess.
 */
public final class LanguageStep implements ExtractionStep {

    @Override
    public void apply(ExtractionContext ctx) {
        String sample = ctx.text.isBlank() ? (ctx.title == null ? "" : ctx.title) : ctx.text;
        String declared = normalise(ctx.declaredLanguage);
        String script = LanguageGuesser.script(sample);
        if (declared != null && (script == null || script.equals(LanguageGuesser.scriptOf(declared)))) {
            if (declared.equals("ru") || declared.equals("kk")) {
                ctx.language = LanguageGuesser.cyrillic(sample);
            } else {
                ctx.language = declared;
            }
            return;
        }
        ctx.language = LanguageGuesser.guess(sample);
    }

    /** {@code "ar_AR"}, {@code "en-GB"}, {@code "RU"} to {@code ar}, {@code en}, {@code ru}; null if unusable. */
    static String normalise(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        if (primary.equals("kz")) {
            return "kk";
        }
        return primary.matches("[a-z]{2}") ? primary : null;
    }
}
