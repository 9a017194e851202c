package io.kzmonitor.fetcher.http;

import io.kzmonitor.fetcher.politeness.HostThrottle;
import io.kzmonitor.fetcher.politeness.RobotsRules;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches one URL with the JDK HTTP client: limited redirects, timeouts, compressed responses, a body size cap,
 * per-host politeness, robots.txt (with its Crawl-delay) and conditional GET. Never throws for network or HTTP failures: they become a
 * {@link FetchResult} status with its cause.
 */
public final class HttpFetcher {

    private final HttpSettings settings;
    private final HostThrottle throttle;
    private final HttpClient client;
    private final RobotsRules robots;

    /** Creates a fetcher with its own client and per-host throttle. */
    public HttpFetcher(HttpSettings settings) {
        this.settings = settings;
        this.throttle = new HostThrottle(settings.perHostDelay());
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.robots = settings.respectRobots()
                ? new RobotsRules(settings.userAgent(), settings.maxCrawlDelay(), this::fetchRobots, Clock.systemUTC())
                : null;
    }

    private RobotsRules.RobotsSource.Answer fetchRobots(String robotsUrl) {
        FetchResult r = fetchDirect(robotsUrl, null, null, false);
        return new RobotsRules.RobotsSource.Answer(r.httpStatus(), r.body());
    }

    /** Fetches {@code url} unconditionally. */
    public FetchResult fetch(String url) {
        return fetch(url, null, null);
    }

    /** Fetches {@code url}, sending If-None-Match / If-Modified-Since when the validators are known. */
    public FetchResult fetch(String url, String etag, String lastModified) {
        return fetchDirect(url, etag, lastModified, robots != null);
    }

    private FetchResult fetchDirect(String url, String etag, String lastModified, boolean checkRobots) {
        String current = url;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            URI uri;
            try {
                uri = URI.create(current);
                if (uri.getHost() == null
                        || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
                    return FetchResult.failure(current, FetchStatus.NETWORK_ERROR, 0, "not an http(s) URL");
                }
            } catch (IllegalArgumentException e) {
                return FetchResult.failure(current, FetchStatus.NETWORK_ERROR, 0, "invalid URL: " + e.getMessage());
            }
            if (checkRobots && !robots.isAllowed(uri)) {
                return FetchResult.failure(current, FetchStatus.ROBOTS_DENIED, 0, "disallowed by robots.txt");
            }
            HostThrottle.Permit permit;
            try {
                Duration crawlDelay = checkRobots ? robots.crawlDelay(uri) : Duration.ZERO;
                permit = throttle.acquire(uri.getHost(), crawlDelay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FetchResult.failure(current, FetchStatus.NETWORK_ERROR, 0, "interrupted");
            }
            try (permit) {
                HttpResponse<InputStream> response;
                try {
                    response = client.send(request(uri, etag, lastModified), HttpResponse.BodyHandlers.ofInputStream());
                } catch (HttpTimeoutException e) {
                    return FetchResult.failure(current, FetchStatus.TIMEOUT, 0, e.getMessage());
                } catch (IOException e) {
                    return FetchResult.failure(current, FetchStatus.NETWORK_ERROR, 0, e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return FetchResult.failure(current, FetchStatus.NETWORK_ERROR, 0, "interrupted");
                }
                int code = response.statusCode();
                if (code >= 300 && code < 400 && code != 304) {
                    closeQuietly(response.body());
                    String location = response.headers().firstValue("Location").orElse(null);
                    if (location == null) {
                        return FetchResult.failure(
                                current, FetchStatus.REDIRECT_ERROR, code, "redirect without Location");
                    }
                    try {
                        current = uri.resolve(location.trim()).toString();
                    } catch (IllegalArgumentException e) {
                        return FetchResult.failure(
                                current, FetchStatus.REDIRECT_ERROR, code, "bad Location " + location);
                    }
                    continue;
                }
                return toResult(current, response);
            }
        }
        return FetchResult.failure(
                current, FetchStatus.REDIRECT_ERROR, 0, "more than " + settings.maxRedirects() + " redirects");
    }

    private HttpRequest request(URI uri, String etag, String lastModified) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", "gzip, deflate")
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/xml;q=0.9,*/*;q=0.8")
                .GET();
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        return b.build();
    }

    private FetchResult toResult(String url, HttpResponse<InputStream> response) {
        int code = response.statusCode();
        var headers = response.headers();
        String contentType = headers.firstValue("Content-Type").orElse(null);
        String etag = headers.firstValue("ETag").orElse(null);
        String lastModified = headers.firstValue("Last-Modified").orElse(null);
        if (code == 304) {
            closeQuietly(response.body());
            return new FetchResult(
                    url, FetchStatus.NOT_MODIFIED, code, contentType, new byte[0], etag, lastModified, null, null);
        }
        if (code < 200 || code >= 300) {
            closeQuietly(response.body());
            FetchStatus status = code == 429 || code == 503
                    ? FetchStatus.THROTTLED
                    : code == 404 || code == 410
                            ? FetchStatus.NOT_FOUND
                            : code >= 500 ? FetchStatus.SERVER_ERROR : FetchStatus.CLIENT_ERROR;
            Duration retryAfter =
                    RetryAfter.parse(headers.firstValue("Retry-After").orElse(null));
            return new FetchResult(url, status, code, contentType, new byte[0], null, null, retryAfter, "HTTP " + code);
        }
        String encoding = headers.firstValue("Content-Encoding").orElse("identity");
        try (InputStream raw = response.body()) {
            byte[] body = BoundedBody.read(raw, encoding, settings.maxBodyBytes());
            return new FetchResult(url, FetchStatus.FETCHED, code, contentType, body, etag, lastModified, null, null);
        } catch (BoundedBody.TooLargeException e) {
            return FetchResult.failure(url, FetchStatus.TOO_LARGE, code, e.getMessage());
        } catch (HttpTimeoutException e) {
            return FetchResult.failure(url, FetchStatus.TIMEOUT, code, e.getMessage());
        } catch (IOException e) {
            return FetchResult.failure(url, FetchStatus.NETWORK_ERROR, code, "reading body: " + e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the connection is discarded either way
        }
    }
}
