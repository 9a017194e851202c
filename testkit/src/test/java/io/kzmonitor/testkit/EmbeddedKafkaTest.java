package io.kzmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.contracts.Topics;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    @Test
    void shouldStartARealBrokerWithThePipelineTopics() throws Exception {
        // given
        try (EmbeddedKafka kafka = EmbeddedKafka.start().createTopics(Topics.ALL, 2)) {
            // when
            TestKafka.send(kafka.bootstrapServers(), Topics.ARTICLES, "k1", "{\"hello\":\"سلام\"}");
            var records = TestKafka.readAll(kafka.bootstrapServers(), Topics.ARTICLES, Duration.ofSeconds(1));

            // then
            try (var admin = kafka.admin()) {
                assertThat(admin.listTopics().names().get()).containsAll(Topics.ALL);
            }
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("k1");
                assertThat(r.value()).isEqualTo("{\"hello\":\"سلام\"}");
            });
        }
    }
}
