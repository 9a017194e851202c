package io.kzmonitor.notifier.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    // The published Standard Webhooks test vector (also in the Svix reference libraries' tests).
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void shouldReproduceStandardWebhooksPublishedTestVector() {
        // given
        WebhookSigner signer = new WebhookSigner(SECRET);

        // when
        String signature = signer.sign(ID, TIMESTAMP, BODY);

        // then
        assertThat(signature).isEqualTo(EXPECTED);
    }

    @Test
    void shouldAcceptSecretWithoutWhsecPrefix() {
        // given
        WebhookSigner signer = new WebhookSigner(SECRET.substring("whsec_".length()));

        // when
        String signature = signer.sign(ID, TIMESTAMP, BODY);

        // then
        assertThat(signature).isEqualTo(EXPECTED);
    }

    @Test
    void shouldChangeSignatureWhenBodyChanges() {
        // given
        WebhookSigner signer = new WebhookSigner(SECRET);

        // when
        String signature = signer.sign(ID, TIMESTAMP, "{\"test\": 2432232315}");

        // then
        assertThat(signature).startsWith("v1,").isNotEqualTo(EXPECTED);
    }

    @Test
    void shouldRejectNonBase64SecretWithoutEchoingIt() {
        // given
        String secret = "whsec_not base64 at all!";

        // when / then
        assertThatThrownBy(() -> new WebhookSigner(secret))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain("not base64 at all");
    }
}
