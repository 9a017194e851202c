package io.kzmonitor.analyzer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the analyzer service, prefix {@code analyzer}. */
@ConfigMapping(prefix = "analyzer")
public interface AnalyzerConfig {

    /** Default of {@link #minScore()}, shared with the command-line classifier. */
    String DEFAULT_MIN_SCORE = "0.5";

    /** Score in [0,1] at and above which an article is relevant and published on news.flagged; default 0.5. */
    @WithDefault(DEFAULT_MIN_SCORE)
    double minScore();

    /**
     * Folder holding a {@code ruleset.yml} and the rule files it includes; when set, rules load from there and reload
     * when a file changes. Default: none (the rules bundled in the application).
     */
    Optional<String> rulesDir();

    /** How often the rules folder is checked for changes; default 10s. */
    @WithDefault("10s")
    Duration rulesReloadInterval();
}
