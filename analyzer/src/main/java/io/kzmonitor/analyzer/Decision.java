package io.kzmonitor.analyzer;

import io.kzmonitor.contracts.FlaggedArticle;
import java.util.List;

/**
 * The analyzer's verdict on one article, with its explanation.
 *
 * @param id article id
 * @param relevant true when the article is about Kazakhstan's reforms or diplomacy
 * @param score relevance score in [0,1]
 * @param language identified language (e.g. "ar", "kk", "kk-Latn", "kk-Arab", "zh")
 * @param categories categories with subtopics and their scores
 * @param matches rule evidence with original offsets and sentences
 * @param entities canonical entities mentioned
 * @param anchorPoints Kazakhstan anchor points (title mentions count double)
 * @param signature near-duplicate signature grouping one story across outlets and languages
 * @param rulesetVersion version of the rule set that decided
 */
public record Decision(
        String id,
        boolean relevant,
        double score,
        String language,
        List<FlaggedArticle.Category> categories,
        List<FlaggedArticle.Match> matches,
        List<FlaggedArticle.Entity> entities,
        double anchorPoints,
        String signature,
        String rulesetVersion) {

    /** The category names, in order. */
    public List<String> categoryNames() {
        return categories.stream().map(FlaggedArticle.Category::name).toList();
    }

    /** The distinct subtopics across categories, in order. */
    public List<String> subtopics() {
        return categories.stream()
                .flatMap(c -> c.subtopics().stream())
                .distinct()
                .toList();
    }
}
