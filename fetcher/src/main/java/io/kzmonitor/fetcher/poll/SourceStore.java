package io.kzmonitor.fetcher.poll;

import java.util.function.BiConsumer;

/** Durable store of the source changes made through the API (key = source id, null value = removed). */
public interface SourceStore {

    /** Starts reading the stored changes back from the beginning, then follows new ones, calling {@code onRecord}. */
    void start(BiConsumer<String, String> onRecord);

    /** Whether every change stored before {@link #start} has been read back. */
    boolean isReady();

    /** Stores a change durably before returning; {@code value} null removes the key. Throws on failure. */
    void save(String sourceId, String value);
}
