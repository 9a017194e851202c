package io.kzmonitor.fetcher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzmonitor.contracts.Article;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.Topics;
import io.kzmonitor.fetcher.messaging.SourcesTopicReader;
import io.kzmonitor.fetcher.poll.SourceCatalog;
import io.kzmonitor.fetcher.poll.SourceRegistry;
import io.kzmonitor.fetcher.poll.SourceStore;
import io.kzmonitor.fetcher.sources.SourcesFile;
import io.kzmonitor.testkit.KafkaBrokerResource;
import io.kzmonitor.testkit.TestKafka;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sources REST API against a real broker: changes are validated, stored in fetcher.sources and read back. */
@QuarkusTest
@TestProfile(SourcesApiProfile.class)
class SourcesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/sources")
    URI sources;

    @Test
    void shouldAddUpdatePauseResumeAndRemoveSourceThroughApi() throws Exception {
        // given a new feed source
        String body = """
                {"id": "api-wire", "type": "rss", "url": "%s", "interval": "1h"}
                """.formatted(SectionSiteResource.site.url("/api-feed.xml"));

        // when it is added
        HttpResponse<String> added = send("POST", "", body);

        // then it is listed, with its status
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(json(added).path("origin").asText()).isEqualTo("api");
        assertThat(ids(send("GET", "", null))).contains("api-wire", "steppe-daily-politics", "file-feed");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(json(send("GET", "/api-wire/status", null))
                                .path("lastError")
                                .asText())
                        .contains("404"));

        // when it is updated, paused, resumed
        HttpResponse<String> updated = send("PUT", "/api-wire", body.replace("1h", "30m"));
        HttpResponse<String> paused = send("POST", "/api-wire/pause", null);
        HttpResponse<String> resumed = send("POST", "/api-wire/resume", null);

        // then each change shows
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(json(updated).path("interval").asText()).isEqualTo("PT30M");
        assertThat(json(paused).path("paused").asBoolean()).isTrue();
        assertThat(json(resumed).path("paused").asBoolean()).isFalse();
        assertThat(json(resumed).path("interval").asText()).isEqualTo("PT30M");

        // when it is removed
        HttpResponse<String> removed = send("DELETE", "/api-wire", null);

        // then it is gone
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(ids(send("GET", "", null))).doesNotContain("api-wire");
        assertThat(send("GET", "/api-wire", null).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"id\":\"bad-url\",\"type\":\"rss\",\"url\":\"ftp://example.org/feed\"}|400|url",
                "{\"id\":\"bad-url2\",\"type\":\"rss\",\"url\":\"http://\"}|400|url",
                "{\"id\":\"bad-type\",\"type\":\"telegram\",\"url\":\"http://example.org/\"}|400|type",
                "{\"id\":\"bad-interval\",\"url\":\"http://example.org/feed\",\"interval\":\"soon\"}|400|interval",
                "{\"id\":\"file-feed\",\"url\":\"http://example.org/feed\"}|409|id",
                "{\"id\":\"no-selector\",\"type\":\"section\",\"url\":\"http://example.org/news/\"}|400|selector",
                "{\"id\":\"Bad Id\",\"url\":\"http://example.org/feed\"}|400|id",
                "not json|400|source"
            })
    void shouldRejectInvalidSourceWithProblemNamingTheField(String body, int status, String field) throws Exception {
        // when an invalid definition is posted
        HttpResponse<String> answer = send("POST", "", body);

        // then a problem names the field, and nothing was added
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(answer).path("field").asText()).isEqualTo(field);
        assertThat(json(answer).path("status").asInt()).isEqualTo(status);
        assertThat(json(answer).path("detail").asText()).startsWith(field + ":");
        assertThat(ids(send("GET", "", null)))
                .doesNotContain("bad-url", "bad-url2", "bad-type", "bad-interval", "no-selector")
                .containsOnlyOnce("file-feed");
    }

    @Test
    void shouldRefuseToRemoveFileDefinedSourceAndAnswer404ForUnknownOne() throws Exception {
        assertThat(send("DELETE", "/file-feed", null).statusCode()).isEqualTo(409);
        assertThat(send("POST", "/nowhere/pause", null).statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/nowhere", "{\"url\":\"http://example.org/feed\"}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldKeepSourceAddedThroughApiAfterRestart() throws Exception {
        // given a source added through the API and a file-defined source paused through it
        String body = """
                {"id": "durable-wire", "name": "Durable Wire", "type": "section", "selector": "h2 a",
                 "url": "%s", "interval": "45m"}
                """.formatted(SectionSiteResource.site.url("/durable/"));
        assertThat(send("POST", "", body).statusCode()).isEqualTo(201);
        assertThat(send("POST", "/file-feed/pause", null).statusCode()).isEqualTo(200);

        // when a new catalog starts from the same file and reads fetcher.sources back, as the service does at start
        SourceRegistry registry = new SourceRegistry();
        SourceCatalog catalog = new SourceCatalog(registry, new ReadOnlyStore(), Clock.systemUTC());
        catalog.setFileSources(SourcesFile.read(SectionSiteResource.sourcesFile).sources());
        try (SourcesTopicReader reader = new SourcesTopicReader(
                        KafkaBrokerResource.bootstrapServers(), "fetcher.sources", 12, catalog::applyStored)
                .start()) {
            await().atMost(Duration.ofSeconds(30)).until(reader::isReady);

            // then the API source is back with its definition, and the file source is still paused
            SourceRegistry.Entry durable = registry.get("durable-wire");
            assertThat(durable).isNotNull();
            assertThat(durable.origin()).isEqualTo(SourceRegistry.Origin.API);
            assertThat(durable.source().name()).isEqualTo("Durable Wire");
            assertThat(durable.source().selector()).isEqualTo("h2 a");
            assertThat(durable.source().interval()).isEqualTo(Duration.ofMinutes(45));
            assertThat(registry.get("file-feed").paused()).isTrue();
            assertThat(registry.get("steppe-daily-politics").paused()).isFalse();
        } finally {
            send("DELETE", "/durable-wire", null);
            send("POST", "/file-feed/resume", null);
        }
        // and the topic is compacted, keyed by source id
        try (Admin admin = KafkaBrokerResource.broker().admin()) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "fetcher.sources");
            String policy = admin.describeConfigs(List.of(topic))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .get(topic)
                    .get("cleanup.policy")
                    .value();
            assertThat(policy).isEqualTo("compact");
        }
        assertThat(TestKafka.readAll(KafkaBrokerResource.bootstrapServers(), "fetcher.sources", Duration.ofSeconds(1)))
                .anySatisfy(r -> assertThat(r.key()).isEqualTo("durable-wire"))
                .anySatisfy(r -> {
                    assertThat(r.key()).isEqualTo("durable-wire");
                    assertThat(r.value()).isNull();
                });
    }

    @Test
    void shouldPublishArticlesLinkedFromSectionPageOnly() {
        // given the file-defined section source on the fixture site (selector ".story-list h2 a")
        // when it has been polled
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(sectionTitles())
                        .containsExactlyInAnyOrder(
                                "Senate approves constitutional reform package",
                                "Parliament amends election law",
                                "Foreign minister visits Ankara"));
        // then the sidebar story, the nav links and the off-site link were not published, and no duplicate
        assertThat(sectionTitles()).hasSize(3).doesNotContain("An old story");
    }

    private static List<String> sectionTitles() {
        return TestKafka.readAll(KafkaBrokerResource.bootstrapServers(), Topics.ARTICLES, Duration.ofSeconds(1))
                .stream()
                .map(r -> EventJson.read(r.value(), Article.class))
                .filter(a -> a.sourceId().equals("steppe-daily-politics"))
                .map(Article::title)
                .toList();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sources + path))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30));
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static List<String> ids(HttpResponse<String> r) throws Exception {
        return java.util.stream.StreamSupport.stream(json(r).spliterator(), false)
                .map(n -> n.path("id").asText())
                .toList();
    }

    /** A store for the restarted catalog, which makes no changes of its own. */
    private static final class ReadOnlyStore implements SourceStore {
        @Override
        public void start(BiConsumer<String, String> onRecord) {}

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void save(String sourceId, String value) {
            throw new UnsupportedOperationException("read-only");
        }
    }
}
