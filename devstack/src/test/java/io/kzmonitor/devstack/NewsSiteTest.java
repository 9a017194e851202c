package io.kzmonitor.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NewsSiteTest {

    private static NewsSite site;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        site = NewsSite.start("demo-site", 0);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(site.url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void shouldServeTheArabicPageInWindows1256() throws Exception {
        // when
        HttpResponse<byte[]> response = get("/ar/reforms-constitutional-court.windows-1256.html");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=windows-1256");
        String decoded = new String(response.body(), Charset.forName("windows-1256"));
        assertThat(decoded).contains("المحكمة الدستورية");
        // one byte per Arabic letter: not UTF-8
        assertThat(response.body().length).isLessThan(decoded.getBytes("UTF-8").length);
    }

    @Test
    void shouldServeTheFeedWithAbsoluteLinksToThisSite() throws Exception {
        // when
        HttpResponse<byte[]> response = get("/feed.xml");

        // then
        String feed = new String(response.body(), "UTF-8");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=UTF-8");
        assertThat(feed).contains("<link>" + site.baseUrl() + "/ru/tokayev-xi-talks.windows-1251.html</link>");
        assertThat(feed).doesNotContain("{{base}}");
    }

    @Test
    void shouldAnswer404ForMissingPagesAnd400ForTraversal() throws Exception {
        assertThat(get("/nope.html").statusCode()).isEqualTo(404);
        assertThat(get("/../pom.xml").statusCode()).isIn(400, 404);
    }
}
