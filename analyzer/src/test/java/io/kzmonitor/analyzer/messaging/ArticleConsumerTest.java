package io.kzmonitor.analyzer.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kzmonitor.contracts.Article;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.contracts.Topics;
import io.kzmonitor.testkit.KafkaBrokerResource;
import io.kzmonitor.testkit.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The service end to end on a real broker: news.articles in, news.flagged and news.articles.dlq out. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class ArticleConsumerTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @TestHTTPResource("/q/metrics")
    URL metrics;

    @Test
    void shouldFlagRelevantArabicRussianAndEnglishArticlesAndPassOverUnrelatedOne() throws Exception {
        // given
        Article arabic = article(
                "ar",
                "ar",
                "لكازاخستان دستور جديد بعد الاستفتاء",
                "أعلنت لجنة الاستفتاء المركزية في كازاخستان أن الناخبين أيدوا الدستور الجديد. وقال الرئيس قاسم جومارت"
                        + " توكاييف إن البرلمان سيصبح أحادي المجلس.");
        Article russian = article(
                "ru",
                "ru",
                "Токаев провел переговоры с Си Цзиньпином",
                "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Председателем КНР Си Цзиньпином в Астане."
                        + " Стороны подписали совместное заявление о стратегическом партнерстве.");
        Article english = article(
                "en",
                "en",
                "Kazakhstan abolishes the death penalty",
                "President Kassym-Jomart Tokayev signed a law abolishing the death penalty in Kazakhstan. Human rights"
                        + " groups welcomed the reform.");
        Article unrelated = article(
                "weather",
                "en",
                "Heavy snow expected in the Alps",
                "Forecasters expect heavy snowfall in the Alps this weekend, with temperatures dropping sharply.");

        // when
        for (Article a : List.of(arabic, russian, english, unrelated)) {
            TestKafka.send(KafkaBrokerResource.bootstrapServers(), Topics.ARTICLES, a.id(), EventJson.write(a));
        }

        // then
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(flagged().keySet()).contains(arabic.id(), russian.id(), english.id()));
        Map<String, FlaggedArticle> flagged = flagged();
        assertThat(flagged).doesNotContainKey(unrelated.id());
        assertThat(flagged.get(arabic.id()).categoryNames()).contains("reforms");
        assertThat(flagged.get(arabic.id()).language()).isEqualTo("ar");
        assertThat(flagged.get(russian.id()).categoryNames()).contains("diplomacy");
        assertThat(flagged.get(english.id()).matches())
                .anySatisfy(m -> assertThat(m.text()).isEqualToIgnoringCase("death penalty"));
        assertThat(flagged.get(arabic.id()).entities())
                .anySatisfy(e -> assertThat(e.id()).isEqualTo("person:tokayev"));
        // ...and the decisions are visible to Prometheus, once per article and timed
        assertThat(prometheus())
                .containsPattern("analyzer_articles_total\\{[^}]*language=\"ar\"[^}]*relevant=\"true\"")
                .containsPattern("analyzer_articles_total\\{[^}]*relevant=\"false\"")
                .contains("analyzer_analysis_seconds_count");
    }

    private String prometheus() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(metrics.toURI()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void shouldDeadLetterMalformedRecordAndKeepProcessingLaterRecords() {
        // given
        String poisonKey = "poison-" + run;
        Article later = article(
                "after-poison",
                "en",
                "Kazakhstan sets referendum date",
                "President Tokayev called a referendum on a new constitution for Kazakhstan in March.");

        // when
        TestKafka.send(KafkaBrokerResource.bootstrapServers(), Topics.ARTICLES, poisonKey, "{not json");
        TestKafka.send(KafkaBrokerResource.bootstrapServers(), Topics.ARTICLES, later.id(), EventJson.write(later));

        // then
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(keys(Topics.ARTICLES_DLQ)).contains(poisonKey);
            assertThat(flagged()).containsKey(later.id());
        });
    }

    private Article article(String name, String lang, String title, String text) {
        String id = name + "-" + run;
        return new Article(
                null,
                id,
                "https://news.example/" + id,
                null,
                "test",
                "Test source",
                title,
                text,
                null,
                lang,
                Instant.parse("2026-03-16T08:00:00Z"),
                List.of(),
                null,
                false,
                Instant.now(),
                null,
                1);
    }

    private static Map<String, FlaggedArticle> flagged() {
        return records(Topics.FLAGGED).stream()
                .collect(Collectors.toMap(
                        ConsumerRecord::key, r -> EventJson.read(r.value(), FlaggedArticle.class), (a, b) -> b));
    }

    private static List<String> keys(String topic) {
        return records(topic).stream().map(ConsumerRecord::key).toList();
    }

    private static List<ConsumerRecord<String, String>> records(String topic) {
        return TestKafka.readAll(KafkaBrokerResource.bootstrapServers(), topic, Duration.ofMillis(800));
    }
}
