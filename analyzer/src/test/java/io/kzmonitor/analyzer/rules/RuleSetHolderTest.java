package io.kzmonitor.analyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetHolderTest {

    @TempDir
    Path dir;

    private void write(String name, String text, int secondsAhead) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().plusSeconds(secondsAhead)));
    }

    private static String rules(String term) {
        return "version: \"1\"\nrules:\n  - id: r1\n    category: reforms\n    any: [" + term + "]\n";
    }

    @Test
    void shouldSwapToChangedRulesAndKeepThePreviousSetWhenAReloadIsInvalid() throws IOException {
        // given
        write("ruleset.yml", "version: \"v1\"\ninclude: [a.yml]\n", 0);
        write("a.yml", rules("alpha"), 0);
        RuleSetHolder holder = new RuleSetHolder(dir);
        RuleSet first = holder.get();

        // when: a valid change
        write("a.yml", rules("beta"), 5);
        boolean reloaded = holder.reloadIfChanged();

        // then
        assertThat(reloaded).isTrue();
        assertThat(holder.get().version()).isNotEqualTo(first.version());
        assertThat(holder.get().rules().get(0).any()).containsExactly("beta");

        // when: an invalid change
        RuleSet second = holder.get();
        write("a.yml", "version: \"1\"\nrules: [ {id: r1, category: nonsense, any: [x]} ]\n", 10);

        // then
        assertThatThrownBy(holder::reloadIfChanged).isInstanceOf(RuleValidationException.class);
        assertThat(holder.get()).isSameAs(second);
        assertThat(holder.reloadIfChanged()).isFalse();
    }
}
