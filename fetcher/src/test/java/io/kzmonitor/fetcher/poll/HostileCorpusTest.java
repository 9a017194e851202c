package io.kzmonitor.fetcher.poll;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kzmonitor.contracts.Article;
import io.kzmonitor.fetcher.Fixtures;
import io.kzmonitor.fetcher.dedup.SeenState;
import io.kzmonitor.fetcher.extract.ArticleExtractor;
import io.kzmonitor.fetcher.http.HttpFetcher;
import io.kzmonitor.fetcher.http.HttpSettings;
import io.kzmonitor.fetcher.sources.Source;
import io.kzmonitor.fetcher.sources.SourceStatus;
import io.kzmonitor.fetcher.sources.SourceType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken responses from a real local server, polled by the real poller (HTTP, decoding, feeds,
 * extraction): each ends in a clear outcome and cause, and the next source is polled as usual.
 */
class HostileCorpusTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    private HttpServer server;
    private String base;
    private final AtomicLong hugeBytesSent = new AtomicLong();
    private final List<Article> published = new CopyOnWriteArrayList<>();
    private SourcePoller poller;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/billion-laughs.xml", ex -> send(ex, "application/rss+xml", billionLaughs()));
        server.createContext("/huge.html", ex -> huge(ex, FIFTY_MB));
        server.createContext("/huge-chunked.html", ex -> huge(ex, 0));
        server.createContext("/loop-a", ex -> redirect(ex, "/loop-b"));
        server.createContext("/loop-b", ex -> redirect(ex, "/loop-a"));
        server.createContext(
                "/bad-charset.html",
                ex -> send(
                        ex,
                        "text/html; charset=x-no-such-charset",
                        Fixtures.bytes("ru-news-no-charset.windows-1251.html")));
        server.createContext(
                "/no-body.html",
                ex -> send(
                        ex,
                        "text/html; charset=utf-8",
                        "<html><head><title>Only a head</title><meta name=description content=x></head></html>"
                                .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/binary.html", ex -> send(ex, "text/html", png()));
        server.createContext(
                "/good.html",
                ex -> send(
                        ex, "text/html; charset=windows-1251", Fixtures.bytes("ru-news-no-charset.windows-1251.html")));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        HttpFetcher http = new HttpFetcher(new HttpSettings(
                "kz-monitor-test/1.0",
                Duration.ofSeconds(2),
                Duration.ofSeconds(20),
                5L * 1024 * 1024,
                5,
                Duration.ZERO,
                true,
                Duration.ofSeconds(2)));
        poller =
                new SourcePoller(http, new ArticleExtractor(), new SeenState(), published::add, Clock.systemUTC(), 200);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldRefuseEntityExpansionInFeedWithoutExpandingIt() {
        PollResult r = poll(SourceType.RSS, "/billion-laughs.xml");

        assertThat(r.success()).isFalse();
        assertThat(r.outcome()).isEqualTo("INVALID_FEED");
        assertThat(r.cause()).containsIgnoringCase("doctype");
    }

    @Test
    void shouldStopReadingFiftyMegabyteBodyAtTheLimit() {
        // with and without a Content-Length
        for (String path : List.of("/huge.html", "/huge-chunked.html")) {
            long start = System.nanoTime();
            PollResult r = poll(SourceType.PAGE, path);

            assertThat(r.success()).isFalse();
            assertThat(r.outcome()).isEqualTo("TOO_LARGE");
            assertThat(r.cause()).contains("5242880");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void shouldEndRedirectLoopWithRedirectError() {
        PollResult r = poll(SourceType.RSS, "/loop-a");

        assertThat(r.success()).isFalse();
        assertThat(r.outcome()).isEqualTo("REDIRECT_ERROR");
        assertThat(r.cause()).contains("more than 5 redirects");
    }

    @Test
    void shouldDecodePageWithInvalidCharsetLabelByDetection() {
        PollResult r = poll(SourceType.PAGE, "/bad-charset.html");

        assertThat(r.success()).isTrue();
        assertThat(published).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Мажилис одобрил законопроект о снижении порога регистрации партий");
            assertThat(a.language()).isEqualTo("ru");
        });
    }

    @Test
    void shouldReportHtmlWithoutBodyAsNoText() {
        PollResult r = poll(SourceType.PAGE, "/no-body.html");

        assertThat(r.success()).isFalse();
        assertThat(r.outcome()).isEqualTo("NO_TEXT");
        assertThat(r.cause()).isEqualTo("no article text");
    }

    @Test
    void shouldRefuseBinaryLabelledHtml() {
        PollResult r = poll(SourceType.PAGE, "/binary.html");

        assertThat(r.success()).isFalse();
        assertThat(r.outcome()).isEqualTo("NOT_HTML");
        assertThat(r.cause()).contains("binary content");
    }

    @Test
    void shouldCarryOnWithTheNextSourceAfterEveryHostileResponse() {
        // given every hostile response polled in turn
        for (String path : List.of("/billion-laughs.xml", "/loop-a", "/huge-chunked.html", "/binary.html")) {
            assertThat(poll(path.endsWith(".xml") ? SourceType.RSS : SourceType.PAGE, path)
                            .success())
                    .isFalse();
        }
        assertThat(poll(SourceType.PAGE, "/no-body.html").success()).isFalse();

        // when a good page is polled after them
        PollResult good = poll(SourceType.PAGE, "/good.html");

        // then it is published as usual
        assertThat(good.success()).isTrue();
        assertThat(published).hasSize(1);
    }

    private PollResult poll(SourceType type, String path) {
        Source source = new Source("hostile", null, type, base + path, null);
        return poller.poll(source, new SourceStatus(Instant.now()));
    }

    private static byte[] billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
        String prev = "lol";
        for (int i = 1; i <= 9; i++) {
            String name = "lol" + i;
            dtd.append("<!ENTITY ")
                    .append(name)
                    .append(" \"")
                    .append(("&" + prev + ";").repeat(10))
                    .append("\">");
            prev = name;
        }
        dtd.append("]>");
        return ("<?xml version=\"1.0\"?>" + dtd + "<rss version=\"2.0\"><channel><title>&lol9;</title>"
                        + "<item><title>&lol9;</title><link>https://example.kz/1</link></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png() {
        byte[] b = new byte[4096];
        new java.util.Random(7).nextBytes(b);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        System.arraycopy(header, 0, b, 0, header.length);
        return b;
    }

    private void huge(HttpExchange ex, long contentLength) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, contentLength);
            byte[] chunk = "<p>lorem ipsum dolor sit amet</p>\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                long sent = 0;
                while (sent < FIFTY_MB) {
                    int n = (int) Math.min(chunk.length, FIFTY_MB - sent);
                    out.write(chunk, 0, n);
                    sent += n;
                    hugeBytesSent.addAndGet(n);
                }
            } catch (IOException clientWentAway) {
                // the fetcher stopped reading at its limit
            }
        }
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("Location", to);
            ex.sendResponseHeaders(302, -1);
        }
    }

    private static void send(HttpExchange ex, String type, byte[] body) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
