package io.kzmonitor.analyzer.text;

import java.util.List;

/**
 * A field of an article (title or text) folded and tokenised, ready for matching.
 *
 * @param field {@code title} or {@code text}
 * @param normalized the folded text with its offset map
 * @param tokens the words, in order
 */
public record AnalyzedText(String field, NormalizedText normalized, List<Token> tokens) {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final Tokenizer TOKENIZER = new Tokenizer();

    /** Folds and tokenises {@code text} as the field {@code field}. */
    public static AnalyzedText of(String field, String text) {
        NormalizedText n = NORMALIZER.normalize(text);
        return new AnalyzedText(field, n, TOKENIZER.tokenize(n.folded()));
    }

    /** The original sentence with index {@code sentence} (as in {@link Token#sentence()}), trimmed, at most 400 chars. */
    public String sentence(int sentence) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).sentence() < sentence) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (tokens.isEmpty() || tokens.get(lo).sentence() != sentence) {
            return "";
        }
        int first = lo;
        int last = lo;
        while (last + 1 < tokens.size() && tokens.get(last + 1).sentence() == sentence) {
            last++;
        }
        String f = normalized.folded();
        int end = tokens.get(last).end();
        while (end < f.length() && !Character.isWhitespace(f.charAt(end)) && !Tokenizer.endsSentence(f, end)) {
            end++;
        }
        if (end < f.length() && Tokenizer.endsSentence(f, end) && f.charAt(end) != '\n') {
            end++;
        }
        String s = normalized
                .original()
                .substring(normalized.originalStart(tokens.get(first).start()), normalized.originalEnd(end))
                .strip();
        return s.length() <= 400 ? s : s.substring(0, 400) + "…";
    }
}
