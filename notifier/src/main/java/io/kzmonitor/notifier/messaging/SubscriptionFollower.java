package io.kzmonitor.notifier.messaging;

import io.kzmonitor.notifier.subscription.SubscriptionLog;
import io.quarkus.logging.Log;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Reads the compacted {@code notifier.subscriptions} from the beginning ({@link #catchUp()}, at start-up), then keeps
 * following it on its own thread, so every replica serves the subscriptions any replica created, changed or deleted.
 */
public final class SubscriptionFollower implements AutoCloseable {

    private final SubscriptionLog log;
    private final String topic;
    private final Duration timeout;
    private final KafkaConsumer<String, String> consumer;
    private volatile boolean closed;
    private volatile boolean following;

    /** A follower of {@code topic}; nothing is read before {@link #catchUp()}. */
    public SubscriptionFollower(SubscriptionLog log, String bootstrapServers, String topic, Duration timeout) {
        this.log = log;
        this.topic = topic;
        this.timeout = timeout;
        this.consumer = new KafkaConsumer<>(LogReader.props(bootstrapServers, timeout));
    }

    /** Reads the topic from the beginning to its current end; throws when it cannot. */
    public int catchUp() {
        LogReader.assignAll(consumer, topic);
        return LogReader.readToEnd(consumer, topic, timeout, this::apply);
    }

    /** Follows the topic from where {@link #catchUp()} stopped, on a daemon thread, until closed. */
    public void follow() {
        following = true;
        Thread thread = new Thread(this::run, "notifier-subscriptions-follower");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (!closed) {
                try {
                    if (consumer.assignment().isEmpty()
                            && LogReader.assignAll(consumer, topic).isEmpty()) {
                        Thread.sleep(2000); // the topic does not exist yet; a plain pause on this dedicated thread
                        continue;
                    }
                    consumer.poll(Duration.ofMillis(500)).forEach(this::apply);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (WakeupException e) {
                    // closing
                } catch (RuntimeException e) {
                    Log.warnf("reading %s failed (%s), going on", topic, e.getMessage());
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        log.apply(record.key(), record.value());
    }

    @Override
    public void close() {
        closed = true;
        if (following) {
            consumer.wakeup();
        } else {
            consumer.close(Duration.ofSeconds(2));
        }
    }
}
