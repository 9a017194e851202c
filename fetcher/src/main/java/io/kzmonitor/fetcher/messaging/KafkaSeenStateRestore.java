package io.kzmonitor.fetcher.messaging;

import io.kzmonitor.fetcher.config.FetcherConfig;
import io.kzmonitor.fetcher.dedup.SeenState;
import io.kzmonitor.fetcher.dedup.SeenStateRestore;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rebuilds the {@link SeenState} at start by reading {@code news.articles} from the beginning to its current end
 * (the topic is the fetcher's durable memory), so that a restart publishes nothing already published.
 */
@ApplicationScoped
public class KafkaSeenStateRestore implements SeenStateRestore {

    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(60);

    private final SeenState seen;
    private final FetcherConfig config;
    private final String bootstrapServers;
    private final String topic;
    private volatile boolean done;

    KafkaSeenStateRestore(
            SeenState seen,
            FetcherConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.outgoing.articles-out.topic") String topic) {
        this.seen = seen;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.restoreSeenState()) {
            done = true;
            return;
        }
        Thread t = new Thread(this::restore, "fetcher-seen-restore");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public boolean isDone() {
        return done;
    }

    private void restore() {
        try {
            TopicReplay.replay(bootstrapServers, topic, seen, GIVE_UP_AFTER);
        } finally {
            done = true;
        }
    }
}
