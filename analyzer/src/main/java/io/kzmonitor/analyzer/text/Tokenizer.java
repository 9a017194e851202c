package io.kzmonitor.analyzer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a folded text into words and sentences: letters and digits form words, each Han character is a word, and a
 * sentence ends at {@code . ! ? ؟ 。 ！ ？ ;} followed by a space, or at a line break.
 */
public final class Tokenizer {

    private static final String[] NO_VARIANTS = new String[0];

    /** Tokens of {@code folded}, in order. */
    public List<Token> tokenize(String folded) {
        List<Token> tokens = new ArrayList<>(folded.length() / 5 + 4);
        int sentence = 0;
        boolean open = false; // a word since the last boundary: a blank line is one boundary, not two
        int i = 0;
        int n = folded.length();
        while (i < n) {
            char c = folded.charAt(i);
            if (isHan(c)) {
                tokens.add(new Token(String.valueOf(c), i, i + 1, Token.Script.HAN, sentence, NO_VARIANTS));
                open = true;
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(folded.charAt(i)) && !isHan(folded.charAt(i))) {
                    i++;
                }
                String w = folded.substring(start, i);
                Token.Script script = scriptOf(w);
                String[] variants = script == Token.Script.ARABIC ? ArabicClitics.variants(w) : NO_VARIANTS;
                tokens.add(new Token(w, start, i, script, sentence, variants));
                open = true;
            } else {
                if (open && endsSentence(folded, i)) {
                    sentence++;
                    open = false;
                }
                i++;
            }
        }
        return tokens;
    }

    static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        if (c == '\n' || c == '。' || c == '！' || c == '？' || c == '؟') {
            return true;
        }
        if (c == '.' || c == '!' || c == '?' || c == ';') {
            return i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1));
        }
        return false;
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    static Token.Script scriptOf(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isDigit(c)) {
                continue;
            }
            if (c < 0x250) {
                return Token.Script.LATIN;
            }
            if (c >= 0x400 && c < 0x530) {
                return Token.Script.CYRILLIC;
            }
            if (c >= 0x600 && c < 0x700 || c >= 0x750 && c < 0x780) {
                return Token.Script.ARABIC;
            }
            return Token.Script.OTHER;
        }
        return Token.Script.OTHER;
    }
}
