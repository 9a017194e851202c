package io.kzmonitor.analyzer.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Identifies an article's language: script statistics decide Arabic-script (ar, fa, Kazakh Töte "kk-Arab"),
 * Cyrillic (ru, kk, uz) and Chinese text and Kazakh Latin ("kk-Latn", by its letters); other Latin text is decided
 * by its function words when they clearly point to one language, else by Lingua in low-accuracy mode restricted to the Latin-script languages we meet (Uzbek Latin, which Lingua 1.2.2 lacks, by its o'/g' letters) (about 6 MB of models, loaded on first
 * use). Returns "und" for text without letters.
 */
public final class LanguageIdentifier {

    private static final int SAMPLE = 1500;
    private static final int LINGUA_SAMPLE = 300;

    private final LanguageDetector lingua;

    /** Creates the identifier; Lingua's models load lazily on the first Latin-script text. */
    public LanguageIdentifier() {
        this.lingua = LanguageDetectorBuilder.fromLanguages(
                        Language.ENGLISH,
                        Language.TURKISH,
                        Language.FRENCH,
                        Language.GERMAN,
                        Language.SPANISH,
                        Language.ITALIAN)
                .withLowAccuracyMode()
                .build();
    }

    /** The language of {@code title} plus {@code text}; {@code hint} is used only when nothing can be identified. */
    public String identify(String title, String text, String hint) {
        String sample = sample(title, text);
        ScriptCounts c = ScriptCounts.of(sample);
        int letters = c.latin + c.cyrillic + c.arabic + c.han;
        if (letters == 0) {
            return hint == null || hint.isBlank() ? "und" : hint;
        }
        if (c.han * 4 >= letters) {
            return "zh";
        }
        if (c.arabic >= c.latin && c.arabic >= c.cyrillic) {
            if (c.tote >= 3) {
                return "kk-Arab";
            }
            return c.persian >= 3 && c.persian * 20 >= c.arabic ? "fa" : "ar";
        }
        if (c.cyrillic >= c.latin) {
            if (c.uzbekCyrillic >= 2) {
                return "uz";
            }
            return c.kazakhCyrillic * 50 >= c.cyrillic ? "kk" : "ru";
        }
        if (c.kazakhLatin >= 2 && c.q >= 1 || (c.q * 60 >= c.latin && c.uzbekApostrophes < 2 && c.latin > 40)) {
            return "kk-Latn";
        }
        if (c.uzbekApostrophes >= 2) {
            // Lingua 1.2.2 has no Uzbek model: o' and g' (o‘, gʻ) are Uzbek Latin's telltale letters
            return "uz";
        }
        String quick = FunctionWords.guess(sample);
        if (quick != null) {
            return quick;
        }
        Language l =
                lingua.detectLanguageOf(sample.length() > LINGUA_SAMPLE ? sample.substring(0, LINGUA_SAMPLE) : sample);
        return switch (l) {
            case ENGLISH -> "en";
            case TURKISH -> "tr";
            case FRENCH -> "fr";
            case GERMAN -> "de";
            case SPANISH -> "es";
            case ITALIAN -> "it";
            default -> hint == null || hint.isBlank() ? "und" : hint;
        };
    }

    private static String sample(String title, String text) {
        String t = title == null ? "" : title;
        String b = text == null ? "" : text;
        String s = t.isEmpty() ? b : t + "\n" + b;
        return s.length() > SAMPLE ? s.substring(0, SAMPLE) : s;
    }
}
