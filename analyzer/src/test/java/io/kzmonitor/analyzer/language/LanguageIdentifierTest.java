package io.kzmonitor.analyzer.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    private String id(String text) {
        return identifier.identify("", text, null);
    }

    @Test
    void shouldTellArabicScriptLanguagesApart() {
        // given / when / then
        assertThat(id("أعلنت وزارة الخارجية الكازاخستانية أن الرئيس سيزور القاهرة الأسبوع المقبل"))
                .isEqualTo("ar");
        assertThat(id("قازاقستان پرەزيدەنتى توقاەۆ جاڭا اتا زاڭعا سايكەس قۇرىلتاي سايلاۋىن تاعايىندادى"))
                .isEqualTo("kk-Arab");
        assertThat(id("رئیس جمهور قزاقستان با رئیس جمهور ایران دیدار و گفتگو کرد و اسناد همکاری امضا شد"))
                .isEqualTo("fa");
    }

    @Test
    void shouldTellCyrillicAndLatinKazakhFromRussianTurkishAndUzbek() {
        // given / when / then
        assertThat(id("Мемлекет басшысы жаңа Конституция жобасы бойынша референдум өткізу туралы Жарлыққа қол қойды"))
                .isEqualTo("kk");
        assertThat(id("Президент Казахстана подписал указ о проведении референдума по новой Конституции"))
                .isEqualTo("ru");
        assertThat(
                        id(
                                "Memleket basshysy Qasym-Jomart Toqaev respýblıkalyq referendým ótkizý týraly Jarlyqqa qol qoıdy"))
                .isEqualTo("kk-Latn");
        assertThat(id("Kazakistan Cumhurbaşkanı Tokayev, yeni anayasa için yapılan referandumun sonuçlarını açıkladı"
                        + " ve Meclis ile hükümetin görevlerini değerlendirdi"))
                .isEqualTo("tr");
        assertThat(id("Qozog'iston Prezidenti O'zbekistonga davlat tashrifi bilan keldi"))
                .isEqualTo("uz");
    }

    @Test
    void shouldIdentifyChineseEnglishFrenchAndGerman() {
        // given / when / then
        assertThat(id("哈萨克斯坦总统托卡耶夫签署命令，决定就新宪法草案举行全民公投。")).isEqualTo("zh");
        assertThat(id("The president of Kazakhstan signed a decree calling a referendum on the new constitution"))
                .isEqualTo("en");
        assertThat(id("Le président du Kazakhstan a signé un décret pour un référendum sur la nouvelle Constitution"))
                .isEqualTo("fr");
        assertThat(id("Der Präsident von Kasachstan hat ein Referendum über die neue Verfassung angesetzt"))
                .isEqualTo("de");
    }
}
