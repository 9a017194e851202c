package io.kzmonitor.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.analyzer.language.LanguageIdentifier;
import io.kzmonitor.analyzer.rules.RuleSetHolder;
import io.kzmonitor.contracts.FlaggedArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    private static final Analyzer ANALYZER = new Analyzer(new RuleSetHolder(null), new LanguageIdentifier(), 0.5);
    private static final Instant DAY = Instant.parse("2024-07-03T09:00:00Z");

    private static Decision analyze(String title, String text) {
        return ANALYZER.analyze(new ArticleInput("t", title, text, null, DAY));
    }

    @Test
    void shouldFlagArabicArticleWithProclitic() {
        // given
        String text = "قال مسؤولون إن لكازاخستان دستورا جديدا أقره الناخبون في استفتاء عام. وأعلن توكاييف أن البرلمان"
                + " سيصبح أحادي المجلس بكازاخستان.";

        // when
        Decision d = analyze("", text);

        // then
        assertThat(d.relevant()).isTrue();
        assertThat(d.language()).isEqualTo("ar");
        assertThat(d.categoryNames()).containsExactly("reforms");
        assertThat(d.subtopics()).contains("constitution", "referendum", "parliament");
        assertThat(d.entities()).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo("country:kazakhstan");
            assertThat(e.mentions()).isEqualTo(2);
        });
    }

    @Test
    void shouldReportMatchesAtOriginalOffsetsWithTheirSentence() {
        // given: tatweel and harakat change the folded length before the match
        String text = "كازاخستـــــان تُجري استفتاءً على الدستور. وقال توكاييف إن الإصلاحات مستمرة.";

        // when
        Decision d = analyze("", text);

        // then
        assertThat(d.matches()).isNotEmpty().allSatisfy(m -> {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.sentence()).contains(m.text());
        });
        assertThat(d.matches()).extracting(FlaggedArticle.Match::ruleId).contains("reforms.referendum");
    }

    @Test
    void shouldGiveOneCanonicalEntityToTokayevInEveryScript() {
        // given / when / then
        for (String name : new String[] {"Tokayev", "Токаев", "توكاييف", "托卡耶夫", "Тоқаев", "Tokaïev", "Tokajew"}) {
            Decision d = analyze("", name + " " + name);
            assertThat(d.entities())
                    .as(name)
                    .extracting(FlaggedArticle.Entity::id)
                    .contains("person:tokayev");
        }
    }

    @Test
    void shouldSignTheSameStoryAlikeAcrossLanguages() {
        // given
        Decision en = analyze(
                "Xi Jinping holds talks with Tokayev in Astana",
                "Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Astana and"
                        + " the two leaders signed a joint statement on comprehensive strategic partnership.");
        Decision ru = analyze(
                "Си Цзиньпин провел переговоры с Токаевым в Астане",
                "Председатель КНР Си Цзиньпин провел переговоры с Президентом Казахстана Касым-Жомартом Токаевым в"
                        + " Астане, лидеры подписали совместное заявление о всеобъемлющем стратегическом партнерстве.");
        Decision zh = analyze("习近平在阿斯塔纳同托卡耶夫会谈", "国家主席习近平在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈，两国元首签署联合声明，深化全面战略伙伴关系。");

        // then
        assertThat(en.relevant()).isTrue();
        assertThat(en.signature())
                .isEqualTo(ru.signature())
                .isEqualTo(zh.signature())
                .startsWith("2024-07-03:");
    }

    @Test
    void shouldNotFlagGenericParliamentOrKurultaiWithoutKazakhstan() {
        // given / when
        Decision chp = analyze(
                "CHP Kurultayı Ankara'da toplandı",
                "Cumhuriyet Halk Partisi'nin kurultayı başladı. Meclis grubu da toplantıya katıldı.");
        Decision kyrgyz = analyze(
                "Kyrgyzstan's People's Kurultai convenes",
                "The Kyrgyz kurultai discussed a new parliament and constitutional changes proposed by Sadyr Japarov.");

        // then
        assertThat(chp.relevant()).isFalse();
        assertThat(kyrgyz.relevant()).isFalse();
    }

    @Test
    void shouldNotFlagKazakhSportEvenWithAMinister() {
        // given / when
        Decision d = analyze(
                "Kazakhstan wins boxing gold in Astana",
                "Kazakhstan's national team won the gold medal at the Asian Boxing Championship in Astana. The"
                        + " foreign minister and the sports minister congratulated the athletes after the final.");

        // then
        assertThat(d.relevant()).isFalse();
    }

    @Test
    void shouldNotFlagAPassingMentionOfKazakhstan() {
        // given / when
        Decision d = analyze(
                "Russia and China sign gas deal",
                "Russia and China signed an agreement on gas supplies during talks in Beijing. The pipeline may run"
                        + " through Kazakhstan.");

        // then
        assertThat(d.relevant()).isFalse();
        assertThat(d.score()).isLessThan(0.5);
    }

    @Test
    void shouldRecordTheRuleSetVersionAndKeepScoreInRange() {
        // given / when
        Decision d = analyze("Kazakhstan referendum", "Tokayev called a referendum on the constitution.");

        // then
        assertThat(d.rulesetVersion()).matches("2026\\..+\\+[0-9a-f]{8}");
        assertThat(d.score()).isBetween(0.0, 1.0);
    }
}
