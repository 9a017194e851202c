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

    /** Where a source is defined. */
    public enum Origin {
        /** The YAML sources file. */
        FILE,
        /** The REST API (stored in {@code fetcher.sources}). */
        API
    }

    /**
     * A source definition with its pause flag and origin.
     *
     * @param source the definition
     * @param paused whether polling is paused
     * @param origin where it is defined
     */
    public record Definition(Source source, boolean paused, Origin origin) {}

    /**
     * A source and its live status.
     *
     * @param source the definition
     * @param status its status
     * @param paused whether polling is paused
     * @param origin where it is defined
     */
    public record Entry(Source source, SourceStatus status, boolean paused, Origin origin) {
        /** An entry of an unpaused file-defined source. */
        public Entry(Source source, SourceStatus status) {
            this(source, status, false, Origin.FILE);
        }
    }

    private volatile Map<String, Entry> entries = Map.of();

    /** Replaces the definitions of unpaused file-defined sources; new or changed sources are due at {@code now}. */
    public void replace(List<Source> sources, Instant now) {
        replaceDefinitions(
                sources.stream().map(s -> new Definition(s, false, Origin.FILE)).toList(), now);
    }

    /** Replaces the definitions; new or changed sources are due at {@code now}, the others keep their status. */
    public synchronized void replaceDefinitions(List<Definition> definitions, Instant now) {
        Map<String, Entry> next = new LinkedHashMap<>();
        for (Definition d : definitions) {
            Entry old = entries.get(d.source().id());
            SourceStatus status = old != null && old.source().equals(d.source()) ? old.status() : new SourceStatus(now);
            next.put(d.source().id(), new Entry(d.source(), status, d.paused(), d.origin()));
        }
        entries = next;
    }

    /** The sources: file order, then API-defined ones by id. */
    public List<Entry> all() {
        return new ArrayList<>(entries.values());
    }

    /** One source, or null. */
    public Entry get(String id) {
        return entries.get(id);
    }
}
