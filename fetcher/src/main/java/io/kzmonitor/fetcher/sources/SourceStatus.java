package io.kzmonitor.fetcher.sources;

import java.time.Instant;

/**
 * The live status of one source, shown by {@code GET /sources}: thread-safe, updated by the poller.
 */
public final class SourceStatus {

    private Instant lastRunAt;
    private Instant lastSuccessAt;
    private Instant lastErrorAt;
    private String lastError;
    private String lastOutcome;
    private int itemsFound;
    private long published;
    private int consecutiveFailures;
    private Instant nextRunAt;
    private boolean running;

    /** Creates a status whose first run is due at {@code firstRun}. */
    public SourceStatus(Instant firstRun) {
        this.nextRunAt = firstRun;
    }

    /** Marks the source as running if it is due and not already running; returns whether it was claimed. */
    public synchronized boolean claimIfDue(Instant now) {
        if (running || now.isBefore(nextRunAt)) {
            return false;
        }
        running = true;
        lastRunAt = now;
        return true;
    }

    /** Records a successful run. */
    public synchronized void succeeded(Instant now, String outcome, int items, int newlyPublished, Instant next) {
        running = false;
        lastSuccessAt = now;
        lastOutcome = outcome;
        if (items >= 0) {
            itemsFound = items;
        }
        published += newlyPublished;
        consecutiveFailures = 0;
        nextRunAt = next;
    }

    /** Records a failed run; returns the number of consecutive failures including this one. */
    public synchronized int failed(Instant now, String cause) {
        running = false;
        lastErrorAt = now;
        lastError = cause;
        lastOutcome = "FAILED";
        return ++consecutiveFailures;
    }

    /** Records an error that did not fail the run (one article page of a feed). */
    public synchronized void noteError(Instant now, String cause) {
        lastErrorAt = now;
        lastError = cause;
    }

    /** Sets the next run. */
    public synchronized void scheduleAt(Instant next) {
        nextRunAt = next;
    }

    /** An immutable copy for the REST API. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(
                lastRunAt,
                lastSuccessAt,
                lastErrorAt,
                lastError,
                lastOutcome,
                itemsFound,
                published,
                consecutiveFailures,
                nextRunAt,
                running);
    }

    /**
     * A point-in-time copy of a source status.
     *
     * @param lastRunAt when the last poll started
     * @param lastSuccessAt when a poll last succeeded
     * @param lastErrorAt when the last error happened
     * @param lastError the last error with its cause
     * @param lastOutcome outcome of the last poll
     * @param itemsFound items the last successful poll found
     * @param published articles published (new or updated) since start
     * @param consecutiveFailures failed polls in a row
     * @param nextRunAt when the next poll is due
     * @param running whether a poll is running now
     */
    public record Snapshot(
            Instant lastRunAt,
            Instant lastSuccessAt,
            Instant lastErrorAt,
            String lastError,
            String lastOutcome,
            int itemsFound,
            long published,
            int consecutiveFailures,
            Instant nextRunAt,
            boolean running) {}
}
