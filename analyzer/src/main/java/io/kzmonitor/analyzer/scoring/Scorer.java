package io.kzmonitor.analyzer.scoring;

import io.kzmonitor.analyzer.rules.EntityDef;
import io.kzmonitor.analyzer.rules.Rule;
import io.kzmonitor.analyzer.rules.RuleSet;
import io.kzmonitor.analyzer.rules.TermHit;
import io.kzmonitor.analyzer.text.AnalyzedText;
import io.kzmonitor.contracts.FlaggedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the term hits of an article into a score, categories, matches and entities.
 *
 * <p>A firing rule adds {@code weight × (1 + 0.3 × min(valid hits − 1, 3))}; the score is {@code 1 − e^(−sum)} over
 * positive and negative rules. When the article lacks the Kazakhstan anchor points of the rule set (Kazakhstan must be
 * a principal actor, not a venue or a name in a list) or a rival actor dominates, the score is scaled into [0, 0.5)
 * and the article is not relevant.
 */
public final class Scorer {

    private static final int MAX_MATCHES = 40;

    private record Evidence(Rule rule, TermHit h) {
        TermHit hit() {
            return h;
        }
    }

    /** Result of scoring, before language and signature are attached. */
    public record Scored(
            boolean relevant,
            double score,
            List<FlaggedArticle.Category> categories,
            List<FlaggedArticle.Match> matches,
            List<FlaggedArticle.Entity> entities,
            double anchorPoints) {}

    /** Sentences from which an article counts as long wire copy for {@link #passingMention}. */
    static final int LONG_ARTICLE_SENTENCES = 6;

    /**
     * Scores the hits of {@code title} and {@code text} (in {@code language}) against {@code rules} with the relevance
     * bar {@code minScore}.
     */
    public Scored score(
            RuleSet rules,
            AnalyzedText title,
            AnalyzedText text,
            List<TermHit> hits,
            String language,
            double minScore) {
        Anchoring anchoring = new Anchoring(hits, rules.languageAnchor().getOrDefault(language, 0.0));
        Map<Rule, List<TermHit>> byRule = new IdentityHashMap<>();
        Map<EntityDef, Integer> mentions = new LinkedHashMap<>();
        for (TermHit h : hits) {
            Object owner = h.term().owner();
            if (owner instanceof Rule r) {
                byRule.computeIfAbsent(r, k -> new ArrayList<>()).add(h);
            } else if (owner instanceof EntityDef e && !e.corefers()) {
                // a country-level reference ("the head of state") anchors but is not a canonical entity
                mentions.merge(e, 1, Integer::sum);
            }
        }
        Map<String, Double> categorySums = new LinkedHashMap<>();
        Map<String, Set<String>> subtopics = new LinkedHashMap<>();
        List<Evidence> evidence = new ArrayList<>();
        double positive = 0;
        double negative = 0;
        for (Rule rule : rules.rules()) {
            List<TermHit> ruleHits = byRule.get(rule);
            if (ruleHits == null) {
                continue;
            }
            List<TermHit> valid = RuleEvaluator.validHits(rule, ruleHits, anchoring, 3 * rules.minAnchor());
            if (valid.isEmpty()) {
                continue;
            }
            if (rule.weight() < 0) {
                negative += negativeContribution(rule, valid);
                continue;
            }
            double contribution = rule.weight() * (1 + 0.3 * Math.min(valid.size() - 1, 3));
            positive += contribution;
            categorySums.merge(rule.category(), contribution, Double::sum);
            if (rule.subtopic() != null) {
                subtopics
                        .computeIfAbsent(rule.category(), k -> new LinkedHashSet<>())
                        .add(rule.subtopic());
            }
            for (TermHit h : valid) {
                evidence.add(new Evidence(rule, h));
            }
        }
        double anchorFactor = Math.min(1, anchoring.points() / rules.minAnchor());
        if (anchoring.rivalPoints() > 2 * anchoring.points()) {
            anchorFactor *= 0.5;
        }
        if (passingMention(anchoring, text, rules.languageAnchor().getOrDefault(language, 0.0))) {
            anchorFactor *= 0.5;
        }
        double raw = Math.max(0, positive + negative);
        double score = 1 - Math.exp(-raw);
        if (anchorFactor < 1) {
            // Kazakhstan is not a principal actor: the score stays below one half whatever the topic evidence
            score *= 0.5 * anchorFactor;
        }
        score = round(score);
        boolean relevant = score >= minScore && anchorFactor >= 1;
        List<FlaggedArticle.Category> categories = categories(rules, categorySums, subtopics, relevant);
        // titles first, then text order; only the reported matches pay for their sentence
        evidence.sort(Comparator.comparing((Evidence e) -> !e.hit().field().equals("title"))
                .thenComparingInt(e -> e.hit().start()));
        List<FlaggedArticle.Match> matches = new ArrayList<>();
        for (Evidence e : evidence.subList(0, Math.min(MAX_MATCHES, evidence.size()))) {
            matches.add(toMatch(e.rule(), e.hit(), e.hit().field().equals("title") ? title : text));
        }
        List<FlaggedArticle.Entity> entities = new ArrayList<>();
        mentions.forEach((e, n) -> entities.add(new FlaggedArticle.Entity(e.id(), e.name(), e.kind(), n)));
        entities.sort(Comparator.comparingInt(FlaggedArticle.Entity::mentions).reversed());
        return new Scored(relevant, score, categories, matches, entities, anchoring.points());
    }

