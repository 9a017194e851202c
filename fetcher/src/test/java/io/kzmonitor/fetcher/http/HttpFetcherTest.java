package io.kzmonitor.fetcher.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real local HTTP server. */
class HttpFetcherTest {

    private HttpServer server;
    private String base;
    private final HttpFetcher fetcher = new HttpFetcher(new HttpSettings(
            "kz-monitor-test/1.0",
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            100_000,
            3,
            Duration.ZERO,
            true,
            Duration.ofSeconds(2)));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/robots.txt",
                ex -> send(
                        ex,
                        200,
                        ("User-agent: *\nDisallow: /private\n\n"
                                        + "User-agent: kz-monitor-test\nDisallow: /members\nCrawl-delay: 0.2\n")
                                .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/members", ex -> send(ex, 200, "secret".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/private", ex -> send(ex, 200, "private".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/hop", ex -> redirect(ex, "/gzip"));
        server.createContext("/gzip", ex -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
                gz.write("<p>сжатый ответ</p>".getBytes(StandardCharsets.UTF_8));
            }
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, buf.toByteArray());
        });
        server.createContext("/bomb", ex -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
                gz.write(new byte[5_000_000]);
            }
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, buf.toByteArray());
        });
        server.createContext("/slow-down", ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            send(ex, 429, new byte[0]);
        });
        server.createContext("/etag", ex -> {
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                send(ex, 304, null);
            } else {
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                send(ex, 200, "<rss/>".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldFollowRedirectAndDecompressGzip() {
        FetchResult r = fetcher.fetch(base + "/hop");
        assertThat(r.status()).isEqualTo(FetchStatus.FETCHED);
        assertThat(r.url()).isEqualTo(base + "/gzip");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("<p>сжатый ответ</p>");
    }

    @Test
    void shouldObeyRobotsTxtGroupForOurAgent() {
        // our agent's group disallows /members; the * group (which does not apply to us) disallows /private
        assertThat(fetcher.fetch(base + "/members/list").status()).isEqualTo(FetchStatus.ROBOTS_DENIED);
        assertThat(fetcher.fetch(base + "/private").status()).isEqualTo(FetchStatus.FETCHED);
    }

    @Test
    void shouldStopRedirectLoops() {
        FetchResult r = fetcher.fetch(base + "/loop");
        assertThat(r.status()).isEqualTo(FetchStatus.REDIRECT_ERROR);
        assertThat(r.cause()).contains("more than 3 redirects");
    }

    @Test
    void shouldRefuseDecompressionBomb() {
        FetchResult r = fetcher.fetch(base + "/bomb");
        assertThat(r.status()).isEqualTo(FetchStatus.TOO_LARGE);
    }

    @Test
    void shouldReportThrottlingWithRetryAfter() {
        FetchResult r = fetcher.fetch(base + "/slow-down");
        assertThat(r.status()).isEqualTo(FetchStatus.THROTTLED);
        assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void shouldUseConditionalGet() {
        FetchResult first = fetcher.fetch(base + "/etag");
        FetchResult second = fetcher.fetch(base + "/etag", first.etag(), first.lastModified());
        assertThat(first.status()).isEqualTo(FetchStatus.FETCHED);
        assertThat(second.status()).isEqualTo(FetchStatus.NOT_MODIFIED);
    }

    @Test
    void shouldReportConnectionRefused() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        FetchResult r = fetcher.fetch("http://127.0.0.1:" + port + "/");
        assertThat(r.status()).isEqualTo(FetchStatus.NETWORK_ERROR);
        assertThat(r.cause()).isNotBlank();
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        send(ex, 302, new byte[0]);
    }

    private static void send(HttpExchange ex, int code, byte[] body) throws IOException {
        try (ex) {
            if (body == null || body.length == 0) {
                ex.sendResponseHeaders(code, -1);
                return;
            }
            ex.sendResponseHeaders(code, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
