package io.kzmonitor.analyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleLoaderTest {

    private static final String MANIFEST = "version: \"t1\"\ninclude:\n  - a.yml\n";

    private final RuleLoader loader = new RuleLoader();

    private RuleSet load(String file) {
        Map<String, String> files = Map.of("ruleset.yml", MANIFEST, "a.yml", file);
        return loader.load(files::get);
    }

    @Test
    void shouldLoadTheBundledRulesWithTheirVersion() {
        // given / when
        RuleSet rules = loader.loadClasspath();

        // then
        assertThat(rules.version()).startsWith("2026.");
        assertThat(rules.rules()).extracting(Rule::category).contains("reforms", "diplomacy", "negative");
        assertThat(rules.index().size()).isGreaterThan(1000);
    }

    @Test
    void shouldCompileTermsWrittenAlikeInSeveralRulesToOneSharedPattern() {
        // given: "talks" is evidence in one rule and a required partner term in another
        String file = "version: \"1\"\nrules:\n  - id: r1\n    category: diplomacy\n    any: [talks]\n"
                + "  - id: r2\n    category: diplomacy\n    any: [russia]\n    all: [[talks, Talks]]\n";

        // when
        RuleSet rules = load(file);

        // then
        assertThat(rules.index().size()).isEqualTo(4);
        assertThat(rules.index().patterns()).isEqualTo(2);
    }

    @Test
    void shouldRejectACoreferenceFlagThatIsNotABoolean() {
        // given
        String file = "version: \"1\"\nentities:\n  - id: ref:x\n    anchor: 0.5\n    corefers: maybe\n"
                + "    terms: [the country]\n";

        // when / then
        assertThatThrownBy(() -> load(file))
                .isInstanceOf(RuleValidationException.class)
                .hasMessageStartingWith("a.yml:5:")
                .hasMessageContaining("corefers must be true or false");
    }

    @Test
    void shouldNameFileAndLineOfAnUnknownKey() {
        // given
        String file = "version: \"1\"\nrules:\n  - id: r1\n    category: reforms\n    wieght: 1\n    any: [x]\n";

        // when / then
        assertThatThrownBy(() -> load(file))
                .isInstanceOf(RuleValidationException.class)
                .hasMessageStartingWith("a.yml:5:")
                .hasMessageContaining("unknown key 'wieght'");
    }

    @Test
    void shouldNameFileAndLineOfInvalidYaml() {
        // given
        String file = "version: \"1\"\nrules:\n  - id: r1\n    any: [unclosed\n";

        // when / then
        assertThatThrownBy(() -> load(file))
                .isInstanceOf(RuleValidationException.class)
                .hasMessageStartingWith("a.yml:")
                .hasMessageContaining("invalid YAML");
    }

    @Test
    void shouldRejectUnknownCategoryDuplicateIdsAndMissingFiles() {
        // given
        String badCategory = "version: \"1\"\nrules:\n  - id: r1\n    category: sports\n    any: [x]\n";
        String duplicate = "version: \"1\"\nrules:\n  - id: r1\n    category: reforms\n    any: [x]\n"
                + "  - id: r1\n    category: reforms\n    any: [y]\n";

        // when / then
        assertThatThrownBy(() -> load(badCategory))
                .hasMessageStartingWith("a.yml:4:")
                .hasMessageContaining("category");
        assertThatThrownBy(() -> load(duplicate))
                .hasMessageStartingWith("a.yml:6:")
                .hasMessageContaining("duplicate id");
        assertThatThrownBy(() -> loader.load(Map.of("ruleset.yml", MANIFEST)::get))
                .hasMessageStartingWith("ruleset.yml:3:")
                .hasMessageContaining("not found: a.yml");
    }

    @Test
    void shouldRejectATooShortPrefixTerm() {
        // given
        String file = "version: \"1\"\nrules:\n  - id: r1\n    category: reforms\n    any: [\"ab*\"]\n";

        // when / then
        assertThatThrownBy(() -> load(file)).hasMessageStartingWith("a.yml:3:").hasMessageContaining("too short");
    }
}
