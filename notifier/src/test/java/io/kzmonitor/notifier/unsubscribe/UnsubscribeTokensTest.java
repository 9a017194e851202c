package io.kzmonitor.notifier.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    private final UnsubscribeTokens tokens =
            new UnsubscribeTokens("a-long-enough-server-secret", "https://notifier.example.org/");

    @Test
    void shouldAcceptTokenOfItsOwnSubscription() {
        // given
        String token = tokens.token("newsroom");

        // when / then
        assertThat(tokens.verify("newsroom", token)).isTrue();
        assertThat(tokens.link("newsroom")).isEqualTo("https://notifier.example.org/unsubscribe?s=newsroom&t=" + token);
    }

    @Test
    void shouldRefuseTokenReplayedForAnotherSubscription() {
        assertThat(tokens.verify("diplomacy-ru", tokens.token("newsroom"))).isFalse();
    }

    @Test
    void shouldRefuseForgedOrMissingToken() {
        // given
        String token = tokens.token("newsroom");
        String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);

        // when / then
        assertThat(tokens.verify("newsroom", tampered)).isFalse();
        assertThat(tokens.verify("newsroom", null)).isFalse();
        assertThat(new UnsubscribeTokens("another-server-secret!", "http://x").verify("newsroom", token))
                .isFalse();
    }

    @Test
    void shouldRefuseEverythingWhenDisabled() {
        assertThat(UnsubscribeTokens.disabled().enabled()).isFalse();
        assertThat(UnsubscribeTokens.disabled().verify("newsroom", tokens.token("newsroom")))
                .isFalse();
        assertThatThrownBy(() -> new UnsubscribeTokens("short", "http://x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
