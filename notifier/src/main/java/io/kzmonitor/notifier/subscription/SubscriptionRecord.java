package io.kzmonitor.notifier.subscription;

import io.kzmonitor.notifier.digest.DigestSchedule;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A subscription created through the API, the value on the compacted {@code notifier.subscriptions} (key =
 * subscription id, null value = deleted); fields mirror the {@code notifier.subscriptions."<id>".*} settings.
 *
 * @param type record type with version, {@value #TYPE}
 * @param id subscription id
 * @param team owning team
 * @param name human name
 * @param emails email recipients
 * @param webhookUrl webhook URL, or null
 * @param webhookFormat {@code json}, {@code cloudevents}, {@code slack} or {@code teams}, or null
 * @param webhookSecret Standard Webhooks secret; stored for signing, never returned by the API nor logged
 * @param categories category filter
 * @param subtopics subtopic filter
 * @param languages language filter
 * @param sources source filter
 * @param entities entity filter
 * @param keywords keyword filter
 * @param minScore minimum score
 * @param schedule {@code instant}, {@code hourly}, {@code daily} or {@code weekly}
 * @param at local digest time {@code HH:mm}
 * @param day day of a weekly digest
 * @param zone IANA zone of the digest time
 * @param sendEmpty send empty digests
 * @param active false while paused
 * @param emailStopped true once its emails were stopped by the one-click unsubscribe link
 * @param revision incremented on every write, so a replica never applies an older write over a newer one
 * @param updatedAt time of the write
 */
public record SubscriptionRecord(
        String type,
        String id,
        String team,
        String name,
        List<String> emails,
        String webhookUrl,
        String webhookFormat,
        String webhookSecret,
        List<String> categories,
        List<String> subtopics,
        List<String> languages,
        List<String> sources,
        List<String> entities,
        List<String> keywords,
        Double minScore,
        String schedule,
        String at,
        String day,
        String zone,
        Boolean sendEmpty,
        Boolean active,
        Boolean emailStopped,
        long revision,
        Instant updatedAt) {

    /** Record type and version. */
    public static final String TYPE = "notifier.subscription.v1";

    public SubscriptionRecord {
        type = type == null ? TYPE : type;
        emails = list(emails);
        categories = list(categories);
        subtopics = list(subtopics);
        languages = list(languages);
        sources = list(sources);
        entities = list(entities);
        keywords = list(keywords);
        minScore = minScore == null ? 0 : minScore;
        schedule = blank(schedule) ? "instant" : schedule.strip().toLowerCase(Locale.ROOT);
        at = blank(at) ? "08:00" : at.strip();
        day = blank(day) ? "monday" : day.strip().toLowerCase(Locale.ROOT);
        zone = blank(zone) ? "UTC" : zone.strip();
        sendEmpty = sendEmpty != null && sendEmpty;
        active = active == null || active;
        emailStopped = emailStopped != null && emailStopped;
        webhookUrl = blank(webhookUrl) ? null : webhookUrl.strip();
        webhookFormat = blank(webhookFormat) ? "json" : webhookFormat.strip().toLowerCase(Locale.ROOT);
        webhookSecret = blank(webhookSecret) ? null : webhookSecret.strip();
    }

    /** The subscription this record describes; call only on a record that passed {@link SubscriptionValidator}. */
    public Subscription toSubscription() {
        Optional<Subscription.WebhookTarget> webhook = Optional.ofNullable(webhookUrl)
                .map(u -> new Subscription.WebhookTarget(
                        u, WebhookFormat.parse(webhookFormat), Optional.ofNullable(webhookSecret)));
        SubscriptionFilter filter = new SubscriptionFilter(
                Set.copyOf(categories),
                Set.copyOf(languages),
                minScore,
                Set.copyOf(subtopics),
                Set.copyOf(sources),
                Set.copyOf(entities),
                Set.copyOf(keywords));
        Optional<DigestSchedule> digest = "instant".equals(schedule)
                ? Optional.empty()
                : Optional.of(DigestSchedule.parse(schedule, at, day, zone, sendEmpty));
        return new Subscription(id, team, name, emails, webhook, filter, digest);
    }

    /** This record as the next write: revision + 1, at {@code now}, with {@code active} and {@code emailStopped}. */
    public SubscriptionRecord next(boolean active, boolean emailStopped, Instant now) {
        return with(id, team, webhookSecret, active, emailStopped, revision + 1, now);
    }

    /** This record under the given identity, owner and revision, written at {@code now}. */
    public SubscriptionRecord stamped(String id, String team, long revision, Instant now) {
        return with(id, team, webhookSecret, active, emailStopped, revision, now);
    }

    /** This record with another webhook secret (null for none). */
    public SubscriptionRecord withSecret(String secret) {
        return with(id, team, secret, active, emailStopped, revision, updatedAt);
    }

    /**
     * This record's definition (name, channels, filter, schedule) under other identity, secret, state and revision:
     * the one place that copies the definition field by field.
     */
    public SubscriptionRecord with(
            String id,
            String team,
            String webhookSecret,
            Boolean active,
            Boolean emailStopped,
            long revision,
            Instant updatedAt) {
        return new SubscriptionRecord(
                type,
                id,
                team,
                name,
                emails,
                webhookUrl,
                webhookFormat,
                webhookSecret,
                categories,
                subtopics,
                languages,
                sources,
                entities,
                keywords,
                minScore,
                schedule,
                at,
                day,
                zone,
                sendEmpty,
                active,
                emailStopped,
                revision,
                updatedAt);
    }

    @Override
    public String toString() {
        return "SubscriptionRecord[id=" + id + ", team=" + team + ", revision=" + revision + ", active=" + active
                + ", webhookSigned=" + (webhookSecret != null) + "]";
    }

    private static List<String> list(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
