package io.kzmonitor.analyzer.language;

/** Letter counts per script and per telltale letter set in a text sample. */
final class ScriptCounts {

    private static final String KAZAKH_CYRILLIC = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    private static final String UZBEK_CYRILLIC = "ўҳЎҲ";
    private static final String KAZAKH_LATIN = "ǵńýūǴŃÝŪ";
    private static final String TOTE = "ەۆۇڭۋ";
    private static final String PERSIAN = "پچژگکی";

    int latin;
    int cyrillic;
    int arabic;
    int han;
    int kazakhCyrillic;
    int uzbekCyrillic;
    int kazakhLatin;
    int q;
    int uzbekApostrophes;
    int tote;
    int persian;

    static ScriptCounts of(String s) {
        ScriptCounts c = new ScriptCounts();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == 'ʻ' || !Character.isLetter(ch)) {
                if ((ch == '\'' || ch == '‘' || ch == '’' || ch == 'ʻ' || ch == 'ʼ')
                        && i > 0
                        && "oOgG".indexOf(s.charAt(i - 1)) >= 0
                        && uzbekLetterFollows(s, i)) {
                    c.uzbekApostrophes++;
                }
                continue;
            }
            if (ch < 0x250) {
                c.latin++;
                if (ch == 'q' || ch == 'Q') {
                    c.q++;
                } else if (ch >= 0xC0 && KAZAKH_LATIN.indexOf(ch) >= 0) {
                    c.kazakhLatin++;
                }
            } else if (ch >= 0x400 && ch < 0x530) {
                c.cyrillic++;
                if (KAZAKH_CYRILLIC.indexOf(ch) >= 0) {
                    c.kazakhCyrillic++;
                } else if (UZBEK_CYRILLIC.indexOf(ch) >= 0) {
                    c.uzbekCyrillic++;
                }
            } else if (ch >= 0x600 && ch < 0x700) {
                c.arabic++;
                if (TOTE.indexOf(ch) >= 0 || ch == 'ء' && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) {
                    c.tote++;
                } else if (PERSIAN.indexOf(ch) >= 0) {
                    c.persian++;
                }
            } else if (ch >= 0x4E00 && ch <= 0x9FFF) {
                c.han++;
            }
        }
        return c;
    }

    /** o'/g' is an Uzbek letter when a letter follows, but not the English possessive ("Boxing's", "Hong Kong's"). */
    private static boolean uzbekLetterFollows(String s, int i) {
        if (i + 1 >= s.length() || !Character.isLetter(s.charAt(i + 1))) {
            return false;
        }
        boolean possessive = (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                && (i + 2 >= s.length() || !Character.isLetter(s.charAt(i + 2)));
        return !possessive;
    }
}
