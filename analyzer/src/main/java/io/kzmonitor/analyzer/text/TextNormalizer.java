package io.kzmonitor.analyzer.text;

/**
 * Folds a text for matching (see {@link CharFolding}) after two same-length repairs on the original: Turkish
 * windows-1254 text mis-decoded as windows-1252 ("Kasým", "Þanghay") and Latin/Cyrillic homoglyphs inside one word.
 */
public final class TextNormalizer {

    private static final String MOJIBAKE = "þýÝðÞÐ";
    private static final String MOJIBAKE_FIX = "şıİğŞĞ";
    private static final String LATIN_LOOKALIKE = "AaBCcEeHKkMOoPpTXxyYiI";
    private static final String CYRILLIC_LOOKALIKE = "АаВСсЕеНКкМОоРрТХхуУіІ";

    /** Folds {@code text} (null is treated as empty). */
    public NormalizedText normalize(String text) {
        String original = text == null ? "" : text;
        char[] src = repairHomoglyphs(repairMojibake(original.toCharArray()));
        StringBuilder out = new StringBuilder(src.length + 16);
        int[] map = new int[src.length + 16];
        int n = 0;
        for (int i = 0; i < src.length; i++) {
            char c = src[i];
            if (c < 0x80) {
                // ASCII fast path: lower-casing is the only folding
                map = ensure(map, n + 1);
                map[n++] = i;
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                continue;
            }
            String f = CharFolding.fold(c);
            if (f == null) {
                map = ensure(map, n + 1);
                map[n++] = i;
                out.append(c);
            } else {
                map = ensure(map, n + f.length());
                for (int k = 0; k < f.length(); k++) {
                    map[n++] = i;
                }
                out.append(f);
            }
        }
        int[] exact = new int[n];
        System.arraycopy(map, 0, exact, 0, n);
        return new NormalizedText(original, out.toString(), exact);
    }

    private static int[] ensure(int[] map, int size) {
        if (size <= map.length) {
            return map;
        }
        int[] bigger = new int[Math.max(size, map.length * 2)];
        System.arraycopy(map, 0, bigger, 0, map.length);
        return bigger;
    }

    /**
     * Re-decodes windows-1254 letters that arrived as windows-1252 when at least two such letters appear and the text
     * has no genuine Turkish/Kazakh Latin letters (a mis-decoded text cannot contain them).
     */
    static char[] repairMojibake(char[] s) {
        int suspects = 0;
        for (char c : s) {
            if (c >= 0xD0 && c <= 0xFE && MOJIBAKE.indexOf(c) >= 0) {
                suspects++;
            } else if (c == 'ı' || c == 'ǵ' || c == 'ń' || c == 'ú') {
                // genuine Kazakh Latin (2018 alphabet) uses ý legitimately: never "repair" it
                return s;
            }
        }
        if (suspects < 2) {
            return s;
        }
        for (int i = 0; i < s.length; i++) {
            int k = s[i] >= 0xD0 && s[i] <= 0xFE ? MOJIBAKE.indexOf(s[i]) : -1;
            if (k >= 0) {
                s[i] = MOJIBAKE_FIX.charAt(k);
            }
        }
        return s;
    }

    /** In a word mixing Latin and Cyrillic letters, rewrites the minority script's look-alikes to the majority's. */
    static char[] repairHomoglyphs(char[] s) {
        boolean anyLatin = false;
        boolean anyCyrillic = false;
        for (char c : s) {
            anyLatin |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            anyCyrillic |= c >= 0x400 && c < 0x530;
        }
        if (!anyLatin || !anyCyrillic) {
            return s;
        }
        int i = 0;
        while (i < s.length) {
            if (!Character.isLetter(s[i])) {
                i++;
                continue;
            }
            int start = i;
            int latin = 0;
            int cyrillic = 0;
            while (i < s.length && Character.isLetter(s[i])) {
                char c = s[i];
                if (c < 0x250) {
                    latin++;
                } else if (c >= 0x400 && c < 0x530) {
                    cyrillic++;
                }
                i++;
            }
            if (latin > 0 && cyrillic > 0) {
                String from = cyrillic >= latin ? LATIN_LOOKALIKE : CYRILLIC_LOOKALIKE;
                String to = cyrillic >= latin ? CYRILLIC_LOOKALIKE : LATIN_LOOKALIKE;
                for (int k = start; k < i; k++) {
                    int idx = from.indexOf(s[k]);
                    if (idx >= 0) {
                        s[k] = to.charAt(idx);
                    }
                }
            }
        }
        return s;
    }
}
