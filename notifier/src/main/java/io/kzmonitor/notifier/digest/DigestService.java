package io.kzmonitor.notifier.digest;

import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.delivery.DeliveryIds;
import io.kzmonitor.notifier.delivery.DeliveryJournal;
import io.kzmonitor.notifier.delivery.DeliveryLedger;
import io.kzmonitor.notifier.delivery.DeliveryRecord;
import io.kzmonitor.notifier.delivery.Outcome;
import io.kzmonitor.notifier.delivery.Ownership;
import io.kzmonitor.notifier.delivery.RetryPolicy;
import io.kzmonitor.notifier.mail.EmailSender;
import io.kzmonitor.notifier.mail.MailContent;
import io.kzmonitor.notifier.mail.MailTransport;
import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.kzmonitor.notifier.unsubscribe.OptOuts;
import io.kzmonitor.notifier.unsubscribe.UnsubscribeTokens;
import io.quarkus.logging.Log;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Sends the digests that are due. A digest is due when a scheduled time has passed since the previous digest (or,
 * for the first one, since the oldest gathered article), so a digest that fell due while the notifier was down goes
 * out at the next tick after start-up. Gathered articles and digest markers live in {@code notifier.deliveries}, so
 * a restart neither loses the gathered articles nor sends a digest twice.
 */
public final class DigestService {

    private final SubscriptionDirectory subscriptions;
    private final DeliveryLedger ledger;
    private final DeliveryJournal journal;
    private final DigestRenderer renderer;
    private final MailTransport transport;
    private final UnsubscribeTokens unsubscribe;
    private final OptOuts optOuts;
    private final Clock clock;
    private final Ownership ownership;
    private final DigestRetries retries;

    /** A digest service over these collaborators, owning every subscription. */
    public DigestService(
            SubscriptionDirectory subscriptions,
            DeliveryLedger ledger,
            DeliveryJournal journal,
            DigestRenderer renderer,
            MailTransport transport,
            UnsubscribeTokens unsubscribe,
            OptOuts optOuts,
            Clock clock) {
        this(
                subscriptions,
                ledger,
                journal,
                renderer,
                transport,
                unsubscribe,
                optOuts,
                clock,
                Ownership.everything(),
                new RetryPolicy(List.of(Duration.ZERO), 0, () -> 0));
    }

    /**
     * A digest service building only the digests of the subscriptions this instance owns; a failed send is retried on
     * {@code retryPolicy}, then dead-lettered.
     */
    public DigestService(
            SubscriptionDirectory subscriptions,
            DeliveryLedger ledger,
            DeliveryJournal journal,
            DigestRenderer renderer,
            MailTransport transport,
            UnsubscribeTokens unsubscribe,
            OptOuts optOuts,
            Clock clock,
            Ownership ownership,
            RetryPolicy retryPolicy) {
        this.ownership = ownership;
        this.retries = new DigestRetries(retryPolicy);
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.journal = journal;
        this.renderer = renderer;
        this.transport = transport;
        this.unsubscribe = unsubscribe;
        this.optOuts = optOuts;
        this.clock = clock;
    }

    /** Sends every due digest; a failed one is tried again after its back-off, and dead-lettered after the last. */
    public void tick() {
        for (Subscription s : subscriptions.active()) {
            if (s.digest().isEmpty()
                    || s.emails().isEmpty()
                    || optOuts.emailStopped(s.id())
                    || !ownership.owns(s.id())) {
                continue;
            }
            Instant now = clock.instant();
            if (retries.waiting(s.id(), now)) {
                continue;
            }
            try {
                sendIfDue(s, s.digest().get());
                retries.succeeded(s.id());
            } catch (RuntimeException e) {
                int attempt = retries.attempts(s.id()) + 1;
                Optional<Duration> delay = retries.failed(s.id(), now);
                if (delay.isPresent()) {
                    Log.warnf(
                            "digest of subscription %s failed (attempt %d), retrying in %s: %s",
                            s.id(), attempt, delay.get(), e.getMessage());
                } else {
                    deadLetter(s, s.digest().get(), attempt, e);
                }
            }
        }
    }

    private void sendIfDue(Subscription s, DigestSchedule schedule) {
        Instant now = clock.instant();
        Instant due = schedule.lastDue(now);
        List<DeliveryRecord> items = ledger.queued(s.id());
        Instant since = ledger.lastDigest(s.id())
                .orElseGet(() -> items.isEmpty() ? null : items.get(0).createdAt());
        if (since == null || !due.isAfter(since)) {
            return;
        }
        List<String> ids = items.stream().map(DeliveryRecord::articleId).toList();
        if (items.isEmpty() && !schedule.sendEmpty()) {
            journalled(DeliveryRecord.digest(s.id(), due, ids, Outcome.EMPTY, "empty", now));
            return;
        }
        String digestId = DeliveryIds.ofDigest(s.id(), due);
        List<FlaggedArticle> articles =
                items.stream().map(DeliveryRecord::article).toList();
        MailContent content = EmailSender.withUnsubscribe(
                        renderer.render(s.name(), schedule, articles), unsubscribe, s.id())
                .withHeader(EmailSender.ARTICLE_IDS_HEADER, String.join(",", ids));
        String where = transport.send(s.emails(), content, digestId);
        Log.infof(
                "digest sent subscription=%s due=%s articles=%d delivery=%s to=%s via=%s",
                s.id(), due, articles.size(), digestId, s.emails(), where);
        for (DeliveryRecord item : items) {
            journalled(item.next(Outcome.DELIVERED, now, null, digestId, null));
        }
        journalled(DeliveryRecord.digest(s.id(), due, ids, Outcome.DELIVERED, where, now));
    }

    /**
     * Gives up on a due digest after its last attempt: a {@code FAILED} marker closes that due time and goes to the
     * dead-letter topic with the article ids; the gathered articles stay queued for the next digest, so none is lost.
     */
    private void deadLetter(Subscription s, DigestSchedule schedule, int attempts, RuntimeException cause) {
        Instant now = clock.instant();
        List<String> ids =
                ledger.queued(s.id()).stream().map(DeliveryRecord::articleId).toList();
        DeliveryRecord failed =
                DeliveryRecord.digest(s.id(), schedule.lastDue(now), ids, Outcome.FAILED, cause.getMessage(), now);
        Log.errorf(
                "digest dead-lettered subscription=%s due=%s after %d attempts: %s; its %d articles wait for the next one",
                s.id(), failed.dueAt(), attempts, cause.getMessage(), ids.size());
        try {
            journal.deadLetter(failed)
                    .toCompletableFuture()
                    .orTimeout(30, TimeUnit.SECONDS)
                    .join();
            journalled(failed);
        } catch (RuntimeException e) {
            Log.errorf("dead letter of the digest of %s could not be written: %s", s.id(), e.getMessage());
        }
    }

    private void journalled(DeliveryRecord step) {
        journal.record(step)
                .toCompletableFuture()
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
        ledger.apply(step);
    }
}
