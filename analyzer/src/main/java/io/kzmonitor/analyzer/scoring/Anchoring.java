package io.kzmonitor.analyzer.scoring;

import io.kzmonitor.analyzer.rules.EntityDef;
import io.kzmonitor.analyzer.rules.Term;
import io.kzmonitor.analyzer.rules.TermHit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * How strongly an article is anchored to Kazakhstan: anchor points (each anchor entity mention weighted by its
 * {@code anchor}, title mentions double), points of rival actors (entities with a negative anchor: neighbours whose
 * own politics must not pass as Kazakhstan's), and the sentences holding an anchor.
 *
 * <p>Overlapping mentions count once (哈萨克 inside 哈萨克斯坦). Country-level references ("the head of state", "the
 * Central Asian republic", "глава государства") count only when the article names an anchor directly or is in Kazakh
 * (language points) at least as strongly as any rivals are named, and add at
 * most {@link #MAX_COREFERENCE} points, and only where {@link Coreference} resolves them to Kazakhstan: light coreference, so that a story naming Kazakhstan once and then "the
 * country's leader" is anchored while a passing mention is not.
 */
final class Anchoring {

    static final double MAX_COREFERENCE = 1.0;

    private final double points;
    private final double rivalPoints;
    private final boolean title;
    private final BitSet textSentences = new BitSet();

    Anchoring(List<TermHit> hits, double languagePoints) {
        double p = languagePoints;
        double direct = 0;
        double r = 0;
        double coref = 0;
        boolean t = false;
        List<TermHit> corefHits = new ArrayList<>();
        int[] coveredEnd = {-1, -1}; // per field (title, text): last token covered by a counted anchor
        List<TermHit> sorted = sortedEntityHits(hits);
        for (int i = 0; i < sorted.size(); i++) {
            TermHit h = sorted.get(i);
            EntityDef e = (EntityDef) h.term().owner();
            double a = e.anchor();
            boolean inTitle = h.field().equals("title");
            double factor = inTitle ? 2 : 1;
            if (a > 0) {
                int f = inTitle ? 0 : 1;
                if (h.firstToken() <= coveredEnd[f]) {
                    continue;
                }
                coveredEnd[f] = h.lastToken();
                if (e.corefers()) {
                    if (Coreference.refersToKazakhstan(sorted, i, languagePoints > 0)) {
                        corefHits.add(h);
                        coref += a * factor;
                    }
                    continue;
                }
                direct += a * factor;
                mark(h);
                t |= inTitle;
            } else if (a < 0) {
                r += -a * factor;
            }
        }
        p += direct;
        // Kazakh-language text is Kazakhstan's own press: there "Мемлекет басшысы" is Kazakhstan's head of state.
        // Where a rival is named more than Kazakhstan, "the country" more likely continues the rival's story.
        if (direct + languagePoints >= 1 && coref > 0 && r <= direct + languagePoints) {
            p += Math.min(MAX_COREFERENCE, coref);
            for (TermHit h : corefHits) {
                mark(h);
            }
        }
        this.points = p;
        this.rivalPoints = r;
        this.title = t;
    }

    private void mark(TermHit h) {
        if (!h.field().equals("title")) {
            textSentences.set(h.sentence());
        }
    }

    /** Entity hits, title first, by position, the longer of two hits starting on one word first. */
    private static List<TermHit> sortedEntityHits(List<TermHit> hits) {
        List<TermHit> out = new ArrayList<>();
        for (TermHit h : hits) {
            if (h.term().role() == Term.Role.ENTITY) {
                out.add(h);
            }
        }
        out.sort(Comparator.comparingInt((TermHit h) -> h.field().equals("title") ? 0 : 1)
                .thenComparingInt(TermHit::firstToken)
                .thenComparing(Comparator.comparingInt(TermHit::lastToken).reversed()));
        return out;
    }

    double points() {
        return points;
    }

    double rivalPoints() {
        return rivalPoints;
    }

    /** Number of text sentences holding a counted anchor (a resolved country-level reference included). */
    int textSentenceCount() {
        return textSentences.cardinality();
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