    /**
     * True when a long article (at least {@link #LONG_ARTICLE_SENTENCES} sentences) outside Kazakhstan's own press
     * names Kazakhstan in one sentence only and not in its title: a venue or a name in a list, not a principal actor.
     */
    static boolean passingMention(Anchoring anchoring, AnalyzedText text, double languagePoints) {
        if (anchoring.inTitle() || languagePoints > 0 || text.tokens().isEmpty()) {
            return false;
        }
        int sentences = text.tokens().get(text.tokens().size() - 1).sentence() + 1;
        return sentences >= LONG_ARTICLE_SENTENCES && anchoring.textSentenceCount() < 2;
    }

    /**
     * A negative rule counts in full when it is a topic of the article (two or more hits, or one in the title), half
     * for a single passing mention ("... since the 2022 events in which 238 people died").
     */
    private static double negativeContribution(Rule rule, List<TermHit> valid) {
        boolean inTitle = valid.stream().anyMatch(h -> h.field().equals("title"));
        if (inTitle || valid.size() >= 2) {
            return rule.weight() * (1 + 0.3 * Math.max(0, Math.min(valid.size() - 2, 3)));
        }
        return rule.weight() * 0.5;
    }

    private static List<FlaggedArticle.Category> categories(
            RuleSet rules, Map<String, Double> sums, Map<String, Set<String>> subtopics, boolean relevant) {
        List<FlaggedArticle.Category> out = new ArrayList<>();
        if (!relevant) {
            return out;
        }
        String best = null;
        for (Map.Entry<String, Double> e : sums.entrySet()) {
            double s = round(1 - Math.exp(-e.getValue()));
            if (best == null || e.getValue() > sums.get(best)) {
                best = e.getKey();
            }
            if (s >= rules.minCategoryScore()) {
                out.add(new FlaggedArticle.Category(
                        e.getKey(), List.copyOf(subtopics.getOrDefault(e.getKey(), Set.of())), s));
            }
        }
        if (out.isEmpty() && best != null) {
            out.add(new FlaggedArticle.Category(
                    best, List.copyOf(subtopics.getOrDefault(best, Set.of())), round(1 - Math.exp(-sums.get(best)))));
        }
        out.sort(Comparator.comparingDouble(FlaggedArticle.Category::score).reversed());
        return out;
    }

    private static FlaggedArticle.Match toMatch(Rule rule, TermHit h, AnalyzedText field) {
        var n = field.normalized();
        int start = n.originalStart(h.start());
        int end = n.originalEnd(h.end());
        return new FlaggedArticle.Match(
                rule.id(),
                rule.category(),
                rule.subtopic(),
                n.original().substring(start, end),
                h.field(),
                start,
                end,
                field.sentence(h.sentence()));
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
