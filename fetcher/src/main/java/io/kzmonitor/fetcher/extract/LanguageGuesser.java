package io.kzmonitor.fetcher.extract;

import java.util.Locale;

/**
 * A dependency-free language guess from the script of a text, used to check a declared language and to fill in
 * a missing one: Arabic script to {@code ar}, Han to {@code zh}, kana to {@code ja}, Hangul to {@code ko},
 * Cyrillic to {@code kk} when Kazakh-only letters occur, {@code uk} for Ukrainian-only letters, else {@code ru};
 * Latin to {@code tr} on Turkish-only letters, else {@code en} when English function words dominate.
 */
public final class LanguageGuesser {

    private static final String KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    private static final String UKRAINIAN = "ґєїҐЄЇ";
    private static final String TURKISH = "ğışĞİŞ";

    private LanguageGuesser() {}

    /** The dominant script of a text: {@code Arab}, {@code Cyrl}, {@code Hani}, {@code Latn}... or null. */
    public static String script(String text) {
        int[] counts = new int[6];
        int limit = Math.min(text.length(), 3000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            switch (s) {
                case ARABIC -> counts[0]++;
                case CYRILLIC -> counts[1]++;
                case HAN -> counts[2] += 2;
                case LATIN -> counts[3]++;
                case HIRAGANA, KATAKANA -> counts[4] += 2;
                case HANGUL -> counts[5] += 2;
                default -> {}
            }
        }
        String[] names = {"Arab", "Cyrl", "Hani", "Latn", "Kana", "Hang"};
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
                best = i;
            }
        }
        if (best == 2 && counts[4] > 0) {
            return "Kana";
        }
        return best < 0 ? null : names[best];
    }

    /** The script a language is written in (our languages), or null when unknown. */
    public static String scriptOf(String language) {
        return switch (language) {
            case "ar", "fa", "ur", "ps", "ug" -> "Arab";
            case "ru", "kk", "uk", "be", "bg", "sr", "mk", "ky", "tg", "mn" -> "Cyrl";
            case "zh" -> "Hani";
            case "ja" -> "Kana";
            case "ko" -> "Hang";
            default -> "Latn";
        };
    }

    /** Guesses the language of a text, or {@code und}. */
    public static String guess(String text) {
        String script = script(text);
        if (script == null) {
            return "und";
        }
        return switch (script) {
            case "Arab" -> "ar";
            case "Hani" -> "zh";
            case "Kana" -> "ja";
            case "Hang" -> "ko";
            case "Cyrl" -> cyrillic(text);
            default -> latin(text);
        };
    }

    /** Kazakh or Ukrainian when their own letters occur often enough, else Russian. */
    public static String cyrillic(String text) {
        int kk = 0;
        int uk = 0;
        int letters = 0;
        int limit = Math.min(text.length(), 5000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (KAZAKH.indexOf(c) >= 0) {
                    kk++;
                } else if (UKRAINIAN.indexOf(c) >= 0) {
                    uk++;
                }
            }
        }
        if (letters > 0 && kk * 100 >= letters) {
            return "kk";
        }
        if (letters > 0 && uk * 200 >= letters) {
            return "uk";
        }
        return "ru";
    }

    private static String latin(String text) {
        String sample = text.length() > 5000 ? text.substring(0, 5000) : text;
        int turkish = 0;
        for (int i = 0; i < sample.length(); i++) {
            if (TURKISH.indexOf(sample.charAt(i)) >= 0) {
                turkish++;
            }
        }
        if (turkish * 150 >= sample.length() && turkish > 0) {
            return "tr";
        }
        String lower = " " + sample.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
        int english = 0;
        for (String w : new String[] {" the ", " and ", " of ", " to ", " in ", " is ", " that ", " for "}) {
            int from = 0;
            while ((from = lower.indexOf(w, from)) >= 0) {
                english++;
                from += w.length() - 1;
            }
        }
        int words = Math.max(1, lower.split(" ").length);
        return english * 12 >= words ? "en" : "und";
    }
}
