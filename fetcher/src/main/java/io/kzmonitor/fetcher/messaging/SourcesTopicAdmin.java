package io.kzmonitor.fetcher.messaging;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the compacted sources topic when it does not exist yet. */
final class SourcesTopicAdmin {

    private SourcesTopicAdmin() {}

    /** Creates {@code topic} (compacted, {@code partitions} partitions) unless it exists; throws when Kafka fails. */
    static void ensure(String bootstrapServers, String topic, int partitions) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            if (admin.listTopics().names().get(15, TimeUnit.SECONDS).contains(topic)) {
                return;
            }
            NewTopic t = new NewTopic(topic, partitions, (short) -1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(t)).all().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
