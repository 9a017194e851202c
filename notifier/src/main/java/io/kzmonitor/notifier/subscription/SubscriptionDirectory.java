package io.kzmonitor.notifier.subscription;

import io.kzmonitor.notifier.config.NotifierConfig;
import io.kzmonitor.notifier.config.NotifierConfig.SubscriptionConfig;
import io.kzmonitor.notifier.digest.DigestSchedule;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The subscriptions in force: those of configuration ({@code notifier.subscriptions."<id>".*}, read-only) merged with
 * those created through the API ({@link SubscriptionRecord}s from {@code notifier.subscriptions}); a configured id
 * wins over a stored one.
 */
public final class SubscriptionDirectory {

    private final Map<String, Subscription> byId;
    private final Map<String, Stored> stored = new ConcurrentHashMap<>();

    /** A stored subscription and the record it came from. */
    private record Stored(SubscriptionRecord record, Subscription subscription) {}

    /** A directory of the given (configured) subscriptions. */
    public SubscriptionDirectory(Collection<Subscription> subscriptions) {
        Map<String, Subscription> map = new TreeMap<>();
        subscriptions.forEach(s -> map.put(s.id(), s));
        this.byId = Map.copyOf(map);
    }

    /**
     * Applies a stored record (read back, or just written and acknowledged); ignored when an equal or newer revision
     * is already known or when the id is configured. Returns true when applied.
     */
    public boolean apply(SubscriptionRecord record) {
        if (byId.containsKey(record.id())) {
            return false;
        }
        Stored next = new Stored(record, record.toSubscription());
        Stored now = stored.merge(
                record.id(),
                next,
                (old, fresh) -> fresh.record().revision() > old.record().revision() ? fresh : old);
        return now == next;
    }

    /** Forgets a stored subscription (a tombstone read back, or a delete acknowledged). */
    public void remove(String id) {
        stored.remove(id);
    }

    /** True when the subscription comes from configuration (read-only through the API). */
    public boolean configured(String id) {
        return byId.containsKey(id);
    }

    /** The stored record of an API-created subscription, if any. */
    public Optional<SubscriptionRecord> record(String id) {
        return Optional.ofNullable(stored.get(id)).map(Stored::record);
    }

    /** True unless the subscription was paused through the API. */
    public boolean active(String id) {
        Stored s = stored.get(id);
        return s == null || s.record().active();
    }

    /** The active subscriptions (configured, and stored ones not paused), ordered by id. */
    public Collection<Subscription> active() {
        return all().stream().filter(s -> active(s.id())).toList();
    }

    /** Builds the directory from the notifier configuration. */
    public static SubscriptionDirectory fromConfig(NotifierConfig config) {
        return new SubscriptionDirectory(config.subscriptions().entrySet().stream()
                .map(e -> toSubscription(e.getKey(), e.getValue()))
                .toList());
    }

    private static Subscription toSubscription(String id, SubscriptionConfig c) {
        Optional<Subscription.WebhookTarget> webhook = c.webhookUrl()
                .filter(u -> !u.isBlank())
                .map(u -> new Subscription.WebhookTarget(
                        u.strip(), WebhookFormat.parse(c.webhookFormat()), c.webhookSecret()));
        SubscriptionFilter filter = new SubscriptionFilter(
                set(c.categories()),
                set(c.languages()),
                c.minScore(),
                set(c.subtopics()),
                set(c.sources()),
                set(c.entities()),
                set(c.keywords()));
        Optional<DigestSchedule> digest =
                "instant".equalsIgnoreCase(c.schedule().strip())
                        ? Optional.empty()
                        : Optional.of(DigestSchedule.parse(c.schedule(), c.at(), c.day(), c.zone(), c.sendEmpty()));
        return new Subscription(
                id, c.team(), c.name().orElse(id), c.email().orElse(List.of()), webhook, filter, digest);
    }

    private static Set<String> set(Optional<List<String>> values) {
        return Set.copyOf(values.orElse(List.of()));
    }

    /** Every subscription, paused ones included, ordered by id. */
    public Collection<Subscription> all() {
        Map<String, Subscription> all = new TreeMap<>(byId);
        stored.values().stream()
                .map(Stored::subscription)
                .filter(s -> !byId.containsKey(s.id()))
                .forEach(s -> all.put(s.id(), s));
        return all.values();
    }

    /** The subscription with this id (configured or stored, paused or not), if any. */
    public Optional<Subscription> get(String id) {
        return Optional.ofNullable(byId.get(id))
                .or(() -> Optional.ofNullable(stored.get(id)).map(Stored::subscription));
    }
}
