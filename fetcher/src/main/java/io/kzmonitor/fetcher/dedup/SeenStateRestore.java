package io.kzmonitor.fetcher.dedup;

/** Rebuilds the {@link SeenState} at start; polling waits until it is done. */
public interface SeenStateRestore {

    /** Whether the seen-state is ready (restored, skipped or given up on). */
    boolean isDone();
}
