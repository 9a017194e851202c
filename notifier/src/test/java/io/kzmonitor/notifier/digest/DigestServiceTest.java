package io.kzmonitor.notifier.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.Fixtures;
import io.kzmonitor.notifier.delivery.DeliveryJournal;
import io.kzmonitor.notifier.delivery.DeliveryLedger;
import io.kzmonitor.notifier.delivery.DeliveryRecord;
import io.kzmonitor.notifier.delivery.Outcome;
import io.kzmonitor.notifier.delivery.Ownership;
import io.kzmonitor.notifier.delivery.RetryPolicy;
import io.kzmonitor.notifier.mail.MailContent;
import io.kzmonitor.notifier.mail.MailTransport;
import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.kzmonitor.notifier.subscription.SubscriptionFilter;
import io.kzmonitor.notifier.unsubscribe.OptOuts;
import io.kzmonitor.notifier.unsubscribe.UnsubscribeTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** Digest timing and durability with the production classes, an in-memory journal and a settable clock. */
class DigestServiceTest {

    // daily 08:00 Asia/Almaty = 03:00 UTC
    private static final DigestSchedule DAILY = DigestSchedule.parse("daily", "08:00", "monday", "Asia/Almaty", false);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-10T05:00:00Z"));
    private final List<DeliveryRecord> log = new ArrayList<>();
    private final List<MailContent> sent = new ArrayList<>();
    private final List<DeliveryRecord> deadLetters = new ArrayList<>();
    private int failuresLeft;
    private final SubscriptionDirectory subscriptions = new SubscriptionDirectory(List.of(new Subscription(
            "morning",
            "team-a",
            "Morning brief",
            List.of("desk@example.org"),
            Optional.empty(),
            SubscriptionFilter.ANY,
            Optional.of(DAILY))));

    @Test
    void shouldSendDigestOnceAtDueTimeAndNotBefore() {
        // given: two articles gathered on 10 June after that day's 08:00
        gather(Fixtures.arabic("digest-1"), Fixtures.russian("digest-2"));
        DigestService service = service(restartedLedger());

        // when: ticks before and after 08:00 Almaty on 11 June
        clock.set("2026-06-11T02:59:00Z");
        service.tick();
        int beforeDue = sent.size();
        clock.set("2026-06-11T03:00:30Z");
        service.tick();
        service.tick();

        // then
        assertThat(beforeDue).isZero();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).subject()).isEqualTo("[kz-monitor] Daily digest: 2 stories (Morning brief)");
        assertThat(log).filteredOn(r -> r.outcome() == Outcome.DELIVERED).hasSize(3); // 2 items + the marker
    }

    @Test
    void shouldSendDigestThatFellDueWhileDownAfterRestart() {
        // given: an article gathered, then the notifier is down over 08:00
        gather(Fixtures.arabic("digest-down"));

        // when: it restarts at 09:00 Almaty and rebuilds its ledger from the log
        clock.set("2026-06-11T04:00:00Z");
        service(restartedLedger()).tick();

        // then
        assertThat(sent).hasSize(1);
    }

    @Test
    void shouldNotResendDigestAfterRestart() {
        // given: a digest was sent at 08:00
        gather(Fixtures.arabic("digest-once"));
        clock.set("2026-06-11T03:00:10Z");
        service(restartedLedger()).tick();

        // when: the notifier restarts an hour later
        clock.set("2026-06-11T04:00:00Z");
        service(restartedLedger()).tick();

        // then
        assertThat(sent).hasSize(1);
    }

    @Test
    void shouldNotSendEmptyDigestUnlessAsked() {
        // given: a digest was sent on 11 June; nothing gathered since
        gather(Fixtures.arabic("digest-empty"));
        clock.set("2026-06-11T03:00:10Z");
        DigestService service = service(restartedLedger());
        service.tick();

        // when: the next day's due time passes
        clock.set("2026-06-12T03:00:10Z");
        service.tick();

        // then
        assertThat(sent).hasSize(1);
        assertThat(log).extracting(DeliveryRecord::outcome).contains(Outcome.EMPTY);
    }

    @Test
    void shouldRetryFailedDigestWithBackoffThenDeadLetterItKeepingItsArticles() {
        // given: the mail server fails three times; retries after 1 and 5 minutes, then give up
        gather(Fixtures.arabic("digest-fails"));
        failuresLeft = 3;
        DigestService service = service(restartedLedger());

        // when
        clock.set("2026-06-11T03:00:00Z");
        service.tick(); // attempt 1 fails
        clock.set("2026-06-11T03:00:30Z");
        service.tick(); // still backing off: no attempt
        clock.set("2026-06-11T03:01:00Z");
        service.tick(); // attempt 2 fails
        clock.set("2026-06-11T03:06:00Z");
        service.tick(); // attempt 3 fails: dead letter
        clock.set("2026-06-11T03:30:00Z");
        service.tick(); // that due time is closed

        // then
        assertThat(failuresLeft).isZero();
        assertThat(sent).isEmpty();
        assertThat(deadLetters).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(d.items()).hasSize(1);
        });

        // and: the article goes out with the next day's digest
        failuresLeft = 0;
        clock.set("2026-06-12T03:00:10Z");
        service.tick();
        assertThat(sent).hasSize(1);
    }

    private void gather(FlaggedArticle... articles) {
        for (FlaggedArticle a : articles) {
            log.add(DeliveryRecord.queued("morning", a, clock.instant()));
        }
    }

    /** A ledger rebuilt from the log, as at start-up. */
    private DeliveryLedger restartedLedger() {
        DeliveryLedger ledger = new DeliveryLedger();
        log.forEach(ledger::apply);
        return ledger;
    }

    private DigestService service(DeliveryLedger ledger) {
        DeliveryJournal journal = new DeliveryJournal() {
            @Override
            public CompletionStage<Void> record(DeliveryRecord record) {
                log.add(record);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletionStage<Void> deadLetter(DeliveryRecord record) {
                deadLetters.add(record);
                return CompletableFuture.completedFuture(null);
            }
        };
        MailTransport transport = (to, content, id) -> {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("SMTP server unavailable");
            }
            sent.add(content);
            return "memory";
        };
        return new DigestService(
                subscriptions,
                ledger,
                journal,
                new DigestRenderer(),
                transport,
                UnsubscribeTokens.disabled(),
                new OptOuts(),
                clock,
                Ownership.everything(),
                new RetryPolicy(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)), 0, () -> 0));
    }

    /** A clock tests move by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
