package io.kzmonitor.fetcher.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {

    private final SitemapReader reader = new SitemapReader();

    @Test
    void shouldReadNewsSitemapMostRecentFirstWithNewsTitles() throws Exception {
        // given
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://example.kz/ru/news/1</loc><lastmod>2026-03-16T07:00:00Z</lastmod></url>
                  <url><loc>https://example.kz/ru/news/2</loc>
                    <news:news><news:publication><news:name>Вестник</news:name><news:language>ru</news:language>
                    </news:publication><news:publication_date>2026-03-17T10:05:00+05:00</news:publication_date>
                    <news:title>Токаев провёл переговоры</news:title></news:news></url>
                </urlset>
                """;

        // when
        SitemapReader.Result result = reader.read(
                xml.strip().getBytes(StandardCharsets.UTF_8), "application/xml", "https://example.kz/sitemap.xml");

        // then
        assertThat(result.childSitemaps()).isEmpty();
        assertThat(result.entries())
                .containsExactly(
                        new FeedEntry(
                                "https://example.kz/ru/news/2",
                                "Токаев провёл переговоры",
                                Instant.parse("2026-03-17T05:05:00Z"),
                                null),
                        new FeedEntry(
                                "https://example.kz/ru/news/1", null, Instant.parse("2026-03-16T07:00:00Z"), null));
    }

    @Test
    void shouldListChildSitemapsOfAnIndexNewestFirst() throws Exception {
        // given
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://example.kz/sitemap-2026-02.xml</loc><lastmod>2026-02-28</lastmod></sitemap>
                  <sitemap><loc>https://example.kz/sitemap-2026-03.xml</loc><lastmod>2026-03-17</lastmod></sitemap>
                </sitemapindex>
                """;

        // when
        SitemapReader.Result result = reader.read(
                xml.strip().getBytes(StandardCharsets.UTF_8), "application/xml", "https://example.kz/sitemap.xml");

        // then
        assertThat(result.childSitemaps())
                .containsExactly("https://example.kz/sitemap-2026-03.xml", "https://example.kz/sitemap-2026-02.xml");
    }

    @Test
    void shouldRejectGarbage() {
        assertThatThrownBy(() -> reader.read(
                        "not xml at all".getBytes(StandardCharsets.UTF_8),
                        "text/html",
                        "https://example.kz/sitemap.xml"))
                .isInstanceOf(FeedParser.InvalidFeedException.class);
    }
}
