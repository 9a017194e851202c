package io.kzmonitor.fetcher.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.fetcher.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldExtractArabicArticleWithoutBoilerplate() {
        // given an Arabic news page in windows-1256, undeclared, with cookie banner, nav, share, related, comments
        byte[] page = Fixtures.bytes("ar-news-no-charset.windows-1256.html");

        // when
        ExtractedArticle a = extractor.extract(page, null, "https://example.kz/ar/news/1");

        // then
        assertThat(a.title()).isEqualTo("مجلس الشيوخ الكازاخستاني يصادق على اتفاقية الشراكة مع الاتحاد الأوروبي");
        assertThat(a.text())
                .startsWith("صادق مجلس الشيوخ")
                .endsWith("بعد نشره في الجريدة الرسمية.")
                .doesNotContain("ملفات تعريف الارتباط", "فيسبوك", "اقرأ أيضاً", "افتتاح معرض الكتاب", "خبر مهم");
        assertThat(a.text().split("\n\n")).hasSize(4);
        assertThat(a.language()).isEqualTo("ar");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-03-12T05:15:00Z"));
        assertThat(a.canonicalUrl()).isEqualTo("https://example.kz/ar/news/2026/03/fixture-article");
    }

    @Test
    void shouldExtractRussianArticleWithAuthorAndNoComments() {
        // given
        byte[] page = Fixtures.bytes("ru-news-no-charset.windows-1251.html");

        // when
        ExtractedArticle a = extractor.extract(page, "text/html", null);

        // then
        assertThat(a.title()).isEqualTo("Мажилис одобрил законопроект о снижении порога регистрации партий");
        assertThat(a.text())
                .startsWith("Мажилис Парламента Казахстана")
                .doesNotContain("Читайте также", "Курс тенге", "Давно пора", "cookie", "ВКонтакте");
        assertThat(a.authors()).containsExactly("Айдана Нурланова");
        assertThat(a.language()).isEqualTo("ru");
    }

    @Test
    void shouldRecogniseKazakhTextUnderRussianLangTag() {
        // given a Kazakh article whose template says lang="ru"
        byte[] page = Fixtures.bytes("kk-news-mislabelled-ru.html");

        // when
        ExtractedArticle a = extractor.extract(page, "text/html; charset=utf-8", null);

        // then
        assertThat(a.language()).isEqualTo("kk");
        assertThat(a.text()).startsWith("Парламент Сенаты").doesNotContain("Тағы оқыңыз", "Құттықтаймыз");
    }

    @Test
    void shouldExtractChineseArticleFromGb2312Page() {
        // given
        byte[] page = Fixtures.bytes("zh-news-no-charset.gb2312.html");

        // when
        ExtractedArticle a = extractor.extract(page, null, null);

        // then
        assertThat(a.language()).isEqualTo("zh");
        assertThat(a.text()).startsWith("哈萨克斯坦总统托卡耶夫").contains("谅解备忘录").doesNotContain("相关新闻", "微博", "很好的消息");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-03-10T01:00:00Z"));
    }

    @Test
    void shouldNotTrustEnglishTagOnArabicText() {
        // given an English template around an Arabic article
        String html = "<html lang=\"en\"><body><article><h1>عنوان</h1><p>"
                + "قال رئيس جمهورية كازاخستان إن الإصلاحات السياسية غيّرت توازن السلطات في البلاد خلال السنوات الأخيرة."
                + "</p></article></body></html>";

        // when
        ExtractedArticle a = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);

        // then
        assertThat(a.language()).isEqualTo("ar");
    }

    @Test
    void shouldPreferLongerJsonLdArticleBodyConfirmedByThePage() {
        // given a page that shows only the opening of an article whose full body is in JSON-LD
        String opening = "The Kazakh parliament approved amendments to the law on elections on Wednesday, "
                + "introducing a mixed system for regional assemblies.";
        String rest = " The reform, proposed by the president last year, gives parties seventy percent of the seats."
                .repeat(6);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"articleBody\":\"" + opening + rest + "\",\"isAccessibleForFree\":false}</script></head><body>"
                + "<article><p>" + opening + "</p><div class=\"paywall\">Subscribe to continue reading</div>"
                + "</article></body></html>";

        // when
        ExtractedArticle a = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);

        // then
        assertThat(a.text()).startsWith(opening).contains("seventy percent");
        assertThat(a.paywalled()).isFalse();
    }

    @Test
    void shouldMarkPaywallTeaser() {
        // given
        String html = "<html lang=\"en\"><body><article><h1>Reforms</h1><p>The Kazakh parliament approved amendments"
                + " to the law on elections on Wednesday, introducing a mixed system.</p>"
                + "<div class=\"paywall-offer\">Subscribe to continue reading</div></article></body></html>";

        // when
        ExtractedArticle a = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);

        // then
        assertThat(a.paywalled()).isTrue();
        assertThat(a.text()).doesNotContain("Subscribe");
    }

    @Test
    void shouldTrimCallsToActionAtTheEndOfTheBody() {
        // given an article whose container ends with a newsletter plug and a comments label
        String p = "<p>The Kazakh parliament approved amendments to the law on elections on Wednesday, introducing a"
                + " mixed system for regional assemblies, officials said.</p>";
        String html = "<html lang=\"en\"><body><article><h1>Reforms</h1>" + p + p.replace("Wednesday", "Thursday")
                + "<p>Get the latest updates in your inbox. Subscribe to our newsletter.</p><p>Comments</p>"
                + "</article></body></html>";

        // when
        ExtractedArticle a = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);

        // then
        assertThat(a.text()).endsWith("officials said.").doesNotContain("newsletter", "Comments");
        assertThat(a.paywalled()).isFalse();
    }

    @Test
    void shouldReturnEmptyTextForEmptyPage() {
        // when
        ExtractedArticle a = extractor.extract(new byte[0], "text/html", null);

        // then
        assertThat(a.text()).isEmpty();
        assertThat(a.language()).isEqualTo("und");
    }
}
