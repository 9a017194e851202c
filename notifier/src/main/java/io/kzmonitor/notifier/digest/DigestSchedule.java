package io.kzmonitor.notifier.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * When a digest is due: hourly (at minute {@code at.minute}), daily at {@code at}, or weekly on {@code day} at
 * {@code at}, all in the local time of {@code zone}, so "daily 08:00 Asia/Almaty" stays 08:00 there across
 * daylight-saving changes (a local time that does not exist that day is shifted forward by the gap).
 *
 * @param period hourly, daily or weekly
 * @param at local time of day (only the minute counts for hourly)
 * @param day day of the week, for weekly
 * @param zone IANA time zone
 * @param sendEmpty send a digest even when nothing was gathered
 */
public record DigestSchedule(Period period, LocalTime at, DayOfWeek day, ZoneId zone, boolean sendEmpty) {

    /** How often a digest goes out. */
    public enum Period {
        /** Every hour. */
        HOURLY,
        /** Every day. */
        DAILY,
        /** Every week. */
        WEEKLY
    }

    public DigestSchedule {
        Objects.requireNonNull(period, "period");
        at = at == null ? LocalTime.of(8, 0) : at.truncatedTo(ChronoUnit.MINUTES);
        day = day == null ? DayOfWeek.MONDAY : day;
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }

    /** Parses configured values, e.g. {@code daily}, {@code 08:00}, {@code monday}, {@code Asia/Almaty}. */
    public static DigestSchedule parse(String period, String at, String day, String zone, boolean sendEmpty) {
        return new DigestSchedule(
                Period.valueOf(period.strip().toUpperCase(Locale.ROOT)),
                LocalTime.parse(at.strip()),
                DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)),
                ZoneId.of(zone.strip()),
                sendEmpty);
    }

    /** The latest due instant at or before {@code now}. */
    public Instant lastDue(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate =
                switch (period) {
                    case HOURLY -> local.truncatedTo(ChronoUnit.HOURS).withMinute(at.getMinute());
                    case DAILY -> at(local.toLocalDate());
                    case WEEKLY -> at(local.toLocalDate().with(TemporalAdjusters.previousOrSame(day)));
                };
        if (!candidate.toInstant().isAfter(now)) {
            return candidate.toInstant();
        }
        return switch (period) {
            case HOURLY -> candidate.minusHours(1).toInstant();
            case DAILY -> at(local.toLocalDate().minusDays(1)).toInstant();
            case WEEKLY ->
                at(local.toLocalDate()
                                .with(TemporalAdjusters.previousOrSame(day))
                                .minusWeeks(1))
                        .toInstant();
        };
    }

    private ZonedDateTime at(LocalDate date) {
        return ZonedDateTime.of(date, at, zone);
    }

    @Override
    public String toString() {
        String when =
                switch (period) {
                    case HOURLY -> "hourly at :" + String.format(Locale.ROOT, "%02d", at.getMinute());
                    case DAILY -> "daily at " + at;
                    case WEEKLY -> "weekly on " + day.name().toLowerCase(Locale.ROOT) + " at " + at;
                };
        return when + " " + zone.getId();
    }
}
