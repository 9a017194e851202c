package io.kzmonitor.notifier.delivery;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * Which subscriptions this instance owns: those whose key (the subscription id) falls in a partition of
 * {@code notifier.deliveries} assigned to it and read back to its end. Only the owner dispatches a subscription's
 * deliveries and builds its digests, so N instances never do the same work twice in steady state.
 */
public final class Ownership {

    private final ToIntFunction<String> partitionOf;
    private final Set<Integer> live = ConcurrentHashMap.newKeySet();

    /** Ownership over partitions; {@code partitionOf} maps a subscription id to its partition (the producer's). */
    public Ownership(ToIntFunction<String> partitionOf) {
        this.partitionOf = partitionOf;
    }

    /** An instance that owns every subscription (a single instance, or a unit test). */
    public static Ownership everything() {
        Ownership all = new Ownership(id -> 0);
        all.gain(0);
        return all;
    }

    /** The partition of a subscription's deliveries. */
    public int partitionOf(String subscriptionId) {
        return partitionOf.applyAsInt(subscriptionId);
    }

    /** True when this instance dispatches the subscription's deliveries and builds its digests. */
    public boolean owns(String subscriptionId) {
        return live.contains(partitionOf(subscriptionId));
    }

    /** The partition was assigned and read back to its end. */
    public void gain(int partition) {
        live.add(partition);
    }

    /** The partition was revoked or lost. */
    public void lose(int partition) {
        live.remove(partition);
    }

    /** The partitions owned now. */
    public Set<Integer> partitions() {
        return Set.copyOf(live);
    }
}
