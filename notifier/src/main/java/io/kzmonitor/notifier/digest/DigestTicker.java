package io.kzmonitor.notifier.digest;

import io.kzmonitor.notifier.config.NotifierConfig;
import io.kzmonitor.notifier.delivery.DeliveryLedger;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs {@link DigestService#tick()} every {@code notifier.digest.tick} once the delivery log has been read back. */
@ApplicationScoped
public class DigestTicker {

    private final DigestService digests;
    private final DeliveryLedger ledger;
    private final NotifierConfig config;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "notifier-digest");
        t.setDaemon(true);
        return t;
    });

    /** Created by CDI. */
    @Inject
    public DigestTicker(DigestService digests, DeliveryLedger ledger, NotifierConfig config) {
        this.digests = digests;
        this.ledger = ledger;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        long tick = config.digest().tick().toMillis();
        ledger.loaded().thenRun(() -> {
            Log.infof("digest ticker started, every %d ms", tick);
            executor.scheduleWithFixedDelay(digests::tick, 0, tick, TimeUnit.MILLISECONDS);
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }
}
