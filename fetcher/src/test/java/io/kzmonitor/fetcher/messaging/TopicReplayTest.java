package io.kzmonitor.fetcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.contracts.Article;
import io.kzmonitor.contracts.ContentHash;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.fetcher.dedup.SeenState;
import io.kzmonitor.testkit.EmbeddedKafka;
import io.kzmonitor.testkit.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A restarted fetcher rebuilds its seen-state from a real Kafka topic, so nothing is published twice. */
class TopicReplayTest {

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafka.start().createTopics(List.of("replay.articles"), 2);
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void shouldRestoreHashesAndLatestRevisionsAndSkipGarbage() {
        // given what an earlier run published: a1 (twice, revised), a2, and one unreadable record
        send(article("a1", "Title", "old text", 1));
        send(article("a1", "Title", "new text", 2));
        send(article("a2", "Other", "text", 1));
        TestKafka.send(kafka.bootstrapServers(), "replay.articles", "x", "{not json");

        // when a new instance starts
        SeenState seen = new SeenState();
        int records = TopicReplay.replay(kafka.bootstrapServers(), "replay.articles", seen, Duration.ofSeconds(30));

        // then it knows both articles with their latest content, and would publish an edit as revision 3
        assertThat(records).isEqualTo(4);
        assertThat(seen.decide("a1", ContentHash.of("Title", "new text")).kind())
                .isEqualTo(SeenState.Kind.UNCHANGED);
        assertThat(seen.decide("a2", ContentHash.of("Other", "text")).kind()).isEqualTo(SeenState.Kind.UNCHANGED);
        assertThat(seen.decide("a1", ContentHash.of("Title", "newer text")))
                .isEqualTo(new SeenState.Decision(SeenState.Kind.UPDATED, 3));
    }

    private static Article article(String id, String title, String text, int revision) {
        return new Article(
                Article.TYPE,
                id,
                "https://example.kz/" + id,
                null,
                "src",
                null,
                title,
                text,
                null,
                "en",
                null,
                List.of(),
                null,
                false,
                Instant.parse("2026-03-16T00:00:00Z"),
                null,
                revision);
    }

    private static void send(Article a) {
        TestKafka.send(kafka.bootstrapServers(), "replay.articles", a.id(), EventJson.write(a));
    }
}
