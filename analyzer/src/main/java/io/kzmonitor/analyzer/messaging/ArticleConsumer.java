package io.kzmonitor.analyzer.messaging;

import io.kzmonitor.analyzer.Analyzer;
import io.kzmonitor.analyzer.Decision;
import io.kzmonitor.analyzer.FlaggedMapper;
import io.kzmonitor.contracts.Article;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.FlaggedArticle;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code news.articles}: analyses each {@link Article}, publishes a {@link FlaggedArticle} keyed by article
 * id on {@code news.flagged} for relevant ones, and acknowledges the incoming record (commits its offset) only once
 * that send is acknowledged; irrelevant articles are acknowledged at once. Poison records are nacked, and the
 * dead-letter-queue strategy sends them to {@code news.articles.dlq}. Every decision is counted by language and
 * category.
 */
@ApplicationScoped
public class ArticleConsumer {

    private final Analyzer analyzer;
    private final Emitter<String> flagged;
    private final MeterRegistry metrics;

    /** Created by CDI. */
    @Inject
    public ArticleConsumer(
            Analyzer analyzer, @Channel(Channels.FLAGGED_OUT) Emitter<String> flagged, MeterRegistry metrics) {
        this.analyzer = analyzer;
        this.flagged = flagged;
        this.metrics = metrics;
    }

    /** Handles one record. */
    @Incoming(Channels.ARTICLES_IN)
    public CompletionStage<Void> consume(Message<String> message) {
        Article article;
        Decision decision;
        try {
            article = EventJson.read(message.getPayload(), Article.class);
            Article input = article;
            decision = metrics.timer("analyzer.analysis").record(() -> analyzer.analyze(FlaggedMapper.input(input)));
        } catch (RuntimeException e) {
            Log.warnf(
                    "poison record on news.articles key=%s sent to the dead-letter topic: %s",
                    key(message), e.getMessage());
            metrics.counter("analyzer.records.malformed").increment();
            return message.nack(e);
        }
        count(decision);
        if (!decision.relevant()) {
            Log.debugf("article %s not relevant (score %.3f)", article.id(), decision.score());
            return message.ack();
        }
        FlaggedArticle event = FlaggedMapper.toFlagged(article, decision, Instant.now());
        Log.debugf("article %s flagged %s score %.3f", article.id(), decision.categoryNames(), decision.score());
        CompletableFuture<Void> sent = new CompletableFuture<>();
        flagged.send(Message.of(EventJson.write(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(article.id())
                        .build())
                .withAck(() -> {
                    sent.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(error -> {
                    sent.completeExceptionally(error);
                    return CompletableFuture.completedFuture(null);
                }));
        return sent.handle((ok, error) -> error).thenCompose(error -> {
            if (error == null) {
                return message.ack();
            }
            Log.warnf(
                    error, "flagged article %s could not be sent, record sent to the dead-letter topic", article.id());
            return message.nack(error);
        });
    }

    private void count(Decision d) {
        // once per article (analyzer_articles_total), then once per category (analyzer_decisions_total)
        metrics.counter("analyzer.articles", "language", d.language(), "relevant", String.valueOf(d.relevant()))
                .increment();
        if (d.categories().isEmpty()) {
            metrics.counter(
                            "analyzer.decisions",
                            "language",
                            d.language(),
                            "relevant",
                            String.valueOf(d.relevant()),
                            "category",
                            "none")
                    .increment();
        }
        for (String category : d.categoryNames()) {
            metrics.counter(
                            "analyzer.decisions",
                            "language",
                            d.language(),
                            "relevant",
                            String.valueOf(d.relevant()),
                            "category",
                            category)
                    .increment();
        }
    }

    private static Object key(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getKey)
                .orElse(null);
    }
}
