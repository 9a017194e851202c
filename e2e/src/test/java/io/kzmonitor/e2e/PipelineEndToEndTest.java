package io.kzmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.kzmonitor.contracts.ArticleIds;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.Topics;
import io.kzmonitor.devstack.NewsSite;
import io.kzmonitor.testkit.EmbeddedKafka;
import io.kzmonitor.testkit.WebhookReceiver;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole pipeline with real components and the packaged services as separate processes: the bundled demo news
 * site over HTTP (Arabic in windows-1256, Russian in windows-1251, English, Kazakh, Chinese) -> fetcher -> Kafka
 * (in-process KRaft broker) -> analyzer -> notifier -> a GreenMail SMTP server and a webhook receiver.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineEndToEndTest {

    /** Demo pages about Kazakhstan's reforms or diplomacy. */
    private static final List<String> RELEVANT = List.of(
            "/ar/reforms-constitutional-court.windows-1256.html",
            "/ru/tokayev-xi-talks.windows-1251.html",
            "/en/kurultai-explainer.html",
            "/kk/tokayev-erdogan-call.html",
            "/zh/multivector-policy.html");
    /** Demo pages set in Kazakhstan but outside politics. */
    private static final List<String> IRRELEVANT = List.of("/en/tennis-final-astana.html", "/en/almaty-weather.html");

    private static final String SECRET =
            "whsec_" + Base64.getEncoder().encodeToString("e2e-signing-key-32-bytes-long!!!".getBytes());

    private EmbeddedKafka kafka;
    private GreenMail smtp;
    private WebhookReceiver webhooks;
    private NewsSite site;
    private final List<ServiceProcess> services = new ArrayList<>();

    @BeforeAll
    void startPipeline() throws Exception {
        Path root = Path.of(System.getProperty("kzm.project.root", ".."))
                .toAbsolutePath()
                .normalize();
        Path work = Files.createDirectories(root.resolve("e2e/target/e2e-run"));
        kafka = EmbeddedKafka.start().createTopics(Topics.ALL, 2);
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());
        smtp.start();
        webhooks = WebhookReceiver.start();
        site = NewsSite.start("demo-site", 0);
        Path sources = work.resolve("sources.yaml");
        Files.writeString(sources, """
                sources:
                  - id: steppe-wire
                    name: Steppe Wire
                    type: rss
                    url: %s
                    interval: 2s
                """.formatted(site.url("/feed.xml")), StandardCharsets.UTF_8);

        Map<String, String> common = Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.http.port", "0",
                "quarkus.http.host", "127.0.0.1");
        services.add(ServiceProcess.start(root, "analyzer", common, work));
        Map<String, String> notifier = new LinkedHashMap<>(common);
        notifier.put("notifier.subscriptions.embassy.team", "embassy");
        notifier.put("notifier.subscriptions.embassy.email", "analyst@embassy.example");
        notifier.put("notifier.subscriptions.embassy.webhook-url", webhooks.url("/hooks/embassy"));
        notifier.put("notifier.subscriptions.embassy.webhook-secret", SECRET);
        notifier.put("notifier.webhook.allow-private-addresses", "true");
        notifier.put("notifier.mail.transport", "smtp");
        notifier.put("notifier.mail.from", "monitor@kz-monitor.example");
        notifier.put("quarkus.mailer.mock", "false");
        notifier.put("quarkus.mailer.host", "127.0.0.1");
        notifier.put("quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()));
        notifier.put("quarkus.mailer.tls", "false");
        notifier.put("quarkus.mailer.start-tls", "DISABLED");
        services.add(ServiceProcess.start(root, "notifier", notifier, work));
        Map<String, String> fetcher = new LinkedHashMap<>(common);
        fetcher.put("fetcher.sources-file", sources.toString());
        fetcher.put("fetcher.poll-interval", "2s");
        fetcher.put("fetcher.per-host-delay", "0s");
        services.add(ServiceProcess.start(root, "fetcher", fetcher, work));
    }

    @AfterAll
    void stopPipeline() throws Exception {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        if (site != null) site.close();
        if (webhooks != null) webhooks.close();
        if (smtp != null) smtp.stop();
        if (kafka != null) kafka.close();
    }

    @Test
    void shouldDeliverEachRelevantDemoArticleExactlyOnceByEmailAndWebhookAndNothingForTheOthers() throws Exception {
        // given
        Set<String> relevantIds =
                RELEVANT.stream().map(p -> ArticleIds.idOf(site.url(p))).collect(Collectors.toSet());
        Set<String> irrelevantIds =
                IRRELEVANT.stream().map(p -> ArticleIds.idOf(site.url(p))).collect(Collectors.toSet());

        // when: the fetcher polls the feed every 2 s; wait for every relevant item on both channels
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertThat(webhookArticleIds()).containsAll(relevantIds);
                    assertThat(smtp.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(RELEVANT.size());
                });
        // ...and keep watching through several more polls: nothing new may arrive
        await().during(Duration.ofSeconds(10))
                .atMost(Duration.ofSeconds(15))
                .until(() -> webhooks.received().size() == RELEVANT.size()
                        && smtp.getReceivedMessages().length == RELEVANT.size());

        // then: exactly once each on the webhook, none of the irrelevant ones, every request validly signed
        List<String> delivered = webhookArticleIds();
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(relevantIds);
        assertThat(delivered).doesNotContainAnyElementsOf(irrelevantIds);
        for (WebhookReceiver.Received request : webhooks.received()) {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header("webhook-signature"))
                    .isEqualTo(expectedSignature(
                            request.header("webhook-id"), request.header("webhook-timestamp"), request.body()));
        }
        // then: one email each, subjects decoded intact (Arabic from a windows-1256 page, Russian from windows-1251)
        List<String> subjects = new ArrayList<>();
        List<String> emailedIds = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            subjects.add(message.getSubject());
            emailedIds.add(message.getHeader("X-Kz-Article-Ids")[0]);
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo("analyst@embassy.example");
        }
        assertThat(emailedIds).containsExactlyInAnyOrderElementsOf(relevantIds);
        assertThat(subjects)
                .hasSize(RELEVANT.size())
                .anySatisfy(s -> assertThat(s).contains("المحكمة الدستورية"))
                .anySatisfy(s -> assertThat(s).contains("Токаев и Си Цзиньпин"))
                .noneSatisfy(s -> assertThat(s).containsIgnoringCase("tennis"))
                .noneSatisfy(s -> assertThat(s).containsIgnoringCase("weather"));
    }

    private List<String> webhookArticleIds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (WebhookReceiver.Received request : webhooks.received()) {
            JsonNode envelope = EventJson.mapper().readTree(request.body());
            ids.add(envelope.path("data").path("id").asText());
        }
        return ids;
    }

    /** Standard Webhooks: v1, base64(HMAC-SHA256(key, id.timestamp.body)), computed here independently. */
    private static String expectedSignature(String id, String timestamp, String body) throws Exception {
        byte[] key = Base64.getDecoder().decode(SECRET.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(signature);
    }
}
