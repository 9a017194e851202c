package io.kzmonitor.notifier.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.Fixtures;
import io.kzmonitor.notifier.delivery.AttemptResult;
import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionFilter;
import io.kzmonitor.notifier.subscription.WebhookFormat;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook channel against a real JDK HTTP server that can answer any status and headers. */
class WebhookSenderTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

    private HttpServer server;
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<Map<String, String>> responseHeaders = new AtomicReference<>(Map.of());
    private final List<Map<String, List<String>>> requestHeaders = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
            responseHeaders
                    .get()
                    .forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldPostSignedEnvelopeWithDeliveryIdAsWebhookId() {
        // given
        FlaggedArticle article = Fixtures.russian("signed");

        // when
        AttemptResult result = sender(true).send(subscription(url()), article, "msg_signed");

        // then
        assertThat(result.kind()).isEqualTo(AttemptResult.Kind.DELIVERED);
        Map<String, List<String>> headers = requestHeaders.get(0);
        assertThat(headers.get("Webhook-id")).containsExactly("msg_signed");
        assertThat(headers.get("Webhook-timestamp")).containsExactly("1780308000");
        assertThat(headers.get("Webhook-signature"))
                .containsExactly(new WebhookSigner(SECRET).sign("msg_signed", 1780308000L, bodies.get(0)));
        assertThat(headers.get("Content-type")).containsExactly("application/json");
        assertThat(bodies.get(0)).contains("\"id\":\"msg_signed\"", article.title());
    }

    @Test
    void shouldHonourRetryAfterOn503() {
        // given
        status.set(503);
        responseHeaders.set(Map.of("Retry-After", "120"));

        // when
        AttemptResult result = sender(true).send(subscription(url()), Fixtures.arabic("busy"), "msg_busy");

        // then
        assertThat(result.kind()).isEqualTo(AttemptResult.Kind.RETRY);
        assertThat(result.status()).isEqualTo("503");
        assertThat(result.retryAfter()).contains(Duration.ofSeconds(120));
    }

    @Test
    void shouldReportGoneOn410() {
        // given
        status.set(410);

        // when
        AttemptResult result = sender(true).send(subscription(url()), Fixtures.arabic("gone"), "msg_gone");

        // then
        assertThat(result.kind()).isEqualTo(AttemptResult.Kind.GONE);
    }

    @Test
    void shouldRetryWhenReceiverIsUnreachable() {
        // given
        String url = url();
        server.stop(0);

        // when
        AttemptResult result = sender(true).send(subscription(url), Fixtures.arabic("down"), "msg_down");

        // then
        assertThat(result.kind()).isEqualTo(AttemptResult.Kind.RETRY);
    }

    @Test
    void shouldRefuseLoopbackReceiverByDefaultWithoutCallingIt() {
        // when
        AttemptResult result = sender(false).send(subscription(url()), Fixtures.arabic("ssrf"), "msg_ssrf");

        // then
        assertThat(result.kind()).isEqualTo(AttemptResult.Kind.REFUSED);
        assertThat(result.error()).contains("127.0.0.1");
        assertThat(bodies).isEmpty();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private static WebhookSender sender(boolean allowPrivate) {
        return new WebhookSender(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                new AddressGuard(allowPrivate),
                Duration.ofSeconds(2),
                CLOCK);
    }

    private static Subscription subscription(String url) {
        return new Subscription(
                "desk",
                "team-a",
                "Desk",
                List.of(),
                Optional.of(new Subscription.WebhookTarget(url, WebhookFormat.JSON, Optional.of(SECRET))),
                SubscriptionFilter.ANY);
    }
}
