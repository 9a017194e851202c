package io.kzmonitor.analyzer.rules;

import io.kzmonitor.analyzer.text.AnalyzedText;
import io.kzmonitor.analyzer.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every term of a rule set in an analysed field in one pass: a character trie over the first word of each term
 * (exact and prefix entries), then a check of the following words. Arabic words are tried in each proclitic-stripped
 * form. Identical patterns (the same words, prefix marks and case letters, e.g. the {@code @relation} list repeated in
 * a dozen rules) are compiled and checked once and report a hit for each term that uses them.
 */
public final class TermIndex {

    /** The trie's first level as a direct table: most words stop after one or two chars. */
    private final Node[] roots = new Node[Character.MAX_VALUE + 1];

    private int size;
    private int patterns;

    /** Adds a compiled term. */
    void add(Term term) {
        String first = term.words()[0];
        Node node = roots[first.charAt(0)];
        if (node == null) {
            node = new Node();
            roots[first.charAt(0)] = node;
        }
        for (int i = 1; i < first.length(); i++) {
            node = node.child(first.charAt(i), true);
        }
        List<Pattern> list = term.prefix()[0] ? node.prefixPatterns : node.exactPatterns;
        Pattern shared = null;
        for (Pattern p : list) {
            if (p.sameAs(term)) {
                shared = p;
                break;
            }
        }
        if (shared == null) {
            shared = new Pattern(term);
            list.add(shared);
            patterns++;
        }
        shared.terms.add(term);
        size++;
    }

    /** Number of terms indexed. */
    public int size() {
        return size;
    }

    /** Number of distinct patterns the terms compile to. */
    public int patterns() {
        return patterns;
    }

    /** Every term occurrence in {@code text}, in token order. */
    public List<TermHit> match(AnalyzedText text) {
        List<TermHit> hits = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.variants().length == 0) {
                collect(text, tokens, i, t.text(), hits);
            } else {
                for (String v : t.variants()) {
                    collect(text, tokens, i, v, hits);
                }
            }
        }
        return hits;
    }

    private void collect(AnalyzedText text, List<Token> tokens, int i, String word, List<TermHit> hits) {
        Node node = roots[word.charAt(0)];
        int k = 1;
        while (node != null) {
            for (Pattern p : node.prefixPatterns) {
                tryPattern(text, tokens, i, p, hits);
            }
            if (k == word.length()) {
                for (Pattern p : node.exactPatterns) {
                    tryPattern(text, tokens, i, p, hits);
                }
                return;
            }
            node = node.child(word.charAt(k++), false);
        }
    }

    private static void tryPattern(AnalyzedText text, List<Token> tokens, int i, Pattern p, List<TermHit> hits) {
        String[] words = p.words;
        if (i + words.length > tokens.size()) {
            return;
        }
        for (int w = 1; w < words.length; w++) {
            if (!wordMatches(tokens.get(i + w), words[w], p.prefix[w])) {
                return;
            }
        }
        Token first = tokens.get(i);
        Token last = tokens.get(i + words.length - 1);
        if (p.caseSensitiveLetters != null) {
            var n = text.normalized();
            String raw = n.original().substring(n.originalStart(first.start()), n.originalEnd(last.end()));
            if (!TermCompiler.lettersOf(raw).equals(p.caseSensitiveLetters)) {
                return;
            }
        }
        if (first.variants().length > 1 && alreadyHit(hits, i, p)) {
            // a pattern matched through two clitic variants of the same word counts once
            return;
        }
        for (Term term : p.terms) {
            hits.add(new TermHit(
                    term, text.field(), i, i + words.length - 1, first.start(), last.end(), first.sentence()));
        }
    }

    private static boolean alreadyHit(List<TermHit> hits, int i, Pattern p) {
        Term firstTerm = p.terms.get(0);
        for (int h = hits.size() - 1; h >= 0 && hits.get(h).firstToken() == i; h--) {
            if (hits.get(h).term() == firstTerm) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordMatches(Token t, String word, boolean prefix) {
        if (t.variants().length == 0) {
            return prefix ? t.text().startsWith(word) : t.text().equals(word);
        }
        for (String v : t.variants()) {
            if (prefix ? v.startsWith(word) : v.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** One compiled word pattern shared by every term written the same way. */
    private static final class Pattern {
        private final String[] words;
        private final boolean[] prefix;
        private final String caseSensitiveLetters;
        private final List<Term> terms = new ArrayList<>(1);

        Pattern(Term t) {
            this.words = t.words();
            this.prefix = t.prefix();
            this.caseSensitiveLetters = t.caseSensitiveLetters();
        }

        boolean sameAs(Term t) {
            return Arrays.equals(words, t.words())
                    && Arrays.equals(prefix, t.prefix())
                    && java.util.Objects.equals(caseSensitiveLetters, t.caseSensitiveLetters());
        }
    }

    /** Trie node with children sorted by char for binary search. */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] kids = new Node[0];
        private final List<Pattern> exactPatterns = new ArrayList<>(1);
        private final List<Pattern> prefixPatterns = new ArrayList<>(1);

        Node child(char c, boolean create) {
            int idx = Arrays.binarySearch(keys, c);
            if (idx >= 0) {
                return kids[idx];
            }
            if (!create) {
                return null;
            }
            int at = -idx - 1;
            char[] k2 = new char[keys.length + 1];
            Node[] n2 = new Node[kids.length + 1];
            System.arraycopy(keys, 0, k2, 0, at);
            System.arraycopy(kids, 0, n2, 0, at);
            k2[at] = c;
            n2[at] = new Node();
            System.arraycopy(keys, at, k2, at + 1, keys.length - at);
            System.arraycopy(kids, at, n2, at + 1, kids.length - at);
            keys = k2;
            kids = n2;
            return n2[at];
        }
    }
}
