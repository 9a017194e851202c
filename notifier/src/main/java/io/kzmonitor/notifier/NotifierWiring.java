package io.kzmonitor.notifier;

import io.kzmonitor.notifier.config.NotifierConfig;
import io.kzmonitor.notifier.delivery.ArticleArchive;
import io.kzmonitor.notifier.delivery.Channel;
import io.kzmonitor.notifier.delivery.DeliveryJournal;
import io.kzmonitor.notifier.delivery.DeliveryLedger;
import io.kzmonitor.notifier.delivery.DeliveryReplayer;
import io.kzmonitor.notifier.delivery.Dispatcher;
import io.kzmonitor.notifier.delivery.MeteredJournal;
import io.kzmonitor.notifier.delivery.Ownership;
import io.kzmonitor.notifier.delivery.RetryPolicy;
import io.kzmonitor.notifier.delivery.Router;
import io.kzmonitor.notifier.digest.DigestRenderer;
import io.kzmonitor.notifier.digest.DigestService;
import io.kzmonitor.notifier.mail.EmailSender;
import io.kzmonitor.notifier.mail.MailRenderer;
import io.kzmonitor.notifier.mail.MailTransport;
import io.kzmonitor.notifier.mail.OutboxMailTransport;
import io.kzmonitor.notifier.mail.SmtpMailTransport;
import io.kzmonitor.notifier.messaging.KafkaArticleArchive;
import io.kzmonitor.notifier.messaging.KafkaPartitioner;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.kzmonitor.notifier.unsubscribe.OptOuts;
import io.kzmonitor.notifier.unsubscribe.UnsubscribeTokens;
import io.kzmonitor.notifier.webhook.AddressGuard;
import io.kzmonitor.notifier.webhook.WebhookSender;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the notifier's plain classes from {@link NotifierConfig} and hands them to CDI. */
@ApplicationScoped
public class NotifierWiring {

    @Produces
    @Singleton
    Ownership ownership(KafkaPartitioner partitioner) {
        return new Ownership(partitioner::partitionOf);
    }

    @Produces
    @Singleton
    ArticleArchive articleArchive(
            NotifierConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.outgoing.deliveries-out.topic") String topic) {
        return new KafkaArticleArchive(
                bootstrapServers, topic, config.delivery().loadTimeout());
    }

    @Produces
    @Singleton
    DeliveryReplayer replayer(DeliveryLedger ledger, DeliveryJournal journal, ArticleArchive archive, Clock clock) {
        // dispatch = null: the owner of the subscription's partition reads the pending step back and dispatches it
        return new DeliveryReplayer(ledger, journal, archive, null, clock);
    }

    @Produces
    @Singleton
    DeliveryLedger ledger() {
        return new DeliveryLedger();
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    MailTransport mailTransport(NotifierConfig config, Mailer mailer) {
        String transport = config.mail().transport().strip().toLowerCase(Locale.ROOT);
        return switch (transport) {
            case "outbox" -> {
                Log.infof(
                        "email transport: outbox folder %s",
                        config.mail().outboxDir().toAbsolutePath());
                yield new OutboxMailTransport(
                        config.mail().outboxDir(), config.mail().from());
            }
            case "smtp" -> {
                Log.info("email transport: SMTP (quarkus.mailer.*)");
                yield new SmtpMailTransport(mailer, config.mail().from());
            }
            default ->
                throw new IllegalArgumentException(
                        "notifier.mail.transport must be outbox or smtp, not '" + transport + "'");
        };
    }

    @Produces
    @Singleton
    Dispatcher dispatcher(
            NotifierConfig config,
            SubscriptionDirectory subscriptions,
            MailTransport mailTransport,
            DeliveryLedger ledger,
            DeliveryJournal journal,
            UnsubscribeTokens unsubscribe,
            OptOuts optOuts,
            Clock clock,
            Ownership ownership,
            MeterRegistry metrics) {
        AtomicInteger n = new AtomicInteger();
        ScheduledExecutorService executor =
                Executors.newScheduledThreadPool(config.delivery().workers(), task -> {
                    Thread t = new Thread(task, "notifier-delivery-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(config.webhook().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        WebhookSender webhook = new WebhookSender(
                http,
                new AddressGuard(config.webhook().allowPrivateAddresses()),
                config.webhook().timeout(),
                clock);
        EmailSender email = new EmailSender(new MailRenderer(), mailTransport, unsubscribe, optOuts);
        RetryPolicy policy = retryPolicy(config);
        return new Dispatcher(
                subscriptions,
                Map.of(Channel.EMAIL, email, Channel.WEBHOOK, webhook),
                ledger,
                new MeteredJournal(journal, metrics),
                policy,
                executor,
                clock,
                config.delivery().maxInFlightPerSubscription(),
                ownership);
    }

    @Produces
    @Singleton
    DigestService digests(
            NotifierConfig config,
            SubscriptionDirectory subscriptions,
            DeliveryLedger ledger,
            DeliveryJournal journal,
            MailTransport mailTransport,
            UnsubscribeTokens unsubscribe,
            OptOuts optOuts,
            Clock clock,
            Ownership ownership,
            MeterRegistry metrics) {
        return new DigestService(
                subscriptions,
                ledger,
                new MeteredJournal(journal, metrics),
                new DigestRenderer(),
                mailTransport,
                unsubscribe,
                optOuts,
                clock,
                ownership,
                retryPolicy(config));
    }

    private static RetryPolicy retryPolicy(NotifierConfig config) {
        return new RetryPolicy(
                config.webhook().retrySchedule(), config.webhook().retryJitter(), Math::random);
    }

    void closeDispatcher(@Disposes Dispatcher dispatcher) {
        dispatcher.shutdown();
    }

    @Produces
    @Singleton
    Router router(
            SubscriptionDirectory subscriptions,
            DeliveryLedger ledger,
            DeliveryJournal journal,
            Dispatcher dispatcher,
            Clock clock) {
        return new Router(subscriptions, ledger, journal, dispatcher, clock);
    }
}
