package io.kzmonitor.analyzer.rules;

import java.util.List;

/**
 * A weighted rule: evidence terms ("any-of") that count only when every required group ("all-of") and, if given, a
 * proximity partner ("near", within {@code window} words) are present in the same sentence window, no exclusion
 * ("none-of") is, and the Kazakhstan anchor requirement holds.
 *
 * @param id rule id, e.g. {@code reforms.referendum}
 * @param category {@code reforms}, {@code diplomacy} or {@code negative}
 * @param subtopic subtopic label, may be null
 * @param weight score contribution of a firing rule (negative for a {@code negative} rule)
 * @param anchor where a Kazakhstan anchor must appear
 * @param any evidence terms
 * @param all required groups of terms
 * @param none exclusion terms
 * @param near proximity partners, empty when none
 * @param window proximity window in words for {@code near} and {@code all}
 * @param location file and line of the rule, for messages
 */
public record Rule(
        String id,
        String category,
        String subtopic,
        double weight,
        Anchor anchor,
        List<String> any,
        List<List<String>> all,
        List<String> none,
        List<String> near,
        int window,
        String location) {

    /** Where a rule needs a Kazakhstan anchor. */
    public enum Anchor {
        /** In the same or an adjacent sentence, or in the title. */
        SENTENCE,
        /** Anywhere in the article (the article-level anchor minimum always applies). */
        ARTICLE,
        /** The rule is itself Kazakhstan-specific. */
        NONE
    }
}
