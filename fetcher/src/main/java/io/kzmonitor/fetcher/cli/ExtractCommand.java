package io.kzmonitor.fetcher.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.fetcher.extract.ArticleExtractor;
import io.kzmonitor.fetcher.extract.ExtractedArticle;
import io.kzmonitor.fetcher.http.FetchResult;
import io.kzmonitor.fetcher.http.FetchStatus;
import io.kzmonitor.fetcher.http.HttpFetcher;
import io.kzmonitor.fetcher.http.HttpSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./monitor extract}: runs the service's {@link ArticleExtractor} without Quarkus or Kafka.
 *
 * <p>{@code ExtractCommand FILE|URL} prints one JSON object ({@code title}, {@code articleBody},
 * {@code publishedAt}, {@code language}, {@code canonicalUrl}, {@code authors}, {@code imageUrl},
 * {@code paywalled}). {@code ExtractCommand --list LISTFILE --out DIR} extracts every HTML path listed in LISTFILE
 * in one JVM and writes {@code DIR/<name without .html>.json}, each with {@code ms}, that page's extraction time.
 * Each page is extracted once and {@code ms} is the time that extraction took in this run (a cold JIT at the start of
 * the list). {@code --warmup} (anywhere in the arguments) first makes two untimed passes over the list, as a JMH run
 * does, so {@code ms} is the steady-state time a running service sees; the warm-up medians go to stderr. The
 * benchmark of record is {@link ExtractBenchmark}. Diagnostics go to stderr.
 */
public final class ExtractCommand {

    private static final ObjectMapper JSON = EventJson.mapper();
    /** Untimed passes over the list before the timed one (JIT warm-up, as JMH does). */
    private static final int WARMUP_PASSES = 2;

    private ExtractCommand() {}

    /** Entry point; exit code 0 on success, 1 when a single input failed, 2 on bad usage. */
    public static void main(String[] args) throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        boolean warmup = List.of(args).contains("--warmup");
        args = java.util.Arrays.stream(args).filter(a -> !a.equals("--warmup")).toArray(String[]::new);
        if (args.length == 4 && args[0].equals("--list") && args[2].equals("--out")) {
            batch(extractor, Path.of(args[1]), Path.of(args[3]), warmup);
            return;
        }
        if (args.length == 4 && args[0].equals("--out") && args[2].equals("--list")) {
            batch(extractor, Path.of(args[3]), Path.of(args[1]), warmup);
            return;
        }
        if (args.length != 1) {
            System.err.println("usage: ExtractCommand FILE|URL  |  ExtractCommand --list LISTFILE --out DIR");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            out.println(JSON.writeValueAsString(single(extractor, args[0])));
        } catch (IOException | RuntimeException e) {
            System.err.println("extract failed for " + args[0] + ": " + e);
            out.println(JSON.writeValueAsString(JSON.createObjectNode().put("error", e.toString())));
            System.exit(1);
        }
    }

    private static ObjectNode single(ArticleExtractor extractor, String input) throws IOException {
        if (input.startsWith("http://") || input.startsWith("https://")) {
            FetchResult result = new HttpFetcher(HttpSettings.defaults()).fetch(input);
            if (result.status() != FetchStatus.FETCHED) {
                throw new IOException("fetch " + input + ": " + result.describe());
            }
            return toJson(extractor.extract(result.body(), result.contentType(), result.url()), -1);
        }
        Path file = Path.of(input);
        return toJson(extractor.extract(Files.readAllBytes(file), null, null), -1);
    }

    private static void batch(ArticleExtractor extractor, Path list, Path outDir, boolean warmup) throws IOException {
        Files.createDirectories(outDir);
        List<String> paths = Files.readAllLines(list, StandardCharsets.UTF_8);
        if (warmup) {
            for (int pass = 0; pass < WARMUP_PASSES; pass++) {
                warm(extractor, paths);
            }
        }
        for (String line : paths) {
            String p = line.strip();
            if (p.isEmpty()) {
                continue;
            }
            Path file = Path.of(p);
            String id = file.getFileName().toString().replaceFirst("\\.html?$", "");
            ObjectNode json;
            try {
                byte[] bytes = Files.readAllBytes(file);
                long t0 = System.nanoTime();
                ExtractedArticle article = extractor.extract(bytes, null, null);
                double ms = (System.nanoTime() - t0) / 1e6;
                json = toJson(article, ms);
            } catch (IOException | RuntimeException e) {
                System.err.println("extract failed for " + p + ": " + e);
                json = JSON.createObjectNode().put("error", e.toString()).put("articleBody", "");
            }
            Files.writeString(outDir.resolve(id + ".json"), JSON.writeValueAsString(json), StandardCharsets.UTF_8);
        }
    }

    private static void warm(ArticleExtractor extractor, List<String> paths) {
        List<Double> cold = new java.util.ArrayList<>();
        for (String line : paths) {
            try {
                byte[] bytes = Files.readAllBytes(Path.of(line.strip()));
                long t0 = System.nanoTime();
                extractor.extract(bytes, null, null);
                cold.add((System.nanoTime() - t0) / 1e6);
            } catch (IOException | RuntimeException e) {
                // reported by the timed pass
            }
        }
        if (!cold.isEmpty()) {
            java.util.Collections.sort(cold);
            System.err.printf("warm-up pass: %d pages, median %.2f ms%n", cold.size(), cold.get(cold.size() / 2));
        }
    }

    private static ObjectNode toJson(ExtractedArticle a, double ms) {
        ObjectNode o = JSON.createObjectNode();
        o.put("title", a.title());
        o.put("articleBody", a.text());
        o.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
        o.put("language", a.language());
        o.put("canonicalUrl", a.canonicalUrl());
        o.putPOJO("authors", a.authors());
        o.put("imageUrl", a.imageUrl());
        o.put("paywalled", a.paywalled());
        o.put("summary", a.summary());
        o.put("charset", a.charset());
        if (ms >= 0) {
            o.put("ms", Math.round(ms * 1000) / 1000.0);
        }
        return o;
    }
}
