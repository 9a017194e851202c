package io.kzmonitor.fetcher.poll;

import io.kzmonitor.fetcher.sources.Source;
import io.kzmonitor.fetcher.sources.SourceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The current sources with their status; replacing the definitions keeps the status of unchanged sources. */
public final class SourceRegistry {

    /**
     * A source and its live status.
     *
     * @param source the definition
     * @param status its status
     */
    public record Entry(Source source, SourceStatus status) {}

    private volatile Map<String, Entry> entries = Map.of();

    /** Replaces the definitions; new or changed sources are due at {@code now}. */
    public synchronized void replace(List<Source> sources, Instant now) {
        Map<String, Entry> next = new LinkedHashMap<>();
        for (Source s : sources) {
            Entry old = entries.get(s.id());
            next.put(s.id(), old != null && old.source().equals(s) ? old : new Entry(s, new SourceStatus(now)));
        }
        entries = next;
    }

    /** The sources in file order. */
    public List<Entry> all() {
        return new ArrayList<>(entries.values());
    }
}
