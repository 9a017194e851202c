package io.kzmonitor.notifier.mail;

import java.util.Locale;
import java.util.Set;

/** The writing direction of a language tag: {@code rtl} for Arabic, Persian, Hebrew, Urdu and Arabic-script tags. */
public final class TextDirection {

    private static final Set<String> RTL_LANGUAGES =
            Set.of("ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi", "ckb", "dv");
    private static final Set<String> RTL_SCRIPTS = Set.of("arab", "hebr", "thaa", "syrc", "nkoo");

    private TextDirection() {}

    /** {@code rtl} or {@code ltr} for a language tag such as {@code ar}, {@code kk-Arab} or {@code ru}. */
    public static String of(String languageTag) {
        if (languageTag == null) {
            return "ltr";
        }
        String[] parts = languageTag.toLowerCase(Locale.ROOT).split("[-_]");
        if (RTL_LANGUAGES.contains(parts[0])) {
            return "rtl";
        }
        for (int i = 1; i < parts.length; i++) {
            if (RTL_SCRIPTS.contains(parts[i])) {
                return "rtl";
            }
        }
        return "ltr";
    }
}
