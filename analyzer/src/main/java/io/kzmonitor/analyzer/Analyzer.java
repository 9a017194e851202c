package io.kzmonitor.analyzer;

import io.kzmonitor.analyzer.language.LanguageIdentifier;
import io.kzmonitor.analyzer.rules.RuleSet;
import io.kzmonitor.analyzer.rules.TermHit;
import io.kzmonitor.analyzer.scoring.Scorer;
import io.kzmonitor.analyzer.signature.StorySignature;
import io.kzmonitor.analyzer.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The decision core, plain Java: folds and tokenises title and text, finds every rule and entity term in one pass,
 * scores, identifies the language and signs the story. Thread-safe; the rule set is read once per article, so a
 * reload never changes the rules under an article being analysed.
 */
public final class Analyzer {

    private final Supplier<RuleSet> rules;
    private final LanguageIdentifier languages;
    private final Scorer scorer = new Scorer();
    private final double minScore;

    /** Creates an analyzer reading the current rule set from {@code rules}, flagging at {@code minScore} and above. */
    public Analyzer(Supplier<RuleSet> rules, LanguageIdentifier languages, double minScore) {
        this.rules = rules;
        this.languages = languages;
        this.minScore = minScore;
    }

    /** Analyses one article. */
    public Decision analyze(ArticleInput article) {
        RuleSet ruleSet = rules.get();
        AnalyzedText title = AnalyzedText.of("title", article.title());
        AnalyzedText text = AnalyzedText.of("text", article.text());
        List<TermHit> hits = new ArrayList<>(ruleSet.index().match(title));
        hits.addAll(ruleSet.index().match(text));
        String language = languages.identify(article.title(), article.text(), article.languageHint());
        Scorer.Scored s = scorer.score(ruleSet, title, text, hits, language, minScore);
        List<String> subtopics =
                s.categories().stream().flatMap(c -> c.subtopics().stream()).toList();
        return new Decision(
                article.id(),
                s.relevant(),
                s.score(),
                language,
                s.categories(),
                s.matches(),
                s.entities(),
                s.anchorPoints(),
                StorySignature.of(article.publishedAt(), s.categories(), s.matches()),
                ruleSet.version());
    }
}
