package io.kzmonitor.fetcher.extract;

/**
 * One pluggable step of article extraction: reads the page and what earlier steps found from the
 * {@link ExtractionContext}, and records what it finds there. Steps run in the order declared in
 * {@link ArticleExtractor#DEFAULT_STEPS}; a step that fails is skipped, the others still run.
 */
public interface ExtractionStep {

    /** Applies this step to the page. */
    void apply(ExtractionContext context);
}
