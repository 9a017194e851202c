package io.kzmonitor.notifier.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.Fixtures;
import io.kzmonitor.notifier.mail.MailContent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 5 benchmark, opt-in ({@code -Dbenchmark=true}, see the README): building and rendering a digest of 10,000
 * items, target at most 1 s. Not part of the default build: timings on a shared CI machine are not a test.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DigestBenchmarkTest {

    private static final int ITEMS = 10_000;
    private static final int STORIES = 2_500;

    @Test
    void shouldBuildAndRenderDigestOfTenThousandItemsWithinOneSecond() {
        // given: 10,000 articles in four languages, four outlets per story
        List<FlaggedArticle> articles = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            FlaggedArticle a =
                    switch (i % 4) {
                        case 0 -> Fixtures.arabic("bench-" + i);
                        case 1 -> Fixtures.russian("bench-" + i);
                        case 2 -> Fixtures.english("bench-" + i);
                        default ->
                            Fixtures.article("zh", "bench-" + i, "托卡耶夫会见习近平", "哈萨克斯坦与中国签署战略伙伴关系协议。", "diplomacy");
                    };
            articles.add(Fixtures.withSignature(a, "story-" + (i % STORIES)));
        }
        DigestRenderer renderer = new DigestRenderer();
        DigestSchedule daily = DigestSchedule.parse("daily", "08:00", "monday", "Asia/Almaty", false);
        renderer.render("warm-up", daily, articles.subList(0, 500));

        // when
        long best = Long.MAX_VALUE;
        MailContent mail = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            mail = renderer.render("Benchmark desk", daily, articles);
            best = Math.min(best, System.nanoTime() - start);
        }

        // then
        System.out.printf(
                "digest benchmark: %d items, %d stories, best of 3 = %d ms, html %d KB%n",
                ITEMS, STORIES, Duration.ofNanos(best).toMillis(), mail.html().length() / 1024);
        assertThat(mail.subject()).contains(STORIES + " stories");
        assertThat(Duration.ofNanos(best)).isLessThanOrEqualTo(Duration.ofSeconds(1));
    }
}
