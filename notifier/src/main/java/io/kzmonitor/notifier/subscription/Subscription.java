package io.kzmonitor.notifier.subscription;

import io.kzmonitor.notifier.delivery.Channel;
import io.kzmonitor.notifier.digest.DigestSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscription: who gets which flagged articles, and through which channels.
 *
 * @param id subscription id, unique
 * @param team owning team
 * @param name human name
 * @param emails email recipients, empty for none
 * @param webhook webhook target, empty for none
 * @param filter which articles it wants
 * @param digest when present, emails go out as a digest on this schedule instead of one per article
 */
public record Subscription(
        String id,
        String team,
        String name,
        List<String> emails,
        Optional<WebhookTarget> webhook,
        SubscriptionFilter filter,
        Optional<DigestSchedule> digest) {

    public Subscription {
        Objects.requireNonNull(id, "id");
        team = team == null ? "default" : team;
        name = name == null || name.isBlank() ? id : name;
        emails = emails == null
                ? List.of()
                : emails.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
        webhook = webhook == null ? Optional.empty() : webhook;
        filter = filter == null ? SubscriptionFilter.ANY : filter;
        digest = digest == null ? Optional.empty() : digest;
    }

    /** An instant (non-digest) subscription. */
    public Subscription(
            String id,
            String team,
            String name,
            List<String> emails,
            Optional<WebhookTarget> webhook,
            SubscriptionFilter filter) {
        this(id, team, name, emails, webhook, filter, Optional.empty());
    }

    /** The channels this subscription delivers to, email first. */
    public List<Channel> channels() {
        List<Channel> channels = new ArrayList<>(2);
        if (!emails.isEmpty()) {
            channels.add(Channel.EMAIL);
        }
        if (webhook.isPresent()) {
            channels.add(Channel.WEBHOOK);
        }
        return channels;
    }

    /**
     * Where and how to POST a webhook.
     *
     * @param url the receiver URL
     * @param format body format
     * @param secret Standard Webhooks secret ({@code whsec_...}), empty for unsigned requests; never logged
     */
    public record WebhookTarget(String url, WebhookFormat format, Optional<String> secret) {
        public WebhookTarget {
            Objects.requireNonNull(url, "url");
            format = format == null ? WebhookFormat.JSON : format;
            secret = secret == null ? Optional.empty() : secret.filter(s -> !s.isBlank());
        }

        @Override
        public String toString() {
            return "WebhookTarget[url=" + url + ", format=" + format + ", signed=" + secret.isPresent() + "]";
        }
    }
}
