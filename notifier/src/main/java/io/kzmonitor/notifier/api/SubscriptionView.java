package io.kzmonitor.notifier.api;

import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionFilter;
import java.util.List;

/**
 * A subscription as the API shows it: never its webhook secret, only whether it has one.
 *
 * @param id subscription id
 * @param team owning team
 * @param name name
 * @param emails email recipients
 * @param webhookUrl webhook URL, or null
 * @param webhookFormat webhook format, or null
 * @param webhookSigned true when the webhook has a signing secret
 * @param filter the filter
 * @param schedule {@code instant} or the digest schedule
 * @param emailStopped true when its emails were stopped by an unsubscribe link
 */
public record SubscriptionView(
        String id,
        String team,
        String name,
        List<String> emails,
        String webhookUrl,
        String webhookFormat,
        boolean webhookSigned,
        SubscriptionFilter filter,
        String schedule,
        boolean emailStopped) {

    /** The view of a subscription. */
    public static SubscriptionView of(Subscription s, boolean emailStopped) {
        return new SubscriptionView(
                s.id(),
                s.team(),
                s.name(),
                s.emails(),
                s.webhook().map(Subscription.WebhookTarget::url).orElse(null),
                s.webhook()
                        .map(w -> w.format().name().toLowerCase(java.util.Locale.ROOT))
                        .orElse(null),
                s.webhook().flatMap(Subscription.WebhookTarget::secret).isPresent(),
                s.filter(),
                s.digest().map(Object::toString).orElse("instant"),
                emailStopped);
    }
}
