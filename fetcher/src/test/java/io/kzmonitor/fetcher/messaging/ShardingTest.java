package io.kzmonitor.fetcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kzmonitor.fetcher.poll.PollLoop;
import io.kzmonitor.fetcher.poll.PollResult;
import io.kzmonitor.fetcher.poll.SourceRegistry;
import io.kzmonitor.fetcher.sources.Source;
import io.kzmonitor.fetcher.sources.SourceType;
import io.kzmonitor.testkit.EmbeddedKafka;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas' owners in one JVM, in one consumer group on a real broker, each driving its own poll loop over the
 * same 40 sources: each source is polled by exactly one, and all move to the survivor when the other leaves.
 */
class ShardingTest {

    private static final String TOPIC = "fetcher.sources";
    private static EmbeddedKafka kafka;
    private static ExecutorService workers;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start();
        workers = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stopBroker() {
        workers.shutdownNow();
        kafka.close();
    }

    @Test
    void shouldPollEachSourceByExactlyOneReplicaAndMoveSourcesToTheSurvivor() {
        // given 40 sources known to two replicas, whose owners join one group
        List<Source> sources = IntStream.range(0, 40)
                .mapToObj(i -> new Source(
                        "source-" + i, null, SourceType.RSS, "http://127.0.0.1/feed-" + i, Duration.ofHours(1)))
                .toList();
        PartitionOwnership ownerA = owner();
        PartitionOwnership ownerB = owner();
        Replica a = new Replica(sources, ownerA);
        Replica b = new Replica(sources, ownerB);
        try {
            ownerA.start();
            ownerB.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Set<Integer> union = new HashSet<>(ownerA.assigned());
                union.addAll(ownerB.assigned());
                return union.size() == 6
                        && !ownerA.assigned().isEmpty()
                        && !ownerB.assigned().isEmpty();
            });
            assertThat(ownerA.assigned()).doesNotContainAnyElementsOf(ownerB.assigned());

            // when both loops run until every source was polled once
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                a.loop.tick();
                b.loop.tick();
                return a.polled.size() + b.polled.size() >= sources.size();
            });

            // then each source was polled by exactly one replica, and both did some of the work
            assertThat(a.polled.keySet()).doesNotContainAnyElementsOf(b.polled.keySet());
            Set<String> all = new HashSet<>(a.polled.keySet());
            all.addAll(b.polled.keySet());
            assertThat(all).hasSize(40);
            assertThat(a.polled).isNotEmpty();
            assertThat(b.polled).isNotEmpty();
            assertThat(a.polled.values()).containsOnly(1);
            assertThat(b.polled.values()).containsOnly(1);

            // when replica A leaves
            ownerA.close();

            // then B owns every partition and polls A's sources too
            await().atMost(Duration.ofSeconds(60)).until(() -> ownerB.assigned().size() == 6);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                b.loop.tick();
                return b.polled.size() == sources.size();
            });
            assertThat(sources).allMatch(s -> ownerB.owns(s.id()));
            assertThat(b.polled.values()).containsOnly(1);
        } finally {
            ownerA.close();
            ownerB.close();
        }
    }

    @Test
    void shouldMoveSourcesOfACrashedReplicaAfterTheSessionTimeout() {
        // given two owners sharing the partitions
        PartitionOwnership crashing = new PartitionOwnership(
                kafka.bootstrapServers(), "crash.sources", 6, "crash-owners", Duration.ofSeconds(6));
        PartitionOwnership survivor = new PartitionOwnership(
                kafka.bootstrapServers(), "crash.sources", 6, "crash-owners", Duration.ofSeconds(6));
        try {
            crashing.start();
            survivor.start();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> !crashing.assigned().isEmpty()
                            && !survivor.assigned().isEmpty()
                            && crashing.assigned().size() + survivor.assigned().size() == 6);

            // when one stops without leaving the group, as a killed process would
            long crashedAt = System.nanoTime();
            crashing.abandon();

            // then the survivor gets every partition, once the broker gave up on the silent member
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> survivor.assigned().size() == 6);
            assertThat(Duration.ofNanos(System.nanoTime() - crashedAt)).isGreaterThan(Duration.ofSeconds(3));
        } finally {
            crashing.close();
            survivor.close();
        }
    }

    @Test
    void shouldPlaceSourceOnTheSamePartitionAsKafkaPlacesItsKey() {
        // the partition of a source is the one its fetcher.sources record lands on (Kafka's murmur2 partitioner)
        assertThat(PartitionOwnership.partitionOf("steppe-wire", 12))
                .isEqualTo(PartitionOwnership.partitionOf("steppe-wire", 12))
                .isBetween(0, 11);
        Set<Integer> spread = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> spread.add(PartitionOwnership.partitionOf("s-" + i, 12)));
        assertThat(spread).hasSize(12);
    }

    private static PartitionOwnership owner() {
        return new PartitionOwnership(kafka.bootstrapServers(), TOPIC, 6, "test-owners", Duration.ofSeconds(6));
    }

    /** One replica: its registry, its loop, and the sources its poller was asked to poll, with counts. */
    private static final class Replica {
        final ConcurrentHashMap<String, Integer> polled = new ConcurrentHashMap<>();
        final PollLoop loop;

        Replica(List<Source> sources, PartitionOwnership owner) {
            SourceRegistry registry = new SourceRegistry();
            registry.replace(sources, Instant.now());
            loop = new PollLoop(
                    (source, status) -> {
                        polled.merge(source.id(), 1, Integer::sum);
                        return new PollResult(true, "FETCHED", 0, 0, null, null);
                    },
                    registry,
                    owner,
                    new PollLoop.Settings(Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(1)),
                    workers,
                    Clock.systemUTC(),
                    (source, result) -> {});
        }
    }
}
