package io.kzmonitor.notifier.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private final ApiKeys keys = new ApiKeys(Map.of(
            "embassy", ApiKeys.hash("embassy-secret-key"),
            "eurasia", ApiKeys.hash("eurasia-secret-key").toUpperCase()));

    @Test
    void shouldFindTeamOfValidKey() {
        assertThat(keys.teamOf("embassy-secret-key")).contains("embassy");
        assertThat(keys.teamOf(" eurasia-secret-key ")).contains("eurasia");
    }

    @Test
    void shouldRefuseUnknownOrMissingKey() {
        assertThat(keys.teamOf("embassy-secret-kez")).isEmpty();
        assertThat(keys.teamOf(ApiKeys.hash("embassy-secret-key"))).isEmpty(); // the stored hash is not a key
        assertThat(keys.teamOf(null)).isEmpty();
        assertThat(keys.teamOf("")).isEmpty();
    }
}
