package io.kzmonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kzmonitor.devstack.NewsSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/**
 * Smoke test of the container images ({@code -Pcontainers}, needs a Docker engine): Kafka (apache/kafka, KRaft),
 * the three services built from their {@code src/main/docker/Dockerfile.jvm}, and Mailpit; the demo news site is
 * served from the test JVM and reached through {@code host.testcontainers.internal}. Passes when Mailpit holds an
 * email for the Arabic demo article.
 */
class ContainerImagesSmokeTest {

    @Test
    void shouldDeliverTheArabicDemoArticleByEmailThroughTheContainerImages() throws Exception {
        assumeTrue(
                DockerClientFactory.instance().isDockerAvailable(),
                "no Docker engine here: the container smoke test (-Pcontainers) is skipped");
        Path root = Path.of(System.getProperty("kzm.project.root", ".."))
                .toAbsolutePath()
                .normalize();
        try (NewsSite site = NewsSite.start("demo-site", 0);
                Network network = Network.newNetwork();
                GenericContainer<?> kafka = kafka(network);
                GenericContainer<?> mailpit = mailpit(network)) {
            int sitePort = Integer.parseInt(site.baseUrl().replaceAll(".*:", ""));
            Testcontainers.exposeHostPorts(sitePort);
            kafka.start();
            mailpit.start();
            String sources = "sources:\n  - id: steppe-wire\n    name: Steppe Wire\n    type: rss\n    url: "
                    + "http://host.testcontainers.internal:" + sitePort + "/feed.xml\n    interval: 5s\n";
            try (GenericContainer<?> analyzer = service(root, "analyzer", 8082, network);
                    GenericContainer<?> notifier = service(root, "notifier", 8083, network)
                            .withEnv("NOTIFIER_MAIL_TRANSPORT", "smtp")
                            .withEnv("QUARKUS_MAILER_HOST", "mailpit")
                            .withEnv("QUARKUS_MAILER_PORT", "1025")
                            .withEnv("NOTIFIER_SUBSCRIPTIONS_DESK_EMAIL", "desk@example.org");
                    GenericContainer<?> fetcher = service(root, "fetcher", 8081, network)
                            .withEnv("FETCHER_SOURCES_FILE", "/tmp/sources.yaml")
                            .withCopyToContainer(
                                    org.testcontainers.images.builder.Transferable.of(sources), "/tmp/sources.yaml")) {
                for (GenericContainer<?> c : List.of(analyzer, notifier, fetcher)) {
                    c.start();
                }
                HttpClient http = HttpClient.newHttpClient();
                URI messages = URI.create(
                        "http://" + mailpit.getHost() + ":" + mailpit.getMappedPort(8025) + "/api/v1/messages");
                await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
                    String body = http.send(
                                    HttpRequest.newBuilder(messages).build(), HttpResponse.BodyHandlers.ofString())
                            .body();
                    assertThat(body).contains("المحكمة الدستورية");
                });
            }
        }
    }

    private static GenericContainer<?> kafka(Network network) {
        return new GenericContainer<>(DockerImageName.parse("apache/kafka:4.1.2"))
                .withNetwork(network)
                .withNetworkAliases("kafka")
                .withEnv("KAFKA_NODE_ID", "1")
                .withEnv("KAFKA_PROCESS_ROLES", "broker,controller")
                .withEnv("KAFKA_LISTENERS", "PLAINTEXT://:9092,CONTROLLER://:9093")
                .withEnv("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:9092")
                .withEnv("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER")
                .withEnv("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT")
                .withEnv("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka:9093")
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_NUM_PARTITIONS", "2")
                .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1));
    }

    private static GenericContainer<?> mailpit(Network network) {
        return new GenericContainer<>(DockerImageName.parse("axllent/mailpit:v1.27"))
                .withNetwork(network)
                .withNetworkAliases("mailpit")
                .withExposedPorts(8025, 1025);
    }

    private static GenericContainer<?> service(Path root, String module, int port, Network network) {
        ImageFromDockerfile image = new ImageFromDockerfile("kz-monitor/" + module + "-smoke", false)
                .withFileFromPath(".", root.resolve(module))
                .withDockerfile(root.resolve(module).resolve("src/main/docker/Dockerfile.jvm"));
        return new GenericContainer<>(image)
                .withNetwork(network)
                .withNetworkAliases(module)
                .withEnv("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                .withExposedPorts(port)
                .waitingFor(Wait.forHttp("/q/health/ready").forPort(port).withStartupTimeout(Duration.ofMinutes(2)));
    }
}
