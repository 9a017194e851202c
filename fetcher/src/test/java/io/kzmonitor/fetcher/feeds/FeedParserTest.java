package io.kzmonitor.fetcher.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void shouldParseRss2InWindows1251WithRelativeLinks() throws Exception {
        // given
        String rss =
                "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>Вестник</title>"
                        + "<item><title>Токаев провёл переговоры</title><link>/ru/news/1</link>"
                        + "<pubDate>Tue, 17 Mar 2026 10:05:00 +0500</pubDate></item></channel></rss>";

        // when
        List<FeedEntry> entries =
                parser.parse(rss.getBytes(Charset.forName("windows-1251")), null, "https://example.kz/rss");

        // then
        assertThat(entries)
                .containsExactly(new FeedEntry(
                        "https://example.kz/ru/news/1",
                        "Токаев провёл переговоры",
                        Instant.parse("2026-03-17T05:05:00Z"),
                        null));
    }

    @Test
    void shouldParseAtom() throws Exception {
        // given
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Wire</title><id>urn:x</id><updated>2026-03-18T06:00:00Z</updated><entry><title>Kurultai</title>"
                + "<link rel=\"alternate\" href=\"https://example.kz/en/kurultai\"/><id>urn:1</id>"
                + "<updated>2026-03-18T06:00:00Z</updated></entry></feed>";

        // when
        List<FeedEntry> entries =
                parser.parse(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml", "https://example.kz/atom");

        // then
        assertThat(entries).extracting(FeedEntry::link).containsExactly("https://example.kz/en/kurultai");
    }

    @Test
    void shouldRefuseExternalEntities() {
        // given an XXE attempt
        String rss = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title>"
                + "<link>https://example.kz/1</link></item></channel></rss>";

        // when / then
        assertThatThrownBy(() -> parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, "https://example.kz/rss"))
                .isInstanceOf(FeedParser.InvalidFeedException.class);
    }

    @Test
    void shouldRejectTruncatedXml() {
        // given
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut";

        // when / then
        assertThatThrownBy(() -> parser.parse(rss.getBytes(StandardCharsets.UTF_8), null, "https://example.kz/rss"))
                .isInstanceOf(FeedParser.InvalidFeedException.class);
    }
}
