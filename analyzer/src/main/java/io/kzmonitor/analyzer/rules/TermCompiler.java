package io.kzmonitor.analyzer.rules;

import io.kzmonitor.analyzer.text.TextNormalizer;
import io.kzmonitor.analyzer.text.Token;
import io.kzmonitor.analyzer.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a term as written in a rule file into a {@link Term}: folded like article text, {@code *} after a word for a
 * prefix (stem) match, a leading {@code =} for a case-sensitive abbreviation; Arabic words lose a leading ال so that
 * definite and indefinite forms both match.
 */
final class TermCompiler {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();

    Term compile(String source, Object owner, Term.Role role, int group) {
        String s = source.strip();
        String caseLetters = null;
        if (s.startsWith("=")) {
            s = s.substring(1);
            caseLetters = lettersOf(s);
        }
        List<String> words = new ArrayList<>();
        List<Boolean> prefix = new ArrayList<>();
        for (String part : s.split("\\s+")) {
            boolean star = part.endsWith("*");
            String body = star ? part.substring(0, part.length() - 1) : part;
            if (body.contains("*")) {
                throw new IllegalArgumentException("'*' is allowed only at the end of a word: " + source);
            }
            List<Token> tokens = tokenizer.tokenize(normalizer.normalize(body).folded());
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String w = t.text();
                if (t.script() == Token.Script.ARABIC && w.startsWith("ال") && w.length() >= 5) {
                    w = w.substring(2);
                }
                words.add(w);
                prefix.add(star && i == tokens.size() - 1);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("term has no letters or digits: '" + source + "'");
        }
        if (prefix.get(0) && words.size() == 1 && words.get(0).length() < 3) {
            throw new IllegalArgumentException("prefix term too short (3 letters minimum): '" + source + "'");
        }
        boolean[] p = new boolean[prefix.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = prefix.get(i);
        }
        return new Term(source, words.toArray(new String[0]), p, caseLetters, owner, role, group);
    }

    static String lettersOf(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
