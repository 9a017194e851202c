package io.kzmonitor.fetcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kzmonitor.contracts.Article;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.Topics;
import io.kzmonitor.fetcher.poll.PollScheduler;
import io.kzmonitor.fetcher.sources.SourceStatus;
import io.kzmonitor.testkit.KafkaBrokerResource;
import io.kzmonitor.testkit.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Broken responses (404, invalid XML, binary labelled text/html, empty page) are logged and polling goes on. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(NewsSitesResource.class)
class BrokenSourcesTest {

    @Inject
    PollScheduler scheduler;

    @TestHTTPResource("/sources")
    URI sourcesEndpoint;

    private LogCapture log;

    @BeforeEach
    void captureLogs() {
        log = LogCapture.attach("io.kzmonitor.fetcher");
    }

    @AfterEach
    void release() {
        log.close();
    }

    @Test
    void shouldLogBrokenResponsesWithUrlAndCauseAndKeepPolling() throws Exception {
        // given sources that answer 404, invalid XML, binary content and an empty page, and a feed mixing them
        // when they have been polled at least twice each
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            assertThat(status("invalid-feed").consecutiveFailures()).isGreaterThanOrEqualTo(2);
            assertThat(status("missing-feed").consecutiveFailures()).isGreaterThanOrEqualTo(2);
            assertThat(status("empty-page").consecutiveFailures()).isGreaterThanOrEqualTo(2);
            assertThat(status("binary-page").consecutiveFailures()).isGreaterThanOrEqualTo(2);
        });

        // then each failure is in the status with its cause, and logged at WARN with the URL
        assertThat(status("invalid-feed").lastError()).contains("invalid feed");
        assertThat(status("missing-feed").lastError()).contains("NOT_FOUND").contains("404");
        assertThat(status("empty-page").lastError()).contains("no article text");
        assertThat(status("binary-page").lastError()).contains("binary content");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(log.lines())
                        .anySatisfy(
                                l -> assertThat(l).contains("invalid-feed.xml").contains("invalid feed"))
                        .anySatisfy(
                                l -> assertThat(l).contains("no-such-feed.xml").contains("404"))
                        .anySatisfy(l -> assertThat(l).contains("binary.html").contains("binary content")));
        // and the good item of the mixed feed is published, its broken siblings noted
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(brokenWireTitles())
                        .containsExactly("Astana Book Fair opens with record number of publishers"));
        assertThat(status("broken-wire").lastSuccessAt()).isNotNull();
        assertThat(status("broken-wire").lastError()).isNotNull();
        // and the invalid definition was skipped, the others kept
        assertThat(scheduler.sources())
                .extracting(e -> e.source().id())
                .doesNotContain("Not Valid")
                .hasSize(6);
    }

    private SourceStatus.Snapshot status(String id) {
        return scheduler.sources().stream()
                .filter(e -> e.source().id().equals(id))
                .findFirst()
                .orElseThrow()
                .status()
                .snapshot();
    }

    private static List<String> brokenWireTitles() {
        return TestKafka.readAll(KafkaBrokerResource.bootstrapServers(), Topics.ARTICLES, Duration.ofSeconds(1))
                .stream()
                .map(r -> EventJson.read(r.value(), Article.class))
                .filter(a -> a.sourceId().equals("broken-wire"))
                .map(Article::title)
                .toList();
    }
}
