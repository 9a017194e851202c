package io.kzmonitor.analyzer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    private String fold(String s) {
        return normalizer.normalize(s).folded();
    }

    @Test
    void shouldFoldArabicAlefTaaMarbutaAlefMaqsuraHarakatAndTatweel() {
        // given / when / then
        assertThat(fold("كازاخستـــــان")).isEqualTo(fold("كازاخستان"));
        assertThat(fold("كَازَاخِسْتَان")).isEqualTo("كازاخستان");
        assertThat(fold("أستانا")).isEqualTo("استانا");
        assertThat(fold("آستانة")).isEqualTo("استانه");
        assertThat(fold("الكازاخى")).isEqualTo("الكازاخي");
        assertThat(fold("توکایف")).isEqualTo("توكايف");
    }

    @Test
    void shouldMapEveryFoldedOffsetBackToTheOriginalText() {
        // given
        String original = "في كازاخستـــــان اليوم";

        // when
        NormalizedText n = normalizer.normalize(original);
        int start = n.folded().indexOf("كازاخستان");
        int end = start + "كازاخستان".length();

        // then
        assertThat(original.substring(n.originalStart(start), n.originalEnd(end)))
                .isEqualTo("كازاخستـــــان");
    }

    @Test
    void shouldFoldTurkishDottedCapitalIAndRepairWindows1254Mojibake() {
        // given / when / then
        assertThat(fold("KAZAKİSTAN'DA")).isEqualTo("kazakistan'da");
        assertThat(fold("Kasým Cömert Tokayev, Þanghay Ýþbirliði"))
                .isEqualTo("kasim comert tokayev, sanghay isbirligi");
        assertThat(fold("Respýblıkalyq referendýmǵa")).isEqualTo("respyblikalyq referendymga");
    }

    @Test
    void shouldRewriteLatinHomoglyphsInsideCyrillicWords() {
        // given: Latin a, o, c inside a Cyrillic word
        String mixed = "Кaзахстaн и Тoкaев";

        // when / then
        assertThat(fold(mixed)).isEqualTo("казахстан и токаев");
    }

    @Test
    void shouldFoldKazakhLettersYoAndTraditionalChinese() {
        // given / when / then
        assertThat(fold("Қазақстанның Мәжілісі")).isEqualTo("казакстаннын мажилиси");
        assertThat(fold("Ёлка")).isEqualTo("елка");
        assertThat(fold("哈薩克斯坦總統")).isEqualTo("哈萨克斯坦总统");
    }

    @Test
    void shouldMapArabicIndicDigitsAndFullWidthForms() {
        // given / when / then
        assertThat(fold("٧٣٫١٢٪")).isEqualTo("73.12%");
        assertThat(fold("۱۴۰۵")).isEqualTo("1405");
        assertThat(fold("２０２６年")).isEqualTo("2026年");
    }
}
