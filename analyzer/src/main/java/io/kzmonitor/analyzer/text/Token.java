package io.kzmonitor.analyzer.text;

/**
 * One word of a folded text (a Chinese character is one token on its own).
 *
 * @param text the folded word
 * @param start start offset in the folded text
 * @param end end offset (exclusive) in the folded text
 * @param script the word's script
 * @param sentence index of the sentence the word is in
 * @param variants for Arabic-script words, the word and its forms without proclitics (و ف ب ل ك and ال), else
 *     just the word
 */
public record Token(String text, int start, int end, Script script, int sentence, String[] variants) {

    /** Script of a token, from its first letter. */
    public enum Script {
        LATIN,
        CYRILLIC,
        ARABIC,
        HAN,
        OTHER
    }
}
