package io.kzmonitor.analyzer.scoring;

import io.kzmonitor.analyzer.rules.EntityDef;
import io.kzmonitor.analyzer.rules.Term;
import io.kzmonitor.analyzer.rules.TermHit;
import java.util.BitSet;
import java.util.List;

/**
 * How strongly an article is anchored to Kazakhstan: anchor points (each anchor entity mention weighted by its
 * {@code anchor}, title mentions double), points of rival actors (entities with a negative anchor: neighbours whose
 * own politics must not pass as Kazakhstan's), and the sentences holding an anchor.
 */
final class Anchoring {

    private final double points;
    private final double rivalPoints;
    private final boolean title;
    private final BitSet textSentences = new BitSet();

    Anchoring(List<TermHit> hits, double languagePoints) {
        double p = languagePoints;
        double r = 0;
        boolean t = false;
        for (TermHit h : hits) {
            if (h.term().role() != Term.Role.ENTITY) {
                continue;
            }
            double a = ((EntityDef) h.term().owner()).anchor();
            boolean inTitle = h.field().equals("title");
            double factor = inTitle ? 2 : 1;
            if (a > 0) {
                p += a * factor;
                if (inTitle) {
                    t = true;
                } else {
                    textSentences.set(h.sentence());
                }
            } else if (a < 0) {
                r += -a * factor;
            }
        }
        this.points = p;
        this.rivalPoints = r;
        this.title = t;
    }

    double points() {
        return points;
    }

    double rivalPoints() {
        return rivalPoints;
    }

    /** True when the title names Kazakhstan (or another anchor). */
    boolean inTitle() {
        return title;
    }

    /**
     * True when an anchor is within two sentences of the hit, or in the title, or the whole article is strongly
     * anchored (at least {@code strong} points and rivals at most a third of them).
     */
    boolean near(TermHit h, double strong) {
        if (title || (points >= strong && rivalPoints * 3 <= points)) {
            return true;
        }
        if (h.field().equals("title")) {
            return false;
        }
        int s = h.sentence();
        for (int d = -2; d <= 2; d++) {
            if (s + d >= 0 && textSentences.get(s + d)) {
                return true;
            }
        }
        return false;
    }
}
