package io.kzmonitor.analyzer.scoring;

import io.kzmonitor.analyzer.rules.EntityDef;
import io.kzmonitor.analyzer.rules.TermHit;
import java.util.List;

/**
 * Light coreference for country-level references ("the head of state", "the Central Asian republic", "глава
 * государства"): such a reference is taken to mean Kazakhstan only when no named state or leader stands next to it
 * ("the Russian head of state", "глава государства Владимир Путин"; and "Kazakhstan's head of state" is one mention,
 * not two) and the subject it continues (the first named
 * state or leader of its own sentence before it, else of the nearest earlier sentence naming one) is a Kazakhstan
 * anchor. With no earlier subject, Kazakh-language text resolves to Kazakhstan; other text takes the first state or
 * leader named after the reference (a headline's "Central Asian nation" is named in the lead).
 */
final class Coreference {

    /** Words between a reference and a name that make the name qualify the reference. */
    static final int ADJACENT = 3;

    private Coreference() {}

    /** True when the reference {@code sorted.get(i)} (entity hits, title first, by position) means Kazakhstan. */
    static boolean refersToKazakhstan(List<TermHit> sorted, int i, boolean kazakhLanguage) {
        TermHit ref = sorted.get(i);
        for (TermHit o : sorted) {
            if (o != ref
                    && !corefers(o)
                    && sameSentence(o, ref)
                    && o.firstToken() <= ref.lastToken() + ADJACENT
                    && o.lastToken() >= ref.firstToken() - ADJACENT) {
                return false;
            }
        }
        TermHit subject = null;
        for (int j = i - 1; j >= 0; j--) {
            TermHit o = sorted.get(j);
            if (corefers(o)) {
                continue;
            }
            if (subject != null && !sameSentence(o, subject)) {
                break;
            }
            subject = o;
        }
        if (subject == null && !kazakhLanguage) {
            // cataphora, as in headlines ("Central Asian nation moves to ..."): the first state named after it
            for (int j = i + 1; j < sorted.size() && subject == null; j++) {
                subject = corefers(sorted.get(j)) ? null : sorted.get(j);
            }
        }
        if (subject == null) {
            return kazakhLanguage;
        }
        return ((EntityDef) subject.term().owner()).anchor() > 0;
    }

    private static boolean corefers(TermHit h) {
        return ((EntityDef) h.term().owner()).corefers();
    }

    private static boolean sameSentence(TermHit a, TermHit b) {
        return a.field().equals(b.field()) && a.sentence() == b.sentence();
    }
}
