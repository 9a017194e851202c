package io.kzmonitor.analyzer.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Holds the current rule set and swaps it atomically on reload. A reload that fails validation keeps the previous
 * rule set (and reports the error); articles being analysed keep the rule set they started with.
 */
public final class RuleSetHolder implements Supplier<RuleSet> {

    private final RuleLoader loader = new RuleLoader();
    private final Path dir;
    private volatile RuleSet current;
    private volatile long stamp;

    /** Loads the bundled rules ({@code dir} null) or the rules in {@code dir}; fails on an invalid rule set. */
    public RuleSetHolder(Path dir) {
        this.dir = dir;
        this.stamp = dir == null ? 0 : stamp(dir);
        this.current = dir == null ? loader.loadClasspath() : loader.loadDirectory(dir);
    }

    @Override
    public RuleSet get() {
        return current;
    }

    /**
     * Reloads when a file in the rules folder changed since the last load.
     *
     * @return true when a new rule set is now in use
     * @throws RuleValidationException when the changed files are invalid (the previous rule set stays in use)
     */
    public boolean reloadIfChanged() {
        if (dir == null) {
            return false;
        }
        long now = stamp(dir);
        if (now == stamp) {
            return false;
        }
        stamp = now;
        current = loader.loadDirectory(dir);
        return true;
    }

    private static long stamp(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.getLastModifiedTime(p).toMillis() * 31 + Files.size(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list rules folder " + dir, e);
        }
    }
}
