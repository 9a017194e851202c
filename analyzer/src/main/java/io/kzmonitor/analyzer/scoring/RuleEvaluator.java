package io.kzmonitor.analyzer.scoring;

import io.kzmonitor.analyzer.rules.Rule;
import io.kzmonitor.analyzer.rules.Term;
import io.kzmonitor.analyzer.rules.TermHit;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which of one rule's evidence hits count: each needs its required groups and proximity partner nearby, no
 * exclusion in its sentence window, and a Kazakhstan anchor where the rule asks for one.
 */
final class RuleEvaluator {

    private RuleEvaluator() {}

    /** The rule's valid evidence hits among {@code hits} (all hits of this rule's terms). */
    static List<TermHit> validHits(Rule rule, List<TermHit> hits, Anchoring anchoring, double strongAnchor) {
        List<TermHit> valid = new ArrayList<>();
        for (TermHit h : hits) {
            if (h.term().role() != Term.Role.ANY) {
                continue;
            }
            if (rule.anchor() == Rule.Anchor.SENTENCE && !anchoring.near(h, strongAnchor)) {
                continue;
            }
            if (excluded(h, hits) || !nearOk(rule, h, hits) || !groupsOk(rule, h, hits) || seen(valid, h)) {
                continue;
            }
            valid.add(h);
        }
        return valid;
    }

    /** Two terms of the same rule on the same word (e.g. "خليج" and "خليج*") are one piece of evidence. */
    private static boolean seen(List<TermHit> valid, TermHit h) {
        for (TermHit v : valid) {
            if (v.field().equals(h.field()) && v.firstToken() == h.firstToken()) {
                return true;
            }
        }
        return false;
    }

    private static boolean excluded(TermHit h, List<TermHit> hits) {
        for (TermHit o : hits) {
            if (o.term().role() == Term.Role.NONE && sameWindow(h, o)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearOk(Rule rule, TermHit h, List<TermHit> hits) {
        if (rule.near().isEmpty()) {
            return true;
        }
        for (TermHit o : hits) {
            if (o.term().role() == Term.Role.NEAR
                    && o.field().equals(h.field())
                    && Math.abs(o.firstToken() - h.firstToken()) <= rule.window()) {
                return true;
            }
        }
        return false;
    }

    private static boolean groupsOk(Rule rule, TermHit h, List<TermHit> hits) {
        for (int g = 0; g < rule.all().size(); g++) {
            boolean found = false;
            for (TermHit o : hits) {
                if (o.term().role() == Term.Role.ALL && o.term().group() == g && sameWindow(h, o)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Same field and at most one sentence apart; the whole title is one window. */
    private static boolean sameWindow(TermHit a, TermHit b) {
        return a.field().equals(b.field()) && Math.abs(a.sentence() - b.sentence()) <= 1;
    }
}
