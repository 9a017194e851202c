package io.kzmonitor.analyzer.rules;

/**
 * One compiled term pattern: a sequence of folded words, each matched exactly or as a prefix ({@code word*}), and,
 * for a case-sensitive term ({@code =US}), the letters the original text must show.
 *
 * @param source the term as written in the rule file
 * @param words the folded words
 * @param prefix {@code prefix[i]} when word i matches any word starting with it
 * @param caseSensitiveLetters the term's letters in original case for a case-sensitive term, else null
 * @param owner the rule or entity the term belongs to
 * @param role what the term does for its owner
 * @param group for {@link Role#ALL}, the index of its group
 */
public record Term(
        String source,
        String[] words,
        boolean[] prefix,
        String caseSensitiveLetters,
        Object owner,
        Role role,
        int group) {

    /** What a term does for its rule or entity. */
    public enum Role {
        /** An entity mention. */
        ENTITY,
        /** Evidence of a rule ("any-of"). */
        ANY,
        /** Member of one of a rule's required groups ("all-of"). */
        ALL,
        /** A rule's exclusion ("none-of"). */
        NONE,
        /** A rule's proximity partner ("near"). */
        NEAR
    }
}
