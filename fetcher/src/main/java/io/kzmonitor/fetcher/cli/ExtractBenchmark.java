package io.kzmonitor.fetcher.cli;

import io.kzmonitor.fetcher.extract.ArticleExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Extraction speed harness: {@code ExtractBenchmark LISTFILE [ROUNDS]} extracts every HTML file listed in LISTFILE
 * {@code ROUNDS} times (default 5) in one thread, and prints the cold first round and the warm rounds' median, mean
 * and 90th percentile in ms per page. Files are read into memory first: only extraction (decode, parse, steps) is
 * timed.
 */
public final class ExtractBenchmark {

    private ExtractBenchmark() {}

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractBenchmark LISTFILE [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<byte[]> pages = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                pages.add(Files.readAllBytes(Path.of(line.strip())));
            }
        }
        ArticleExtractor extractor = new ArticleExtractor();
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            double[] ms = new double[pages.size()];
            for (int i = 0; i < pages.size(); i++) {
                long t0 = System.nanoTime();
                sink += extractor.extract(pages.get(i), null, null).text().length();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            double mean = Arrays.stream(ms).average().orElse(0);
            System.out.printf(
                    "round %d%s: pages %d median %.2f ms mean %.2f ms p90 %.2f ms%n",
                    round + 1,
                    round == 0 ? " (cold)" : "",
                    ms.length,
                    ms[ms.length / 2],
                    mean,
                    ms[(int) (ms.length * 0.9)]);
        }
        System.err.println("checksum " + sink);
    }
}
