package io.kzmonitor.analyzer.text;

/**
 * A folded copy of a text with, for every folded char, the offset of the original char it came from, so that
 * matches found in the folded text are reported at their original offsets.
 *
 * @param original the text as received
 * @param folded the folded text matching runs on
 * @param toOriginal {@code toOriginal[i]} is the original offset of {@code folded.charAt(i)}
 */
public record NormalizedText(String original, String folded, int[] toOriginal) {

    /** Original start offset of the folded span starting at {@code start}. */
    public int originalStart(int start) {
        return start < toOriginal.length ? toOriginal[start] : original.length();
    }

    /** Original end offset (exclusive) of the folded span ending at {@code end} (exclusive). */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        int last = toOriginal[end - 1];
        int next = end < toOriginal.length ? toOriginal[end] : original.length();
        // an expansion (one original char folded to several) maps several folded chars to one original char
        return Math.max(next, last + 1);
    }
}
