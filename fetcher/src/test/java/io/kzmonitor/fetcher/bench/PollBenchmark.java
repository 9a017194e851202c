package io.kzmonitor.fetcher.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kzmonitor.fetcher.dedup.SeenState;
import io.kzmonitor.fetcher.extract.ArticleExtractor;
import io.kzmonitor.fetcher.http.HttpFetcher;
import io.kzmonitor.fetcher.http.HttpSettings;
import io.kzmonitor.fetcher.poll.Ownership;
import io.kzmonitor.fetcher.poll.PollLoop;
import io.kzmonitor.fetcher.poll.SourcePoller;
import io.kzmonitor.fetcher.poll.SourceRegistry;
import io.kzmonitor.fetcher.sources.Source;
import io.kzmonitor.fetcher.sources.SourceType;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Polls 1,000 RSS feeds served by a local JDK HTTP server spread over 20 loopback hosts (127.0.0.11 to 127.0.0.30),
 * with the service's own {@link PollLoop}, {@link SourcePoller}, {@link HttpFetcher} (per-host delay 1 s, robots.txt
 * obeyed: the defaults), extractor and seen-state, for a bounded time; articles go to a counting sink instead of
 * Kafka. Prints one JSON object: sources polled per minute, articles per second, per-host request spacing observed
 * by the server against the per-host delay, and the heap after GC every 10 s.
 *
 * <p>Run: {@code ./mvnw -B -o -pl fetcher test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.kzmonitor.fetcher.bench.PollBenchmark -Dexec.args="90 1000 20 32"} (seconds, sources, hosts,
 * concurrency).
 */
public final class PollBenchmark {

    private static final int ARTICLES_PER_HOST = 30;
    private static final int ITEMS_PER_FEED = 3;

    private PollBenchmark() {}

    /** Runs the benchmark: {@code [seconds] [sources] [hosts] [concurrency]}. */
    public static void main(String[] args) throws Exception {
        // diagnostics to stderr (JUL's console handler), warnings only; stdout carries the JSON result
        System.setProperty("org.jboss.logging.provider", "jdk");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 90;
        int sourceCount = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int hostCount = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        Duration perHostDelay = Duration.ofSeconds(1);

        ExecutorService serverThreads = Executors.newFixedThreadPool(8);
        List<HttpServer> servers = new ArrayList<>();
        List<HostLog> logs = new ArrayList<>();
        for (int h = 0; h < hostCount; h++) {
            String ip = "127.0.0." + (11 + h);
            HostLog log = new HostLog(ip, hostCount);
            HttpServer server = HttpServer.create(new InetSocketAddress(ip, 0), 200);
            server.createContext("/", ex -> serve(ex, log));
            server.setExecutor(serverThreads);
            server.start();
            servers.add(server);
            logs.add(log);
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < sourceCount; i++) {
            HttpServer s = servers.get(i % hostCount);
            String base = "http://" + s.getAddress().getHostString() + ":"
                    + s.getAddress().getPort();
            sources.add(new Source(
                    "feed-" + i, null, SourceType.RSS, base + "/feed-" + i + ".xml", Duration.ofSeconds(60)));
        }

        HttpFetcher http = new HttpFetcher(new HttpSettings(
                "kz-monitor/0.1 (+https://github.com/kz-monitor/kz-monitor)",
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                5L * 1024 * 1024,
                5,
                perHostDelay,
                true,
                Duration.ofSeconds(30)));
        AtomicLong published = new AtomicLong();
        SourcePoller poller = new SourcePoller(
                http,
                new ArticleExtractor(),
                new SeenState(),
                a -> published.incrementAndGet(),
                Clock.systemUTC(),
                200);
        SourceRegistry registry = new SourceRegistry();
        registry.replace(sources, Instant.now());
        AtomicLong polls = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        PollLoop loop = new PollLoop(
                poller::poll,
                registry,
                Ownership.ALL,
                new PollLoop.Settings(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofHours(1)),
                workers,
                Clock.systemUTC(),
                (source, result) -> {
                    polls.incrementAndGet();
                    if (!result.success()) {
                        failures.incrementAndGet();
                    }
                });

        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(loop::tick, 0, 1, TimeUnit.SECONDS);
        long start = System.nanoTime();
        List<String> heap = new ArrayList<>();
        for (int t = 10; t <= seconds; t += 10) {
            long wake = start + TimeUnit.SECONDS.toNanos(t);
            TimeUnit.NANOSECONDS.sleep(Math.max(0, wake - System.nanoTime()));
            long mb = heapAfterGcMb();
            heap.add("{\"s\": %d, \"heapMb\": %d, \"polls\": %d}".formatted(t, mb, polls.get()));
            System.err.printf("t=%ds polls=%d published=%d heapAfterGc=%dMB%n", t, polls.get(), published.get(), mb);
        }
        double elapsedS = (System.nanoTime() - start) / 1e9;
        long pollCount = polls.get();
        long failureCount = failures.get();
        long publishedCount = published.get();
        ticker.shutdownNow();
        workers.shutdownNow();
        servers.forEach(s -> s.stop(0));
        serverThreads.shutdownNow();

        long minGapMs = logs.stream().mapToLong(l -> l.minGapNanos).min().orElse(0) / 1_000_000;
        int maxPerSecond = logs.stream().mapToInt(l -> l.maxInWindow).max().orElse(0);
        long requests = logs.stream().mapToLong(HostLog::requests).sum();
        System.out.println(String.format(
                Locale.ROOT,
                "{\"seconds\": %.1f, \"sources\": %d, \"hosts\": %d, \"concurrency\": %d, \"perHostDelayMs\": %d,%n"
                        + " \"polls\": %d, \"failedPolls\": %d, \"sourcesPolledPerMinute\": %.0f,%n"
                        + " \"articlesPublished\": %d, \"articlesPerSecond\": %.2f, \"requests\": %d,%n"
                        + " \"requestsPerSecondAllHosts\": %.1f, \"minGapBetweenRequestsToOneHostMs\": %d,%n"
                        + " \"maxRequestsToOneHostInAny1sWindow\": %d,%n \"heapAfterGc\": [%s]}",
                elapsedS,
                sourceCount,
                hostCount,
                concurrency,
                perHostDelay.toMillis(),
                pollCount,
                failureCount,
                pollCount * 60 / elapsedS,
                publishedCount,
                publishedCount / elapsedS,
                requests,
                requests / elapsedS,
                minGapMs,
                maxPerSecond,
                String.join(", ", heap)));
        System.exit(0);
    }

