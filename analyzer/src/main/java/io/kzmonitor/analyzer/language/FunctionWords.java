package io.kzmonitor.analyzer.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A fast first guess for Latin-script prose from its most frequent function words (en, tr, fr, de, es, it, uz); returns
 * null when the evidence is thin or close, and Lingua decides.
 */
final class FunctionWords {

    private static final Map<String, String> WORDS = new HashMap<>();

    static {
        add("en", "the and of to in is was for on with said that by from has have were will its");
        add("tr", "ve bir bu için ile olarak dedi da de ise olan ettı etti ifade yılında göre");
        add("fr", "le la les des et du un une est pour dans sur au aux qui a été avec");
        add("de", "der die das und den von zu mit ist im des dem sich auf ein eine wurde");
        add("es", "el los las y del en que por con una para se su fue");
        add("it", "il di che della per con non sono gli nel alla è delle");
        // Uzbek Latin (Lingua 1.2.2 has no Uzbek model): words Turkish and Kazakh Latin do not share
        add("uz", "va bilan uchun hamda esa qildi etdi yangi shahar yilda");
    }

    private FunctionWords() {}

    private static void add(String lang, String words) {
        for (String w : words.split(" ")) {
            WORDS.putIfAbsent(w, lang);
        }
    }

    /** The language whose function words clearly dominate {@code sample}, or null. */
    static String guess(String sample) {
        Map<String, Integer> counts = new HashMap<>();
        int i = 0;
        int n = Math.min(sample.length(), 800);
        while (i < n) {
            while (i < n && !Character.isLetter(sample.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(sample.charAt(i))) {
                i++;
            }
            if (i - start > 0 && i - start <= 7) {
                String lang = WORDS.get(sample.substring(start, i).toLowerCase(Locale.ROOT));
                if (lang != null) {
                    counts.merge(lang, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= 4 && first >= 3 * second ? best : null;
    }
}
