package io.kzmonitor.fetcher.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.fetcher.feeds.FeedEntry;
import org.junit.jupiter.api.Test;

class SectionLinksTest {

    private static final String PAGE = """
            <html><body>
            <nav><a href="/">Home</a><a href="/about">About</a></nav>
            <div class="news">
              <article><h3><a href="2026/05/reform.html">Reform</a></h3></article>
              <article><h3><a href="/politics/2026/05/visit.html#top">Visit</a></h3></article>
              <article><h3><a href="https://www.steppe.example/politics/2026/05/law.html">Law</a></h3></article>
              <article><h3><a href="https://other.example/politics/x.html">Elsewhere</a></h3></article>
              <article><h3><a href="2026/05/reform.html">Reform again</a></h3></article>
              <article><h3><a href="mailto:desk@steppe.example">Mail us</a></h3></article>
              <article><h3><a href="">This page</a></h3></article>
            </div>
            <aside><a href="/politics/2026/01/old.html">Old</a></aside>
            </body></html>
            """;

    @Test
    void shouldResolveSelectedLinksAgainstPageUrlAndKeepSameSiteOnes() {
        // when the links the selector picks are read from a section page
        var links = SectionLinks.find(PAGE, "https://steppe.example/politics/", ".news h3 a").stream()
                .map(FeedEntry::link)
                .toList();

        // then they are absolute, same-site (www. ignored), without fragment, duplicates, the page or other schemes
        assertThat(links)
                .containsExactly(
                        "https://steppe.example/politics/2026/05/reform.html",
                        "https://steppe.example/politics/2026/05/visit.html",
                        "https://www.steppe.example/politics/2026/05/law.html");
    }

    @Test
    void shouldFollowLinkInsideSelectedContainer() {
        // a selector may pick the article cards rather than the links
        var links = SectionLinks.find(PAGE, "https://steppe.example/politics/", "div.news article").stream()
                .map(FeedEntry::link)
                .toList();

        assertThat(links).hasSize(3).doesNotContain("https://steppe.example/politics/2026/01/old.html");
    }

    @Test
    void shouldFindNothingWhenSelectorMatchesNothing() {
        assertThat(SectionLinks.find(PAGE, "https://steppe.example/politics/", "ul.missing a"))
                .isEmpty();
    }
}