    private static long heapAfterGcMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static void serve(HttpExchange ex, HostLog log) throws IOException {
        try (ex) {
            log.request(System.nanoTime());
            String path = ex.getRequestURI().getPath();
            if (path.equals("/robots.txt")) {
                send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n", null);
            } else if (path.startsWith("/feed-")) {
                int n = Integer.parseInt(path.substring(6, path.indexOf('.')));
                String etag = "\"feed-" + n + "\"";
                if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    send(ex, 304, null, null, etag);
                    return;
                }
                send(ex, 200, "application/rss+xml; charset=utf-8", feed(n / hostCount(log), log.host), etag);
            } else if (path.startsWith("/article-")) {
                int k = Integer.parseInt(path.substring(9, path.indexOf('.')));
                send(ex, 200, "text/html; charset=utf-8", article(k, log.host), null);
            } else {
                send(ex, 404, "text/plain", "not found", null);
            }
        }
    }

    private static void send(HttpExchange ex, int code, String type, String body, String etag) throws IOException {
        if (etag != null) {
            ex.getResponseHeaders().set("ETag", etag);
        }
        if (body == null) {
            ex.sendResponseHeaders(code, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int hostCount(HostLog log) {
        return log.hosts;
    }

    /** Feed number {@code m} of its host lists articles 3m, 3m+1, 3m+2 (mod 30): each is listed by several feeds. */
    private static String feed(int m, String host) {
        StringBuilder items = new StringBuilder();
        for (int j = 0; j < ITEMS_PER_FEED; j++) {
            int k = (m * ITEMS_PER_FEED + j) % ARTICLES_PER_HOST;
            items.append("<item><title>Story ")
                    .append(k)
                    .append(" from ")
                    .append(host)
                    .append("</title><link>/article-")
                    .append(k)
                    .append(".html</link><pubDate>Mon, 06 Apr 2026 09:00:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed " + m
                + "</title><link>/</link><description>bench</description>" + items + "</channel></rss>";
    }

    private static String article(int k, String host) {
        String p = "Officials in Astana said on Monday that the reform package number " + k
                + " would be debated in parliament next week, and that consultations with experts had finished. ";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story " + k + " from " + host
                + "</title><meta property=\"article:published_time\" content=\"2026-04-06T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>Story " + k + " from " + host + "</h1><p>"
                + p.repeat(3) + "</p><p>" + p.repeat(2) + "</p></article><footer>(c) bench</footer></body></html>";
    }

    /** Request times at one host: count, smallest gap, most requests in any one-second window. */
    private static final class HostLog {
        final String host;
        final int hosts;
        long requests;
        long last = -1;
        long minGapNanos = Long.MAX_VALUE;
        int maxInWindow;
        final java.util.ArrayDeque<Long> window = new java.util.ArrayDeque<>();

        HostLog(String host, int hosts) {
            this.host = host;
            this.hosts = hosts;
        }

        synchronized long requests() {
            return requests;
        }

        synchronized void request(long now) {
            requests++;
            if (last >= 0) {
                minGapNanos = Math.min(minGapNanos, now - last);
            }
            last = now;
            window.addLast(now);
            while (now - window.peekFirst() >= 1_000_000_000L) {
                window.removeFirst();
            }
            maxInWindow = Math.max(maxInWindow, window.size());
        }
    }
}
