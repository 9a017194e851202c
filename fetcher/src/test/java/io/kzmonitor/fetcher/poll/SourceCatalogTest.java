package io.kzmonitor.fetcher.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kzmonitor.fetcher.sources.Source;
import io.kzmonitor.fetcher.sources.SourceType;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class SourceCatalogTest {

    /** Keeps what was stored, as the compacted topic would (last value per key, null removes). */
    private static final class MapStore implements SourceStore {
        final Map<String, String> values = new LinkedHashMap<>();

        @Override
        public void start(BiConsumer<String, String> onRecord) {
            values.forEach(onRecord);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void save(String sourceId, String value) {
            if (value == null) {
                values.remove(sourceId);
            } else {
                values.put(sourceId, value);
            }
        }
    }

    private static final Source FILE_FEED = new Source("file-feed", null, SourceType.RSS, "http://a.example/f", null);
    private static final Source API_FEED = new Source("api-feed", null, SourceType.RSS, "http://b.example/f", null);

    @Test
    void shouldNotResurrectARemovedSourceWhenItsOwnEarlierWriteIsReadBackLate() {
        // given an API source added then removed, whose records the log reader has not delivered yet
        SourceRegistry registry = new SourceRegistry();
        SourceCatalog catalog = new SourceCatalog(registry, new MapStore(), Clock.systemUTC());
        catalog.add(API_FEED);
        String added = new io.kzmonitor.fetcher.sources.SourceOverride(API_FEED, false).toJson();
        catalog.remove("api-feed");

        // when the reader catches up: first the add, then the tombstone
        catalog.applyStored("api-feed", added);
        boolean presentBetween =
                registry.all().stream().anyMatch(e -> e.source().id().equals("api-feed"));
        catalog.applyStored("api-feed", null);

        // then the source never came back
        assertThat(presentBetween).isFalse();
        assertThat(registry.all()).isEmpty();

        // and a later change by another replica is applied again
        catalog.applyStored("api-feed", added);
        assertThat(registry.all()).extracting(e -> e.source().id()).containsExactly("api-feed");
    }

    @Test
    void shouldRebuildTheSameSourcesFromStoredChangesAfterRestart() {
        // given a file source paused through the API and an API source, stored
        MapStore store = new MapStore();
        SourceCatalog before = new SourceCatalog(new SourceRegistry(), store, Clock.systemUTC());
        before.setFileSources(List.of(FILE_FEED));
        before.add(API_FEED);
        before.setPaused("file-feed", true);

        // when a new catalog reads the store back
        SourceRegistry registry = new SourceRegistry();
        SourceCatalog after = new SourceCatalog(registry, new MapStore(), Clock.systemUTC());
        after.setFileSources(List.of(FILE_FEED));
        store.start(after::applyStored);

        // then it has both, the file one still paused
        assertThat(registry.all()).extracting(e -> e.source().id()).containsExactly("file-feed", "api-feed");
        assertThat(registry.get("file-feed").paused()).isTrue();
        assertThat(registry.get("api-feed").origin()).isEqualTo(SourceRegistry.Origin.API);
    }

    @Test
    void shouldStoreTombstoneWhenFileSourceIsResumedOrApiSourceRemoved() {
        MapStore store = new MapStore();
        SourceCatalog catalog = new SourceCatalog(new SourceRegistry(), store, Clock.systemUTC());
        catalog.setFileSources(List.of(FILE_FEED));
        catalog.add(API_FEED);
        catalog.setPaused("file-feed", true);

        catalog.setPaused("file-feed", false);
        catalog.remove("api-feed");

        assertThat(store.values).isEmpty();
    }

    @Test
    void shouldRefuseDuplicateIdAndChangesToFileSources() {
        SourceCatalog catalog = new SourceCatalog(new SourceRegistry(), new MapStore(), Clock.systemUTC());
        catalog.setFileSources(List.of(FILE_FEED));

        assertThatThrownBy(() -> catalog.add(FILE_FEED))
                .isInstanceOfSatisfying(SourceCatalog.RefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(SourceCatalog.Refusal.CONFLICT);
                    assertThat(e.field()).isEqualTo("id");
                });
        assertThatThrownBy(() -> catalog.remove("file-feed"))
                .isInstanceOfSatisfying(
                        SourceCatalog.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(SourceCatalog.Refusal.CONFLICT));
        assertThatThrownBy(() ->
                        catalog.update("nope", new Source("nope", null, SourceType.RSS, "http://x.example", null)))
                .isInstanceOfSatisfying(
                        SourceCatalog.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(SourceCatalog.Refusal.NOT_FOUND));
    }

    @Test
    void shouldIgnoreUnreadableStoredValue() {
        SourceRegistry registry = new SourceRegistry();
        SourceCatalog catalog = new SourceCatalog(registry, new MapStore(), Clock.systemUTC());

        catalog.applyStored("broken", "{not json");
        catalog.applyStored("bad-url", "{\"id\":\"bad-url\",\"url\":\"ftp://x\"}");

        assertThat(registry.all()).isEmpty();
    }
}
