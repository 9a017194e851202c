package io.kzmonitor.analyzer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Forms of a folded Arabic-script word without its proclitics: at most one conjunction (و ف), one preposition
 * (ب ل ك) and the article ال (or لل = ل + ال), each stripped only when a stem of at least three letters remains.
 * The Lucene Arabic stemmer leaves ل ب ك before a name, so لكازاخستان and بكازاخستان would not match.
 */
public final class ArabicClitics {

    private ArabicClitics() {}

    /** The word followed by each distinct stripped form (the word alone when nothing can be stripped). */
    public static String[] variants(String w) {
        if (w.length() < 4) {
            return new String[] {w};
        }
        List<String> out = new ArrayList<>(4);
        out.add(w);
        String a = w;
        if (startsWithAny(a, "وف") && a.length() >= 4) {
            a = a.substring(1);
            out.add(a);
        }
        int n = out.size();
        for (int i = 0; i < n; i++) {
            String b = out.get(i);
            if (startsWithAny(b, "بلك") && b.length() >= 4 && !b.startsWith("لل")) {
                add(out, b.substring(1));
            }
        }
        n = out.size();
        for (int i = 0; i < n; i++) {
            String c = out.get(i);
            if ((c.startsWith("ال") || c.startsWith("لل")) && c.length() >= 5) {
                add(out, c.substring(2));
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean startsWithAny(String s, String chars) {
        return chars.indexOf(s.charAt(0)) >= 0;
    }

    private static void add(List<String> out, String s) {
        if (!out.contains(s)) {
            out.add(s);
        }
    }
}
