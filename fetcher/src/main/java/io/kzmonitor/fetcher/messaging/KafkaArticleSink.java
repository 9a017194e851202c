package io.kzmonitor.fetcher.messaging;

import io.kzmonitor.contracts.Article;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.fetcher.poll.ArticleSink;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes articles as JSON to the {@value #CHANNEL} channel ({@code news.articles}), keyed by article id. */
@ApplicationScoped
public class KafkaArticleSink implements ArticleSink {

    /** The outgoing channel name. */
    public static final String CHANNEL = "articles-out";

    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final Emitter<String> emitter;

    KafkaArticleSink(@Channel(CHANNEL) Emitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public void publish(Article article) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(EventJson.write(article))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(article.id())
                        .build())
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        try {
            acked.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused article " + article.id(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no Kafka acknowledgement for article " + article.id(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted publishing " + article.id(), e);
        }
    }
}
