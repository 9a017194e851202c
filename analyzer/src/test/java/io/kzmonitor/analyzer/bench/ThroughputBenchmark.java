package io.kzmonitor.analyzer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.kzmonitor.analyzer.Analyzer;
import io.kzmonitor.analyzer.ArticleInput;
import io.kzmonitor.analyzer.config.AnalyzerConfig;
import io.kzmonitor.analyzer.language.LanguageIdentifier;
import io.kzmonitor.analyzer.rules.RuleSetHolder;
import io.kzmonitor.contracts.EventJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Throughput of the analyzer core on one thread, next to plain Lucene {@link StandardAnalyzer} tokenisation of the
 * same texts (the floor). Articles of 3-6 KB (UTF-8) are assembled per language from the regression fixtures'
 * paragraphs. Not a unit test: run with
 * {@code ./mvnw -B -o -pl analyzer exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.kzmonitor.analyzer.bench.ThroughputBenchmark [-Dexec.args=SECONDS]}.
 */
public final class ThroughputBenchmark {

    private ThroughputBenchmark() {}

    /** Runs the benchmark; the optional argument is the measuring time per side in seconds (default 10). */
    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<ArticleInput> corpus = corpus();
        long bytes = corpus.stream()
                .mapToLong(a -> (a.title() + a.text()).getBytes(StandardCharsets.UTF_8).length)
                .sum();
        System.out.printf("corpus: %d articles, mean %.1f KB (UTF-8)%n", corpus.size(), bytes / 1024.0 / corpus.size());

        long heapBefore = usedHeap();
        RuleSetHolder rules = new RuleSetHolder(null);
        System.out.printf(
                "rule set: %d terms compiled to %d shared patterns%n",
                rules.get().index().size(), rules.get().index().patterns());
        Analyzer analyzer =
                new Analyzer(rules, new LanguageIdentifier(), Double.parseDouble(AnalyzerConfig.DEFAULT_MIN_SCORE));
        int relevant = 0;
        for (ArticleInput a : corpus) {
            relevant += analyzer.analyze(a).relevant() ? 1 : 0;
        }
        long heapAfter = usedHeap();
        System.out.printf(
                "relevant: %d of %d; heap retained by rules + Lingua (low accuracy): %.1f MB%n",
                relevant, corpus.size(), (heapAfter - heapBefore) / 1048576.0);

        StandardAnalyzer lucene = new StandardAnalyzer();
        double analyzerRate =
                measure("analyzer", corpus, seconds, a -> analyzer.analyze(a).score() > 2 ? 1 : 0);
        double luceneRate = measure("lucene StandardAnalyzer tokenisation", corpus, seconds, a -> tokens(lucene, a));
        System.out.printf(
                "per CPU-second: analyzer %.0f articles/s, Lucene tokenisation %.0f articles/s, ratio %.2f (analyzer / floor)%n",
                analyzerRate, luceneRate, analyzerRate / luceneRate);
        System.out.printf(
                "heap used after run (after GC): %.1f MB, max heap %.0f MB%n",
                usedHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private interface Work {
        int run(ArticleInput a) throws IOException;
    }

    private static double measure(String name, List<ArticleInput> corpus, double seconds, Work work)
            throws IOException {
        long sink = 0;
        long warmEnd = System.nanoTime() + (long) (seconds / 2 * 1e9);
        while (System.nanoTime() < warmEnd) {
            for (ArticleInput a : corpus) {
                sink += work.run(a);
            }
        }
        long n = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (ArticleInput a : corpus) {
                sink += work.run(a);
                n++;
            }
        }
        double wall = n / ((System.nanoTime() - start) / 1e9);
        double cpu = n / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        // on a shared machine wall-clock rates depend on the neighbours' load; CPU-time rates do much less
        System.out.printf(
                "%s: %d articles, %.0f articles/s wall clock, %.0f articles per CPU-second (sink %d)%n",
                name, n, wall, cpu, sink);
        return cpu;
    }

    private static int tokens(StandardAnalyzer lucene, ArticleInput a) throws IOException {
        int n = 0;
        for (String field : new String[] {a.title(), a.text()}) {
            try (TokenStream ts = lucene.tokenStream("f", field)) {
                ts.reset();
                while (ts.incrementToken()) {
                    n++;
                }
                ts.end();
            }
        }
        return n;
    }

    /** Per language, rotates through its fixture texts and concatenates paragraphs until an article has 3-6 KB. */
    static List<ArticleInput> corpus() throws IOException {
        Map<String, List<JsonNode>> byLang = new LinkedHashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(
                ThroughputBenchmark.class.getResourceAsStream("/regression/fixtures.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n = EventJson.mapper().readTree(line);
                byLang.computeIfAbsent(n.get("lang").asText(), k -> new ArrayList<>())
                        .add(n);
            }
        }
        List<ArticleInput> out = new ArrayList<>();
        int id = 0;
        for (List<JsonNode> items : byLang.values()) {
            for (int i = 0; i < items.size(); i++) {
                StringBuilder text = new StringBuilder();
                int k = i;
                int target = 3072 + (i * 977) % 3000;
                while (text.toString().getBytes(StandardCharsets.UTF_8).length < target) {
                    JsonNode p = items.get(k++ % items.size());
                    text.append(p.get("title").asText())
                            .append(". ")
                            .append(p.get("text").asText())
                            .append("\n\n");
                }
                out.add(new ArticleInput(
                        "bench-" + id++, items.get(i).get("title").asText(), text.toString(), null, null));
            }
        }
        return out;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
