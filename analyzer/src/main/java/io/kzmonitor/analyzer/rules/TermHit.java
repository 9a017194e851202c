package io.kzmonitor.analyzer.rules;

/**
 * A term found in one field of an article.
 *
 * @param term the term
 * @param field {@code title} or {@code text}
 * @param firstToken index of the first matched word
 * @param lastToken index of the last matched word
 * @param start start offset in the folded field text
 * @param end end offset (exclusive) in the folded field text
 * @param sentence sentence index of the first word
 */
public record TermHit(Term term, String field, int firstToken, int lastToken, int start, int end, int sentence) {}
