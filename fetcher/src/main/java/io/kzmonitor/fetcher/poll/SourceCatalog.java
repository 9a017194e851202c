package io.kzmonitor.fetcher.poll;

import io.kzmonitor.fetcher.poll.SourceRegistry.Definition;
import io.kzmonitor.fetcher.poll.SourceRegistry.Origin;
import io.kzmonitor.fetcher.sources.Source;
import io.kzmonitor.fetcher.sources.SourceOverride;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Merges the sources of the YAML file with the changes made through the API (stored durably by a
 * {@link SourceStore}) into the {@link SourceRegistry}. File-defined sources can be paused and resumed through the
 * API, not edited or removed; API-defined sources can be added, updated, paused, resumed and removed.
 */
public final class SourceCatalog {

    private static final Logger LOG = Logger.getLogger(SourceCatalog.class);

    /** Why an API change was refused. */
    public enum Refusal {
        /** An invalid definition (HTTP 400). */
        INVALID,
        /** The change conflicts with the current sources (HTTP 409). */
        CONFLICT,
        /** No such source (HTTP 404). */
        NOT_FOUND
    }

    /** An API change that was refused; names the field at fault. */
    public static final class RefusedException extends RuntimeException {
        private final Refusal refusal;
        private final String field;

        /** Creates a refusal naming {@code field}. */
        public RefusedException(Refusal refusal, String field, String message) {
            super(field + ": " + message);
            this.refusal = refusal;
            this.field = field;
        }

        /** The kind of refusal. */
        public Refusal refusal() {
            return refusal;
        }

        /** The field at fault. */
        public String field() {
            return field;
        }
    }

    private final SourceRegistry registry;
    private final SourceStore store;
    private final Clock clock;
    private List<Source> fileSources = List.of();
    private final Map<String, SourceOverride> overrides = new TreeMap<>();
    /**
     * Per source id, how many of this catalog's own writes have not come back from the store's log yet. The log is
     * keyed by id, so they come back in order: a record read back while one is outstanding is not newer than the
     * state this catalog already has, and applying it would briefly undo a later write (a removed source coming
     * back until its tombstone is read).
     */
    private final Map<String, Integer> unechoed = new HashMap<>();

    /** Creates a catalog publishing into {@code registry} and storing API changes in {@code store}. */
    public SourceCatalog(SourceRegistry registry, SourceStore store, Clock clock) {
        this.registry = registry;
        this.store = store;
        this.clock = clock;
    }

    /** Sets the sources read from the file. */
    public synchronized void setFileSources(List<Source> sources) {
        fileSources = List.copyOf(sources);
        publish();
    }

    /** Applies one stored change read back from the store; an unreadable value is logged and ignored. */
    public synchronized void applyStored(String id, String value) {
        if (id == null) {
            return;
        }
        Integer outstanding = unechoed.get(id);
        if (outstanding != null) {
            if (outstanding == 1) {
                unechoed.remove(id);
            } else {
                unechoed.put(id, outstanding - 1);
            }
            return;
        }
        if (value == null) {
            overrides.remove(id);
        } else {
            try {
                SourceOverride o = SourceOverride.fromJson(value);
                if (o.definition() != null && !o.definition().id().equals(id)) {
                    throw new IllegalArgumentException(
                            "key " + id + " holds source " + o.definition().id());
                }
                overrides.put(id, o);
            } catch (IllegalArgumentException e) {
                LOG.warnf("stored source %s ignored: %s", id, e.getMessage());
                return;
            }
        }
        publish();
    }

    /** Adds an API-defined source; refused when the id is taken. */
    public synchronized void add(Source source) {
        if (isFileDefined(source.id()) || overrides.containsKey(source.id())) {
            throw new RefusedException(Refusal.CONFLICT, "id", "duplicate id " + source.id());
        }
        save(source.id(), new SourceOverride(source, false));
    }

    /** Replaces the definition of an API-defined source, keeping its pause flag. */
    public synchronized void update(String id, Source source) {
        if (!source.id().equals(id)) {
            throw new RefusedException(Refusal.INVALID, "id", "must be " + id + " (the id in the path)");
        }
        refuseFileDefined(id, "edit the sources file to change it");
        SourceOverride old = overrides.get(id);
        if (old == null || old.definition() == null) {
            throw new RefusedException(Refusal.NOT_FOUND, "id", "no source " + id);
        }
        save(id, new SourceOverride(source, old.paused()));
    }

    /** Pauses or resumes a source (durably, also for a file-defined one). */
    public synchronized void setPaused(String id, boolean paused) {
        SourceOverride old = overrides.get(id);
        if (isFileDefined(id)) {
            save(id, paused ? new SourceOverride(null, true) : null);
        } else if (old != null && old.definition() != null) {
            save(id, new SourceOverride(old.definition(), paused));
        } else {
            throw new RefusedException(Refusal.NOT_FOUND, "id", "no source " + id);
        }
    }

    /** Removes an API-defined source. */
    public synchronized void remove(String id) {
        refuseFileDefined(id, "remove it from the sources file, or pause it");
        SourceOverride old = overrides.get(id);
        if (old == null || old.definition() == null) {
            throw new RefusedException(Refusal.NOT_FOUND, "id", "no source " + id);
        }
        save(id, null);
    }

    private void save(String id, SourceOverride override) {
        store.save(id, override == null ? null : override.toJson());
        unechoed.merge(id, 1, Integer::sum);
        if (override == null) {
            overrides.remove(id);
        } else {
            overrides.put(id, override);
        }
        publish();
    }

    private void refuseFileDefined(String id, String hint) {
        if (isFileDefined(id)) {
            throw new RefusedException(
                    Refusal.CONFLICT, "id", "source " + id + " is defined in the sources file: " + hint);
        }
    }

    private boolean isFileDefined(String id) {
        return fileSources.stream().anyMatch(s -> s.id().equals(id));
    }

    private void publish() {
        List<Definition> all = new ArrayList<>();
        for (Source s : fileSources) {
            SourceOverride o = overrides.get(s.id());
            all.add(new Definition(s, o != null && o.paused(), Origin.FILE));
        }
        overrides.forEach((id, o) -> {
            if (o.definition() != null && !isFileDefined(id)) {
                all.add(new Definition(o.definition(), o.paused(), Origin.API));
            }
        });
        registry.replaceDefinitions(all, clock.instant());
    }
}
