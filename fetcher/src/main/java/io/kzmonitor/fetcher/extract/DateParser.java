package io.kzmonitor.fetcher.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date formats news pages put in metadata (ISO-8601 with or without offset, RFC 1123, plain dates) and
 * dates in URL paths, to an {@link Instant} in UTC. Times without an offset are taken as UTC.
 */
public final class DateParser {

    private static final Pattern OFFSET_NO_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern URL_DATE =
            Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|[^\\d]|$)");
    private static final Pattern URL_DATE_COMPACT =
            Pattern.compile("[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[/_.-]");

    private DateParser() {}

    /** Parses a metadata date, or returns null. */
    public static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        v = v.replace(' ', 'T').replaceFirst("T+", "T");
        if (v.endsWith("z")) {
            v = v.substring(0, v.length() - 1) + "Z";
        }
        Matcher m = OFFSET_NO_COLON.matcher(v);
        if (v.length() > 19 && m.find()) {
            v = v.substring(0, m.start()) + m.group(1) + ":" + m.group(2);
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return ZonedDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            if (v.length() >= 10) {
                return LocalDate.parse(v.substring(0, 10)).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    /** A date in a URL path such as {@code /2026/03/16/} or {@code -20260316-}, at midnight UTC, or null. */
    public static Instant fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            m = URL_DATE_COMPACT.matcher(url);
            if (!m.find()) {
                return null;
            }
        }
        try {
            return LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
        } catch (RuntimeException invalidDate) {
            return null;
        }
    }
}
