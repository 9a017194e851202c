package io.kzmonitor.analyzer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicCliticsTest {

    @Test
    void shouldStripPrepositionsConjunctionsAndArticleFromNames() {
        // given / when / then
        assertThat(ArabicClitics.variants("لكازاخستان")).contains("كازاخستان");
        assertThat(ArabicClitics.variants("بكازاخستان")).contains("كازاخستان");
        assertThat(ArabicClitics.variants("وكازاخستان")).contains("كازاخستان");
        assertThat(ArabicClitics.variants("وبكازاخستان")).contains("كازاخستان");
        assertThat(ArabicClitics.variants("وبالانتخابات")).contains("انتخابات");
        assertThat(ArabicClitics.variants("للدستور")).contains("دستور");
        assertThat(ArabicClitics.variants("الكازاخستاني")).contains("كازاخستاني");
    }

    @Test
    void shouldKeepShortWordsWhole() {
        // given / when / then
        assertThat(ArabicClitics.variants("لكن")).containsExactly("لكن");
    }
}
