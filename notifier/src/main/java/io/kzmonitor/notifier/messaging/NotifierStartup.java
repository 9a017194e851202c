package io.kzmonitor.notifier.messaging;

import io.kzmonitor.notifier.config.NotifierConfig;
import io.kzmonitor.notifier.delivery.DeliveryLedger;
import io.kzmonitor.notifier.delivery.Dispatcher;
import io.kzmonitor.notifier.delivery.Ownership;
import io.kzmonitor.notifier.subscription.SubscriptionLog;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up of the notifier's state: reads {@code notifier.subscriptions} back to its end (routing waits for it, so no
 * article misses an API subscription), then follows it, and joins the owners' group on {@code notifier.deliveries}
 * ({@link DeliveryLogOwner}). A failed read is retried.
 */
@ApplicationScoped
public class NotifierStartup {

    private final DeliveryLedger ledger;
    private final Dispatcher dispatcher;
    private final Ownership ownership;
    private final KafkaPartitioner partitioner;
    private final SubscriptionLog subscriptionLog;
    private final NotifierConfig config;
    private final String bootstrapServers;
    private final String deliveriesTopic;
    private final String subscriptionsTopic;
    private volatile boolean stopping;
    private volatile SubscriptionFollower follower;
    private volatile DeliveryLogOwner owner;

    /** Created by CDI. */
    @Inject
    public NotifierStartup(
            DeliveryLedger ledger,
            Dispatcher dispatcher,
            Ownership ownership,
            KafkaPartitioner partitioner,
            SubscriptionLog subscriptionLog,
            NotifierConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.outgoing.deliveries-out.topic") String deliveriesTopic,
            @ConfigProperty(name = "mp.messaging.outgoing.subscriptions-out.topic") String subscriptionsTopic) {
        this.ledger = ledger;
        this.dispatcher = dispatcher;
        this.ownership = ownership;
        this.partitioner = partitioner;
        this.subscriptionLog = subscriptionLog;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.deliveriesTopic = deliveriesTopic;
        this.subscriptionsTopic = subscriptionsTopic;
    }

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(this::startUntilDone, "notifier-startup");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (owner != null) {
            owner.close();
        }
        if (follower != null) {
            follower.close();
        }
    }

    private void startUntilDone() {
        Duration timeout = config.delivery().loadTimeout();
        while (!stopping) {
            SubscriptionFollower candidate =
                    new SubscriptionFollower(subscriptionLog, bootstrapServers, subscriptionsTopic, timeout);
            try {
                Instant start = Instant.now();
                int count = candidate.catchUp();
                Log.infof(
                        "%s read back: %d records in %d ms",
                        subscriptionsTopic,
                        count,
                        Duration.between(start, Instant.now()).toMillis());
                follower = candidate;
                candidate.follow();
                break;
            } catch (RuntimeException e) {
                candidate.close();
                Log.warnf("cannot read %s yet (%s), retrying in 2s", subscriptionsTopic, e.getMessage());
                if (!pause()) {
                    return;
                }
            }
        }
        if (stopping) {
            return;
        }
        ledger.markLoaded();
        owner = new DeliveryLogOwner(
                ledger,
                dispatcher,
                ownership,
                partitioner,
                bootstrapServers,
                deliveriesTopic,
                config.delivery().ownerGroup(),
                timeout);
        owner.start();
    }

    private static boolean pause() {
        try {
            Thread.sleep(2000); // a plain retry pause on a dedicated thread
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
