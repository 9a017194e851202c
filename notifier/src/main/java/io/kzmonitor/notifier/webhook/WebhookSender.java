package io.kzmonitor.notifier.webhook;

import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.delivery.AttemptResult;
import io.kzmonitor.notifier.delivery.ChannelSender;
import io.kzmonitor.notifier.subscription.Subscription;
import io.quarkus.logging.Log;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The webhook channel: POSTs the article in the subscription's format, signed per Standard Webhooks when it has a
 * secret, with the delivery id as {@code webhook-id}. 2xx is delivered; 410 disables the webhook; any other status
 * and network errors are retried ({@code Retry-After} honoured on 429 and 503).
 */
public final class WebhookSender implements ChannelSender {

    private final HttpClient client;
    private final AddressGuard guard;
    private final Duration timeout;
    private final Clock clock;

    /** A sender using {@code client}, refusing URLs {@code guard} refuses, each request bounded by {@code timeout}. */
    public WebhookSender(HttpClient client, AddressGuard guard, Duration timeout, Clock clock) {
        this.client = client;
        this.guard = guard;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public AttemptResult send(Subscription subscription, FlaggedArticle article, String deliveryId) {
        Subscription.WebhookTarget target = subscription.webhook().orElseThrow();
        Optional<String> refusal = guard.refusal(target.url());
        if (refusal.isPresent()) {
            Log.warnf(
                    "webhook refused subscription=%s url=%s: %s (set notifier.webhook.allow-private-addresses=true"
                            + " for internal receivers)",
                    subscription.id(), target.url(), refusal.get());
            return AttemptResult.refused("refused", refusal.get());
        }
        Instant now = clock.instant();
        String body = WebhookPayloads.body(target.format(), deliveryId, now, subscription.id(), article);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url()))
                .timeout(timeout)
                .header("Content-Type", WebhookPayloads.contentType(target.format()))
                .header("User-Agent", "kz-monitor-notifier")
                .header("webhook-id", deliveryId)
                .header("webhook-timestamp", Long.toString(now.getEpochSecond()))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            target.secret()
                    .ifPresent(secret -> request.header(
                            "webhook-signature",
                            new WebhookSigner(secret).sign(deliveryId, now.getEpochSecond(), body)));
        } catch (IllegalArgumentException e) {
            return AttemptResult.refused("refused", e.getMessage());
        }
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return classify(subscription, article, deliveryId, response);
        } catch (IOException e) {
            return AttemptResult.retry(
                    "io-error", e.getClass().getSimpleName() + ": " + e.getMessage(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.retry("interrupted", "interrupted", Optional.empty());
        }
    }

    private AttemptResult classify(
            Subscription subscription, FlaggedArticle article, String deliveryId, HttpResponse<Void> response) {
        int status = response.statusCode();
        String code = Integer.toString(status);
        if (status >= 200 && status < 300) {
            Log.infof(
                    "webhook delivered subscription=%s article=%s status=%d delivery=%s url=%s",
                    subscription.id(), article.id(), status, deliveryId, response.uri());
            return AttemptResult.delivered(code);
        }
        if (status == 410) {
            return AttemptResult.gone(code);
        }
        Optional<Duration> retryAfter = status == 429 || status == 503
                ? RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant())
                : Optional.empty();
        return AttemptResult.retry(code, "receiver answered " + status, retryAfter);
    }
}
