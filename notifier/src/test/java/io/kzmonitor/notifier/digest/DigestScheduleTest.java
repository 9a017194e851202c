package io.kzmonitor.notifier.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

    @Test
    void shouldBeDueDailyAtLocalTimeInAlmaty() {
        // given: 08:00 in Asia/Almaty (UTC+5) is 03:00 UTC
        DigestSchedule daily = DigestSchedule.parse("daily", "08:00", "monday", "Asia/Almaty", false);

        // when / then
        assertThat(daily.lastDue(Instant.parse("2026-06-10T02:59:00Z"))).isEqualTo("2026-06-09T03:00:00Z");
        assertThat(daily.lastDue(Instant.parse("2026-06-10T03:00:00Z"))).isEqualTo("2026-06-10T03:00:00Z");
        assertThat(daily.lastDue(Instant.parse("2026-06-10T20:00:00Z"))).isEqualTo("2026-06-10T03:00:00Z");
    }

    @Test
    void shouldKeepLocalHourAcrossDaylightSavingChange() {
        // given: Europe/Berlin switches from UTC+1 to UTC+2 on 2026-03-29
        DigestSchedule daily = DigestSchedule.parse("daily", "08:00", "monday", "Europe/Berlin", false);

        // when / then
        assertThat(daily.lastDue(Instant.parse("2026-03-28T12:00:00Z"))).isEqualTo("2026-03-28T07:00:00Z");
        assertThat(daily.lastDue(Instant.parse("2026-03-29T12:00:00Z"))).isEqualTo("2026-03-29T06:00:00Z");
    }

    @Test
    void shouldShiftNonExistentLocalTimeForwardOnSpringForward() {
        // given: 02:30 does not exist in Berlin on 2026-03-29 (02:00 jumps to 03:00)
        DigestSchedule daily = DigestSchedule.parse("daily", "02:30", "monday", "Europe/Berlin", false);

        // when / then: 03:30 CEST = 01:30 UTC
        assertThat(daily.lastDue(Instant.parse("2026-03-29T12:00:00Z"))).isEqualTo("2026-03-29T01:30:00Z");
    }

    @Test
    void shouldBeDueWeeklyOnConfiguredDay() {
        // given: 2026-06-10 is a Wednesday
        DigestSchedule weekly = DigestSchedule.parse("weekly", "09:30", "monday", "UTC", false);

        // when / then
        assertThat(weekly.lastDue(Instant.parse("2026-06-10T12:00:00Z"))).isEqualTo("2026-06-08T09:30:00Z");
        assertThat(weekly.lastDue(Instant.parse("2026-06-08T09:00:00Z"))).isEqualTo("2026-06-01T09:30:00Z");
    }

    @Test
    void shouldBeDueHourlyAtConfiguredMinute() {
        // given
        DigestSchedule hourly = DigestSchedule.parse("hourly", "00:15", "monday", "Asia/Kolkata", false);

        // when / then: Kolkata is UTC+5:30, so :15 local is :45 UTC
        assertThat(hourly.lastDue(Instant.parse("2026-06-10T12:50:00Z"))).isEqualTo("2026-06-10T12:45:00Z");
        assertThat(hourly.lastDue(Instant.parse("2026-06-10T12:40:00Z"))).isEqualTo("2026-06-10T11:45:00Z");
    }
}
