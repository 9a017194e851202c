package io.kzmonitor.analyzer.config;

import io.kzmonitor.analyzer.Analyzer;
import io.kzmonitor.analyzer.ArticleInput;
import io.kzmonitor.analyzer.language.LanguageIdentifier;
import io.kzmonitor.analyzer.rules.RuleSetHolder;
import io.kzmonitor.analyzer.rules.RuleValidationException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Builds the plain decision core from {@link AnalyzerConfig} for CDI, warms it up at startup (Lingua's models load on
 * first use) and, when {@code analyzer.rules-dir} is set, checks the folder for changed rules on a schedule.
 */
@ApplicationScoped
public class AnalyzerBeans {

    private final AnalyzerConfig config;
    private final RuleSetHolder rules;
    private ScheduledExecutorService reloader;

    /** Created by CDI; loads the rules (an invalid rule set stops startup with the file and line). */
    public AnalyzerBeans(AnalyzerConfig config) {
        this.config = config;
        this.rules = new RuleSetHolder(config.rulesDir().map(Path::of).orElse(null));
    }

    /** The analyzer the messaging adapter uses. */
    @Produces
    @Singleton
    public Analyzer analyzer() {
        return new Analyzer(rules, new LanguageIdentifier(), config.minScore());
    }

    void onStart(@Observes StartupEvent event, Analyzer analyzer) {
        analyzer.analyze(new ArticleInput("warm-up", "Kazakhstan", "Astana hosts talks.", null, null));
        Log.infof("analyzer ready: rule set %s, min score %.2f", rules.get().version(), config.minScore());
        config.rulesDir().ifPresent(dir -> {
            reloader = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "rules-reloader");
                t.setDaemon(true);
                return t;
            });
            long every = config.rulesReloadInterval().toMillis();
            reloader.scheduleWithFixedDelay(this::reload, every, every, TimeUnit.MILLISECONDS);
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        if (reloader != null) {
            reloader.shutdownNow();
        }
    }

    private void reload() {
        try {
            if (rules.reloadIfChanged()) {
                Log.infof("rules reloaded: rule set %s", rules.get().version());
            }
        } catch (RuleValidationException e) {
            Log.warnf(
                    "rules not reloaded, previous rule set %s stays in use: %s",
                    rules.get().version(), e.getMessage());
        } catch (RuntimeException e) {
            Log.warnf(
                    e,
                    "rules not reloaded, previous rule set %s stays in use",
                    rules.get().version());
        }
    }
}
