package io.kzmonitor.notifier.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.Fixtures;
import org.junit.jupiter.api.Test;

class MailRendererTest {

    private final MailRenderer renderer = new MailRenderer();

    @Test
    void shouldRenderArabicArticleRightToLeftWithHighlightedMatch() {
        // given
        FlaggedArticle article = Fixtures.arabic("rtl");

        // when
        MailContent mail = renderer.render("Reforms desk", article);

        // then
        assertThat(mail.subject()).isEqualTo("[kz-monitor] " + article.title());
        assertThat(mail.html())
                .contains("<div class=\"article\" dir=\"rtl\" lang=\"ar\">")
                .contains("<mark>الإصلاحات الدستورية</mark>")
                .contains("Kazinform (Arabic)")
                .contains("Arabic (ar)")
                .contains("2026-03-16 08:30 UTC")
                .contains("reforms (constitution)")
                .contains("reforms.constitution.ar");
    }

    @Test
    void shouldRenderRussianArticleLeftToRight() {
        // when
        MailContent mail = renderer.render("Diplomacy desk", Fixtures.russian("ltr"));

        // then
        assertThat(mail.subject()).contains("Токаев провёл переговоры с Си Цзиньпином");
        assertThat(mail.html()).contains("dir=\"ltr\"").contains("<mark>стратегическое партнёрство</mark>");
    }

    @Test
    void shouldEscapeHtmlInArticleFields() {
        // when
        MailContent mail = renderer.render("<script>", Fixtures.english("escape"));

        // then
        assertThat(mail.html())
                .doesNotContain("<script>")
                .contains("&lt;script&gt;")
                .contains("&lt;to&gt; discuss transport &amp; trade");
    }

    @Test
    void shouldExplainMatchInPlainTextPart() {
        // when
        MailContent mail = renderer.render("Diplomacy desk", Fixtures.english("text"));

        // then
        assertThat(mail.text())
                .contains("The Astana Times")
                .contains("Published:  unknown")
                .contains("- diplomacy.ots.en (diplomacy / turkic-states): \"Organization of Turkic States\" in text")
                .contains("<to> discuss transport & trade")
                .doesNotContain("&lt;");
    }

    @Test
    void shouldDetectRightToLeftLanguages() {
        assertThat(TextDirection.of("ar")).isEqualTo("rtl");
        assertThat(TextDirection.of("kk-Arab")).isEqualTo("rtl");
        assertThat(TextDirection.of("fa")).isEqualTo("rtl");
        assertThat(TextDirection.of("kk")).isEqualTo("ltr");
        assertThat(TextDirection.of("zh")).isEqualTo("ltr");
    }
}
