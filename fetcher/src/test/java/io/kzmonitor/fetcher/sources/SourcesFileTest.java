package io.kzmonitor.fetcher.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SourcesFileTest {

    @Test
    void shouldReadValidSourcesAndReportInvalidOnesByField() throws Exception {
        // given
        String yaml = """
                sources:
                  - id: steppe-wire
                    name: Steppe Wire (demo)
                    type: rss
                    url: http://127.0.0.1:8090/feed.xml
                    interval: 30s
                  - id: one-page
                    type: page
                    url: https://example.kz/news/1
                  - id: Bad Id
                    url: https://example.kz/feed
                  - id: no-url
                    type: rss
                  - id: weird-type
                    type: carrier-pigeon
                    url: https://example.kz/feed
                  - id: steppe-wire
                    url: https://example.kz/dup
                  - id: section-no-selector
                    type: section
                    url: https://example.kz/politics/
                  - id: section-bad-selector
                    type: section
                    url: https://example.kz/politics/
                    selector: "h2 >> a["
                  - id: politics
                    type: section
                    url: https://example.kz/politics/
                    selector: ".news h2 a"
                """;

        // when
        SourcesFile.Result result = SourcesFile.parse(yaml);

        // then
        assertThat(result.sources()).extracting(Source::id).containsExactly("steppe-wire", "one-page", "politics");
        assertThat(result.sources().get(2).selector()).isEqualTo(".news h2 a");
        assertThat(result.sources().get(0).interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(result.sources().get(0).type()).isEqualTo(SourceType.RSS);
        assertThat(result.sources().get(1).name()).isEqualTo("one-page");
        assertThat(result.sources().get(1).interval()).isNull();
        assertThat(result.problems())
                .startsWith(
                        "sources[2].id: must match [a-z0-9-]+, got Bad Id",
                        "sources[3].url: must be an http(s) URL, got null",
                        "sources[4].type: must be rss, sitemap, section or page, got carrier-pigeon",
                        "sources[5].id: duplicate id steppe-wire",
                        "sources[6].selector: a section source needs a CSS selector for its links")
                .anySatisfy(p -> assertThat(p).startsWith("sources[7].selector: not a CSS selector"))
                .hasSize(6);
    }

    @Test
    void shouldParseDurationsInShortAndIsoForms() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("PT2H")).isEqualTo(Duration.ofHours(2));
    }
}
