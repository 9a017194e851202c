package io.kzmonitor.notifier.subscription;

import io.kzmonitor.notifier.webhook.AddressGuard;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a {@link SubscriptionRecord} before it is stored, and names each invalid field. */
public final class SubscriptionValidator {

    /** Categories the analyzer assigns. */
    public static final Set<String> CATEGORIES = Set.of("reforms", "diplomacy");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,<>]+@[^@\\s,<>]+");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Set<String> SCHEDULES = Set.of("instant", "hourly", "daily", "weekly");

    private final AddressGuard guard;

    /** A validator refusing webhook URLs the {@code guard} refuses. */
    public SubscriptionValidator(AddressGuard guard) {
        this.guard = guard;
    }

    /**
     * One invalid field.
     *
     * @param field the field name as in the API's JSON
     * @param message what is wrong with it (never the value of a secret)
     */
    public record Violation(String field, String message) {}

    /** The violations of a record, empty when it is valid. */
    public List<Violation> validate(SubscriptionRecord r) {
        List<Violation> v = new ArrayList<>();
        if (r.id() == null || !ID.matcher(r.id()).matches()) {
            v.add(new Violation(
                    "id", "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (r.emails().isEmpty() && r.webhookUrl() == null) {
            v.add(new Violation("channel", "give emails or webhookUrl (or both)"));
        }
        r.emails().stream()
                .filter(e -> !EMAIL.matcher(e).matches())
                .findFirst()
                .ifPresent(e -> v.add(new Violation("emails", "not an email address: " + e)));
        if (r.webhookUrl() != null) {
            guard.refusal(r.webhookUrl()).ifPresent(why -> v.add(new Violation("webhookUrl", why)));
        }
        try {
            WebhookFormat.parse(r.webhookFormat());
        } catch (IllegalArgumentException e) {
            v.add(new Violation("webhookFormat", e.getMessage()));
        }
        secretProblem(r.webhookSecret()).ifPresent(m -> v.add(new Violation("webhookSecret", m)));
        r.categories().stream()
                .filter(c -> !CATEGORIES.contains(c.toLowerCase(Locale.ROOT)))
                .findFirst()
                .ifPresent(
                        c -> v.add(new Violation("categories", "unknown category '" + c + "' (" + CATEGORIES + ")")));
        r.languages().stream()
                .filter(l -> !LANGUAGE.matcher(l).matches())
                .findFirst()
                .ifPresent(l -> v.add(new Violation("languages", "not a language tag: " + l)));
        if (r.minScore() < 0 || r.minScore() > 1) {
            v.add(new Violation("minScore", "must be between 0 and 1"));
        }
        validateSchedule(r, v);
        return v;
    }

    private static void validateSchedule(SubscriptionRecord r, List<Violation> v) {
        if (!SCHEDULES.contains(r.schedule())) {
            v.add(new Violation("schedule", "must be instant, hourly, daily or weekly"));
        } else if (!r.schedule().equals("instant") && r.emails().isEmpty()) {
            v.add(new Violation("schedule", "a digest needs emails (webhooks are always instant)"));
        }
        try {
            LocalTime.parse(r.at());
        } catch (DateTimeException e) {
            v.add(new Violation("at", "must be a local time HH:mm"));
        }
        try {
            DayOfWeek.valueOf(r.day().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(new Violation("day", "must be a day of the week, e.g. monday"));
        }
        if (!ZoneId.getAvailableZoneIds().contains(r.zone()) && !r.zone().equals("UTC")) {
            v.add(new Violation("zone", "not an IANA time zone: " + r.zone() + " (e.g. Asia/Almaty)"));
        }
    }

    /** Why a secret is malformed (never quoting it), or empty when it is absent or well-formed. */
    static Optional<String> secretProblem(String secret) {
        if (secret == null) {
            return Optional.empty();
        }
        if (!secret.startsWith("whsec_")) {
            return Optional.of("must be whsec_ followed by base64 of 24 to 64 random bytes");
        }
        try {
            int length = Base64.getDecoder().decode(secret.substring(6)).length;
            return length >= 24 && length <= 64
                    ? Optional.empty()
                    : Optional.of("must encode 24 to 64 bytes, not " + length);
        } catch (IllegalArgumentException e) {
            return Optional.of("must be whsec_ followed by base64 of 24 to 64 random bytes");
        }
    }
}
