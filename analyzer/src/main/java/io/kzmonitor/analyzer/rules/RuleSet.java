package io.kzmonitor.analyzer.rules;

import java.util.List;

/**
 * A loaded, validated rule set: entities, rules, thresholds and the compiled term index. Immutable and thread-safe.
 *
 * @param version rule-set version: the manifest's {@code version} plus a short hash of the file contents
 * @param minAnchor anchor points an article needs before any rule can make it relevant (a title mention counts
 *     double)
 * @param minCategoryScore score a category needs to be reported
 * @param languageAnchor anchor points an article gets from its language alone (Kazakh-language outlets are
 *     Kazakhstan's own press), by language code
 * @param entities the gazetteer
 * @param rules the rules
 * @param index every term of entities and rules, compiled
 */
public record RuleSet(
        String version,
        double minAnchor,
        double minCategoryScore,
        java.util.Map<String, Double> languageAnchor,
        List<EntityDef> entities,
        List<Rule> rules,
        TermIndex index) {}
