package io.kzmonitor.analyzer.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.analyzer.Analyzer;
import io.kzmonitor.analyzer.ArticleInput;
import io.kzmonitor.analyzer.Decision;
import io.kzmonitor.analyzer.language.LanguageIdentifier;
import io.kzmonitor.analyzer.rules.RuleSetHolder;
import org.junit.jupiter.api.Test;

/** Anchoring with light coreference ("the head of state") and overlapping mentions, through the real rule set. */
class CoreferenceAnchoringTest {

    private static final Analyzer ANALYZER = new Analyzer(new RuleSetHolder(null), new LanguageIdentifier(), 0.5);

    private static Decision analyze(String title, String text) {
        return ANALYZER.analyze(new ArticleInput("t", title, text, null, null));
    }

    @Test
    void shouldAnchorTheHeadOfStateToKazakhstanNamedEarlier() {
        // given: Kazakhstan named once, then referred to as "the Central Asian republic" and "the head of state"
        String text =
                "Kazakhstan adopted a law easing the rules for peaceful assemblies on Monday. Organisers of rallies"
                        + " in the Central Asian republic will only notify local authorities. The head of state said the change"
                        + " reflected his political reforms.";

        // when
        Decision d = analyze("Law on assemblies signed", text);

        // then
        assertThat(d.anchorPoints()).isEqualTo(2.0);
        assertThat(d.relevant()).isTrue();
        assertThat(d.entities()).extracting(e -> e.id()).containsExactly("country:kazakhstan");
    }

    @Test
    void shouldNotResolveAForeignHeadOfStateToKazakhstan() {
        // given: the reference is qualified by Russia, and the previous sentence's subject is Putin
        String text =
                "Vladimir Putin held talks with Xi Jinping in Beijing. The Russian head of state said the pipeline"
                        + " would cross Mongolia rather than Kazakhstan.";

        // when
        Decision d = analyze("Putin and Xi sign gas deal", text);

        // then
        assertThat(d.anchorPoints()).isEqualTo(1.0);
        assertThat(d.relevant()).isFalse();
    }

    @Test
    void shouldResolveHeadOfStateInKazakhLanguageTextWithoutNamingTheCountry() {
        // given
        String text = "Мемлекет басшысы Сеулде Корея Республикасының Президентімен келіссөз жүргізді.";

        // when
        Decision d = analyze("Мемлекет басшысы Корея Президентімен кездесті", text);

        // then
        assertThat(d.language()).isEqualTo("kk");
        assertThat(d.anchorPoints()).isGreaterThanOrEqualTo(1.5);
        assertThat(d.relevant()).isTrue();
    }

    @Test
    void shouldCountOverlappingChineseMentionsOnce() {
        // given: 哈萨克 is a term of its own and also the start of 哈萨克斯坦
        String text = "新管道将途经蒙古，而非哈萨克斯坦。";

        // when
        Decision d = analyze("俄中签署天然气协议", text);

        // then
        assertThat(d.anchorPoints()).isEqualTo(1.0);
    }

    @Test
    void shouldNotResolveTheCountryToKazakhstanInARivalsStory() {
        // given: an Uzbek story naming Kazakhstan once in passing, then "the head of state" and "the country"
        String text = "Uzbekistan's parliament approved a new election code on Thursday. President Shavkat Mirziyoyev"
                + " called it part of the New Uzbekistan reforms. Neighbouring Kazakhstan adopted a similar mixed"
                + " system in 2022. The election commission will publish district boundaries in March. The head of"
                + " state said the country would continue its political reforms.";

        // when
        Decision d = analyze("Uzbekistan revises election law", text);

        // then
        assertThat(d.anchorPoints()).isEqualTo(1.0);
        assertThat(d.relevant()).isFalse();
    }

    @Test
    void shouldNotTreatAOneSentenceMentionInALongForeignStoryAsPrincipalActor() {
        // given: seven sentences on Erdogan and Putin; Kazakhstan and Astana only as the venue of a coming summit
        String text = "Turkish President Recep Tayyip Erdogan held a telephone conversation with Vladimir Putin on"
                + " Monday. The leaders discussed the war in Ukraine and shipping in the Black Sea. Erdogan said Turkey"
                + " was ready to host peace talks. Putin proposed raising gas deliveries through TurkStream. The two"
                + " presidents agreed to talk again before the Organization of Turkic States summit in Kazakhstan and"
                + " the SCO meeting in Astana. They also discussed Syria. The Kremlin called the talks constructive.";

        // when
        Decision d = analyze("Erdogan and Putin discuss Ukraine and energy by phone", text);

        // then
        assertThat(d.anchorPoints()).isEqualTo(1.5);
        assertThat(d.relevant()).isFalse();
    }

    @Test
    void shouldKeepALongStoryRelevantWhenKazakhstanActsInSeveralSentences() {
        // given: the same call, but the Kazakh president takes part and is named again later
        String text = "Kazakh President Kassym-Jomart Tokayev held a telephone conversation with Vladimir Putin on"
                + " Monday. The leaders discussed the war in Ukraine and oil shipments through the CPC pipeline. Putin"
                + " proposed raising gas deliveries. The two presidents agreed to talk again before the Organization"
                + " of Turkic States summit. They also discussed Syria. Tokayev invited Putin to visit Astana. The"
                + " Kremlin called the talks constructive.";

        // when
        Decision d = analyze("Leaders discuss energy by phone", text);

        // then
        assertThat(d.relevant()).isTrue();
    }
}
