package io.kzmonitor.fetcher.dedup;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What has been published: article id to content hash and revision. Decides whether an extracted article is new,
 * an update of a published one (a different content hash) or a repeat. Rebuilt at start from
 * {@code news.articles} so that a restart re-publishes nothing.
 */
public final class SeenState {

    /** The decision for one extracted article. */
    public enum Kind {
        NEW,
        UPDATED,
        UNCHANGED
    }

    /**
     * A decision and the revision to publish with.
     *
     * @param kind new, updated or unchanged
     * @param revision the revision to publish (1 for new, previous + 1 for an update)
     */
    public record Decision(Kind kind, int revision) {}

    private record Entry(String contentHash, int revision) {}

    private final ConcurrentHashMap<String, Entry> seen = new ConcurrentHashMap<>();

    /** Decides what to do with an article with this id and content hash. */
    public Decision decide(String id, String contentHash) {
        Entry e = seen.get(id);
        if (e == null) {
            return new Decision(Kind.NEW, 1);
        }
        if (e.contentHash().equals(contentHash)) {
            return new Decision(Kind.UNCHANGED, e.revision());
        }
        return new Decision(Kind.UPDATED, e.revision() + 1);
    }

    /** Records a published article (or one read back from the topic); the highest revision wins. */
    public void record(String id, String contentHash, int revision) {
        seen.merge(id, new Entry(contentHash, revision), (old, neu) -> neu.revision() >= old.revision() ? neu : old);
    }

    /** Number of articles known. */
    public int size() {
        return seen.size();
    }
}
