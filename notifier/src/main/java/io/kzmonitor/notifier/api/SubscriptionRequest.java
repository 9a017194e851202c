package io.kzmonitor.notifier.api;

import io.kzmonitor.notifier.subscription.SubscriptionRecord;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a create (POST), replace (PUT) or partial update (PATCH) of a subscription; absent fields take their
 * defaults (POST, PUT) or keep their current value (PATCH). A PUT without {@code webhookSecret} keeps the current one.
 *
 * @param id subscription id (POST only; generated when absent)
 * @param name human name
 * @param emails email recipients
 * @param webhookUrl webhook URL
 * @param webhookFormat {@code json}, {@code cloudevents}, {@code slack} or {@code teams}
 * @param webhookSecret {@code whsec_} + base64 of 24-64 bytes; generated on creation when a webhook has none
 * @param categories category filter ({@code reforms}, {@code diplomacy})
 * @param subtopics subtopic filter
 * @param languages language filter
 * @param sources source filter
 * @param entities entity filter
 * @param keywords keyword filter
 * @param minScore minimum score in [0,1]
 * @param schedule {@code instant}, {@code hourly}, {@code daily} or {@code weekly}
 * @param at local digest time {@code HH:mm}
 * @param day day of a weekly digest
 * @param zone IANA time zone
 * @param sendEmpty send a digest even when nothing matched
 * @param active false to pause
 */
@Schema(name = "SubscriptionRequest", description = "A subscription to create or change")
public record SubscriptionRequest(
        @Schema(examples = "kz-reforms-desk") String id,
        String name,
        List<String> emails,
        @Schema(examples = "https://hooks.example.org/kz") String webhookUrl,
        @Schema(examples = "json") String webhookFormat,
        @Schema(description = "write-only: never returned") String webhookSecret,
        List<String> categories,
        List<String> subtopics,
        List<String> languages,
        List<String> sources,
        List<String> entities,
        List<String> keywords,
        Double minScore,
        @Schema(examples = "daily") String schedule,
        @Schema(examples = "08:00") String at,
        String day,
        @Schema(examples = "Asia/Almaty") String zone,
        Boolean sendEmpty,
        Boolean active) {

    /** The record a POST describes (identity and revision are set by the manager). */
    public SubscriptionRecord toDraft() {
        return new SubscriptionRecord(
                null,
                id,
                null,
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
                false,
                0,
                null);
    }

    /** The record a PUT makes of {@code current}: everything replaced but the secret (when absent) and opt-out. */
    public SubscriptionRecord replace(SubscriptionRecord current) {
        String secret = webhookSecret != null ? webhookSecret : webhookUrl == null ? null : current.webhookSecret();
        return toDraft()
                .with(
                        current.id(),
                        current.team(),
                        secret,
                        active != null ? active : current.active(),
                        current.emailStopped(),
                        current.revision(),
                        null);
    }

    /** The record a PATCH makes of {@code current}: only the fields present change. */
    public SubscriptionRecord patch(SubscriptionRecord c) {
        return new SubscriptionRecord(
                null,
                c.id(),
                c.team(),
                or(name, c.name()),
                or(emails, c.emails()),
                or(webhookUrl, c.webhookUrl()),
                or(webhookFormat, c.webhookFormat()),
                or(webhookSecret, c.webhookSecret()),
                or(categories, c.categories()),
                or(subtopics, c.subtopics()),
                or(languages, c.languages()),
                or(sources, c.sources()),
                or(entities, c.entities()),
                or(keywords, c.keywords()),
                or(minScore, c.minScore()),
                or(schedule, c.schedule()),
                or(at, c.at()),
                or(day, c.day()),
                or(zone, c.zone()),
                or(sendEmpty, c.sendEmpty()),
                or(active, c.active()),
                c.emailStopped(),
                c.revision(),
                null);
    }

    @Override
    public String toString() {
        return "SubscriptionRequest[id=" + id + ", webhookUrl=" + webhookUrl + ", signed=" + (webhookSecret != null)
                + "]";
    }

    private static <T> T or(T value, T current) {
        return value != null ? value : current;
    }
}
