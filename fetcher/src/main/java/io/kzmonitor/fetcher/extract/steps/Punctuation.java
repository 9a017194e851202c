package io.kzmonitor.fetcher.extract.steps;

/** Sentence punctuation of the scripts we handle (Latin, Cyrillic, Arabic, CJK). */
final class Punctuation {

    private Punctuation() {}

    static boolean endsSentence(String text) {
        String t = text.stripTrailing();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return ".!?。！？؟…»\"'”\u3002".indexOf(c) >= 0;
    }
}
