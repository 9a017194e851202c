package io.kzmonitor.fetcher.poll;

/** Decides which sources this replica polls, so that no two replicas poll the same source. */
public interface Ownership {

    /** One replica owning every source. */
    Ownership ALL = id -> true;

    /** Whether this replica polls {@code sourceId} now. */
    boolean owns(String sourceId);
}
