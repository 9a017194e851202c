package io.kzmonitor.fetcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kzmonitor.contracts.Article;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.Topics;
import io.kzmonitor.fetcher.poll.PollScheduler;
import io.kzmonitor.fetcher.poll.SourceRegistry;
import io.kzmonitor.testkit.KafkaBrokerResource;
import io.kzmonitor.testkit.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The fetcher against a real Kafka broker and the real demo news site over HTTP. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(NewsSitesResource.class)
class FetcherPipelineTest {

    private static final String ARABIC_TITLE =
            "توكاييف: المحكمة الدستورية والنظام الانتخابي المختلط ركيزتا الإصلاح السياسي";

    @Inject
    PollScheduler scheduler;

    @Test
    void shouldPublishEachDemoArticleOnceDecodedAndNothingNewOnTheNextPoll() {
        // given the demo site's feed of 7 articles, polled every 2 s
        // when the fetcher has polled it
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                demoArticles().stream().map(Article::id).distinct())
                        .hasSize(7));
        Instant afterFirstPoll = Instant.now();

        // then each article is published once, keyed by id, decoded, with language and UTC dates
        List<ConsumerRecord<String, String>> records = demoRecords();
        assertThat(records).hasSize(7);
        assertThat(records)
                .allSatisfy(r -> assertThat(r.key())
                        .isEqualTo(EventJson.read(r.value(), Article.class).id()));
        Map<String, Article> byPath = demoArticles().stream()
                .collect(Collectors.toMap(
                        a -> a.url().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", ""),
                        Function.identity()));
        Article arabic = byPath.get("/ar/reforms-constitutional-court.windows-1256.html");
        assertThat(arabic.title()).isEqualTo(ARABIC_TITLE);
        assertThat(arabic.text()).contains("قاسم جومارت توكاييف").doesNotContain("ملفات تعريف الارتباط");
        assertThat(arabic.language()).isEqualTo("ar");
        assertThat(arabic.publishedAt()).isEqualTo(Instant.parse("2026-03-16T04:30:00Z"));
        Article russian = byPath.get("/ru/tokayev-xi-talks.windows-1251.html");
        assertThat(russian.title()).startsWith("Токаев и Си Цзиньпин обсудили");
        assertThat(russian.text()).contains("Касым-Жомарт Токаев").doesNotContain("Популярное");
        assertThat(russian.authors()).containsExactly("Айгерим Сейткали");
        assertThat(russian.publishedAt()).isEqualTo(Instant.parse("2026-03-17T05:05:00Z"));
        assertThat(byPath.get("/kk/tokayev-erdogan-call.html").language()).isEqualTo("kk");
        assertThat(byPath.get("/zh/multivector-policy.html").language()).isEqualTo("zh");
        assertThat(byPath.get("/zh/multivector-policy.html").publishedAt())
                .isEqualTo(Instant.parse("2026-03-19T00:00:00Z"));
        assertThat(byPath.get("/en/kurultai-explainer.html").language()).isEqualTo("en");
        assertThat(byPath.get("/en/kurultai-explainer.html").publishedAt())
                .isEqualTo(Instant.parse("2026-03-18T06:00:00Z"));
        assertThat(records)
                .allSatisfy(
                        r -> assertThat(EventJson.read(r.value(), Article.class).revision())
                                .isEqualTo(1));

        // when the feed is polled again successfully
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(demoSource().status().snapshot().lastSuccessAt())
                        .isAfter(afterFirstPoll.plusSeconds(2)));

        // then nothing new was published
        assertThat(demoRecords()).hasSize(7);
        assertThat(demoSource().status().snapshot().itemsFound()).isEqualTo(7);
    }

    private SourceRegistry.Entry demoSource() {
        return scheduler.sources().stream()
                .filter(e -> e.source().id().equals("steppe-wire"))
                .findFirst()
                .orElseThrow();
    }

    private static List<ConsumerRecord<String, String>> demoRecords() {
        return TestKafka.readAll(KafkaBrokerResource.bootstrapServers(), Topics.ARTICLES, Duration.ofSeconds(1))
                .stream()
                .filter(r -> EventJson.read(r.value(), Article.class).sourceId().equals("steppe-wire"))
                .toList();
    }

    private static List<Article> demoArticles() {
        return demoRecords().stream()
                .map(r -> EventJson.read(r.value(), Article.class))
                .toList();
    }
}
