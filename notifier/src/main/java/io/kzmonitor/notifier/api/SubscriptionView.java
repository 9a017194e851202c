package io.kzmonitor.notifier.api;

import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionFilter;
import java.util.List;
import java.util.Locale;

/**
 * A subscription as the API shows it: never its webhook secret, only whether it has one (except
 * {@code webhookSecret}, set only in the response to the creation that generated it).
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
 * @param active false while paused
 * @param readOnly true for a subscription from configuration (the API cannot change it)
 * @param webhookSecret the generated secret, in the creation response only; else null (absent)
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
        boolean emailStopped,
        boolean active,
        boolean readOnly,
        String webhookSecret) {

    /** The view of a subscription. */
    public static SubscriptionView of(Subscription s, boolean emailStopped, boolean active, boolean readOnly) {
        return new SubscriptionView(
                s.id(),
                s.team(),
                s.name(),
                s.emails(),
                s.webhook().map(Subscription.WebhookTarget::url).orElse(null),
                s.webhook().map(w -> w.format().name().toLowerCase(Locale.ROOT)).orElse(null),
                s.webhook().flatMap(Subscription.WebhookTarget::secret).isPresent(),
                s.filter(),
                s.digest().map(Object::toString).orElse("instant"),
                emailStopped,
                active,
                readOnly,
                null);
    }

    /** This view with the secret generated at creation, shown this once. */
    public SubscriptionView withGeneratedSecret(String secret) {
        return new SubscriptionView(
                id,
                team,
                name,
                emails,
                webhookUrl,
                webhookFormat,
                webhookSigned,
                filter,
                schedule,
                emailStopped,
                active,
                readOnly,
                secret);
    }

    @Override
    public String toString() {
        return "SubscriptionView[id=" + id + ", team=" + team + "]";
    }
}
