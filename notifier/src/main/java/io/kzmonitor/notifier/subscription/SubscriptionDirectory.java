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

/** The subscriptions in force, read from configuration ({@code notifier.subscriptions."<id>".*}). */
public final class SubscriptionDirectory {

    private final Map<String, Subscription> byId;

    /** A directory of the given subscriptions. */
    public SubscriptionDirectory(Collection<Subscription> subscriptions) {
        Map<String, Subscription> map = new TreeMap<>();
        subscriptions.forEach(s -> map.put(s.id(), s));
        this.byId = Map.copyOf(map);
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

    /** Every subscription, ordered by id. */
    public Collection<Subscription> all() {
        return new TreeMap<>(byId).values();
    }

    /** The subscription with this id, if any. */
    public Optional<Subscription> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
