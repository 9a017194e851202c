package io.kzmonitor.notifier.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.Fixtures;
import io.kzmonitor.notifier.mail.MailContent;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestRendererTest {

    private final DigestSchedule daily = DigestSchedule.parse("daily", "08:00", "monday", "Asia/Almaty", false);

    @Test
    void shouldGroupByCategoryAndCollapseSameStoryFromOtherOutlets() {
        // given: the same story (same signature) in Arabic and Russian, and another diplomacy story
        FlaggedArticle arabic = Fixtures.arabic("digest-story");
        FlaggedArticle russianSameStory = weakerCopy(Fixtures.russian("digest-same-story"), arabic.signature());
        FlaggedArticle english = Fixtures.english("digest-other");

        // when
        MailContent mail = new DigestRenderer().render("Desk", daily, List.of(arabic, russianSameStory, english));

        // then
        assertThat(mail.subject()).isEqualTo("[kz-monitor] Daily digest: 2 stories (Desk)");
        assertThat(mail.html())
                .contains("<h2>diplomacy</h2>", "<h2>reforms</h2>")
                .contains(arabic.title())
                .doesNotContain(russianSameStory.title())
                .contains("Also reported by: Tengrinews (ru)")
                .contains("dir=\"rtl\"")
                .contains("<mark>الإصلاحات الدستورية</mark>")
                .contains("2026-03-16 13:30 ALMT".substring(0, 16));
        assertThat(mail.html().indexOf("<h2>diplomacy</h2>"))
                .isLessThan(mail.html().indexOf("<h2>reforms</h2>"));
        assertThat(mail.text()).contains("== reforms ==", "Also reported by: Tengrinews (ru)", english.title());
    }

    @Test
    void shouldSayNothingMatchedInEmptyDigest() {
        // when
        MailContent mail = new DigestRenderer().render("Desk", daily, List.of());

        // then
        assertThat(mail.subject()).contains("0 stories");
        assertThat(mail.text()).contains("Nothing matched since the last digest.");
    }

    /** The same story as another outlet reports it, with a weaker score and only the reforms category. */
    private static FlaggedArticle weakerCopy(FlaggedArticle a, String signature) {
        return Fixtures.copy(
                a,
                signature,
                a.revision(),
                a.score() * 0.5,
                List.of(new FlaggedArticle.Category("reforms", List.of(), 0.4)));
    }
}
