package io.kzmonitor.fetcher.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.fetcher.Fixtures;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

    private final HtmlDecoder decoder = new HtmlDecoder();

    @Test
    void shouldDetectWindows1256ArabicWithoutAnyDeclaration() {
        // given an Arabic page in windows-1256 with no header and no meta charset
        byte[] page = Fixtures.bytes("ar-news-no-charset.windows-1256.html");

        // when
        DecodedText decoded = decoder.decode(page, null);

        // then
        assertThat(decoded.origin()).isEqualTo("detected");
        assertThat(decoded.charset()).isEqualTo("windows-1256");
        assertThat(decoded.text()).contains("مجلس الشيوخ الكازاخستاني").doesNotContain("\uFFFD");
    }

    @Test
    void shouldDetectWindows1251RussianWithoutAnyDeclaration() {
        // given
        byte[] page = Fixtures.bytes("ru-news-no-charset.windows-1251.html");

        // when
        DecodedText decoded = decoder.decode(page, "text/html");

        // then
        assertThat(decoded.charset()).isEqualTo("windows-1251");
        assertThat(decoded.text()).contains("Мажилис Парламента Казахстана одобрил");
    }

    @Test
    void shouldDetectKoi8rRussianWithoutAnyDeclaration() {
        // given
        byte[] page = Fixtures.bytes("ru-news-no-charset.koi8-r.html");

        // when
        DecodedText decoded = decoder.decode(page, null);

        // then
        assertThat(decoded.charset()).isEqualTo("KOI8-R");
        assertThat(decoded.text()).contains("Мажилис Парламента Казахстана одобрил");
    }

    @Test
    void shouldDetectGb2312ChineseWithoutAnyDeclaration() {
        // given
        byte[] page = Fixtures.bytes("zh-news-no-charset.gb2312.html");

        // when
        DecodedText decoded = decoder.decode(page, null);

        // then GB18030, the superset of GB2312 and GBK, decodes it
        assertThat(decoded.charset()).isIn("GB18030", "GBK", "GB2312");
        assertThat(decoded.text()).contains("哈萨克斯坦总统托卡耶夫当天在阿斯塔纳会见");
    }

    @Test
    void shouldDetectBig5TraditionalChineseWithoutAnyDeclaration() {
        // given
        byte[] page = Fixtures.bytes("zh-tw-news-no-charset.big5.html");

        // when
        DecodedText decoded = decoder.decode(page, null);

        // then
        assertThat(decoded.charset()).isEqualTo("Big5");
        assertThat(decoded.text()).contains("哈薩克總統托卡耶夫當天在阿斯塔納會見");
    }

    @Test
    void shouldDecodeTurkishWindows1254WithoutAnyDeclaration() {
        // given a Turkish page in windows-1254 (ğ, ı, ş exist only in the Turkish code pages)
        byte[] page = Fixtures.bytes("tr-news-no-charset.windows-1254.html");

        // when
        DecodedText decoded = decoder.decode(page, null);

        // then
        assertThat(decoded.charset()).isEqualTo("windows-1254");
        assertThat(decoded.text()).contains("stratejik ortaklığın güçlendirilmesi", "Teşkilatı");
    }

    @Test
    void shouldPreferHeaderCharsetOverDetection() {
        // given a Russian page labelled windows-1251 by the server
        byte[] page = Fixtures.bytes("ru-news-no-charset.windows-1251.html");

        // when
        DecodedText decoded = decoder.decode(page, "text/html; charset=windows-1251");

        // then
        assertThat(decoded.origin()).isEqualTo("header");
        assertThat(decoded.text()).contains("законопроект о политических партиях");
    }

    @Test
    void shouldUseMetaCharsetWhenHeaderHasNone() {
        // given
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                + "</head><body><p>الإصلاحات السياسية في كازاخستان</p></body></html>";
        byte[] page = html.getBytes(Charset.forName("windows-1256"));

        // when
        DecodedText decoded = decoder.decode(page, "text/html");

        // then
        assertThat(decoded.origin()).isEqualTo("meta");
        assertThat(decoded.text()).contains("الإصلاحات السياسية في كازاخستان");
    }

    @Test
    void shouldOverrideWrongLatin1LabelOnCyrillicBytes() {
        // given a windows-1251 page that the server wrongly labels ISO-8859-1
        byte[] page = Fixtures.bytes("ru-news-no-charset.windows-1251.html");

        // when
        DecodedText decoded = decoder.decode(page, "text/html; charset=ISO-8859-1");

        // then
        assertThat(decoded.text()).contains("Мажилис Парламента Казахстана одобрил");
    }

    @Test
    void shouldIgnoreStaleLegacyLabelOnValidUtf8() {
        // given UTF-8 bytes under a stale windows-1251 meta tag
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Токаев провёл переговоры</p>"
                + "</body></html>";

        // when
        DecodedText decoded = decoder.decode(html.getBytes(StandardCharsets.UTF_8), null);

        // then
        assertThat(decoded.text()).contains("Токаев провёл переговоры");
    }

    @Test
    void shouldHonourByteOrderMarkAndNormaliseToNfc() {
        // given a UTF-8 BOM and a decomposed "й" (и + combining breve)
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "<p>Назарбаи\u0306</p>".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, page, 0, bom.length);
        System.arraycopy(text, 0, page, bom.length, text.length);

        // when
        DecodedText decoded = decoder.decode(page, "text/html; charset=windows-1252");

        // then
        assertThat(decoded.origin()).isEqualTo("bom");
        assertThat(decoded.text()).isEqualTo("<p>Назарбай</p>");
    }
}
