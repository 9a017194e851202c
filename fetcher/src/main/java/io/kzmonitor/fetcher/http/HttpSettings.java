package io.kzmonitor.fetcher.http;

import java.time.Duration;

/**
 * HTTP client settings, plain so that the CLI can build them without the Quarkus configuration.
 *
 * @param userAgent User-Agent header with a contact URL
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time allowed for a whole response
 * @param maxBodyBytes largest body read, after decompression
 * @param maxRedirects most redirects followed
 * @param perHostDelay minimum delay between two requests to one host
 * @param respectRobots whether robots.txt is obeyed
 * @param maxCrawlDelay the largest robots.txt Crawl-delay honoured
 */
public record HttpSettings(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBodyBytes,
        int maxRedirects,
        Duration perHostDelay,
        boolean respectRobots,
        Duration maxCrawlDelay) {

    /** Settings for one-off command-line fetches. */
    public static HttpSettings defaults() {
        return new HttpSettings(
                "kz-monitor/0.1 (+https://github.com/kz-monitor/kz-monitor)",
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                5L * 1024 * 1024,
                5,
                Duration.ZERO,
                true,
                Duration.ofSeconds(30));
    }
}
