package io.kzmonitor.notifier.messaging;

import io.kzmonitor.notifier.delivery.Channel;
import io.kzmonitor.notifier.delivery.ChannelSender;
import io.kzmonitor.notifier.delivery.DeliveryJournal;
import io.kzmonitor.notifier.delivery.DeliveryLedger;
import io.kzmonitor.notifier.delivery.Dispatcher;
import io.kzmonitor.notifier.delivery.Ownership;
import io.kzmonitor.notifier.delivery.RetryPolicy;
import io.kzmonitor.notifier.delivery.Router;
import io.kzmonitor.notifier.digest.DigestRenderer;
import io.kzmonitor.notifier.digest.DigestService;
import io.kzmonitor.notifier.mail.MailTransport;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.kzmonitor.notifier.unsubscribe.OptOuts;
import io.kzmonitor.notifier.unsubscribe.UnsubscribeTokens;
import io.kzmonitor.testkit.KafkaBrokerResource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * One notifier instance built from the production classes the CDI wiring uses (ledger, ownership, dispatcher, router,
 * digest service, and the {@link DeliveryLogOwner} consumer in a consumer group), with its own Kafka consumer: two of
 * them in one group are two replicas sharing the partitions of the delivery log; a new one after {@link #close()} is
 * a restart.
 */
final class NotifierCore implements AutoCloseable {

    final DeliveryLedger ledger = new DeliveryLedger();
    final KafkaPartitioner partitioner = new KafkaPartitioner();
    final Ownership ownership = new Ownership(partitioner::partitionOf);
    final Dispatcher dispatcher;
    final Router router;
    final DigestService digests;
    private final DeliveryLogOwner owner;

    /**
     * A core over the delivery log {@code topic}, in consumer group {@code group}; {@code sender} makes the instant
     * attempts, {@code mail} sends the digests, {@code digestClock} decides when they are due.
     */
    NotifierCore(
            SubscriptionDirectory subscriptions,
            DeliveryJournal journal,
            String topic,
            String group,
            ChannelSender sender,
            MailTransport mail,
            Clock digestClock) {
        dispatcher = new Dispatcher(
                subscriptions,
                Map.of(Channel.EMAIL, sender, Channel.WEBHOOK, sender),
                ledger,
                journal,
                new RetryPolicy(List.of(Duration.ofMillis(100)), 0, () -> 0),
                Executors.newScheduledThreadPool(2),
                Clock.systemUTC(),
                2,
                ownership);
        router = new Router(subscriptions, ledger, journal, dispatcher, Clock.systemUTC());
        digests = new DigestService(
                subscriptions,
                ledger,
                journal,
                new DigestRenderer(),
                mail,
                UnsubscribeTokens.disabled(),
                new OptOuts(),
                digestClock,
                ownership,
                new RetryPolicy(List.of(Duration.ofMinutes(1)), 0, () -> 0));
        owner = new DeliveryLogOwner(
                ledger,
                dispatcher,
                ownership,
                partitioner,
                KafkaBrokerResource.bootstrapServers(),
                topic,
                group,
                Duration.ofSeconds(30));
        ledger.markLoaded();
    }

    /** Joins the group. */
    NotifierCore start() {
        owner.start();
        return this;
    }

    /** Leaves the group (as a stopped or killed replica does once its session ends) and stops the workers. */
    @Override
    public void close() {
        owner.close();
        dispatcher.shutdown();
    }
}
