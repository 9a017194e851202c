package io.kzmonitor.fetcher.poll;

/** {@link Ownership} that must be started (joins the replicas' group) and can be closed (leaves it). */
public interface ShardOwnership extends Ownership, AutoCloseable {

    /** Starts taking part in the sharding; owns nothing until its share is known. */
    void start();

    /** Leaves the sharding, handing this replica's sources to the others. */
    @Override
    void close();
}
