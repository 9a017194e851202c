package io.kzmonitor.notifier.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.notifier.webhook.AddressGuard;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionValidatorTest {

    private final SubscriptionValidator strict = new SubscriptionValidator(new AddressGuard(false));

    @Test
    void shouldAcceptWellFormedDigestSubscription() {
        assertThat(strict.validate(
                        record("https://93.184.215.14/hook", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "Asia/Almaty")))
                .isEmpty();
    }

    @Test
    void shouldRejectPrivateWebhookAddressWhenNotAllowed() {
        assertThat(fields(strict.validate(record("http://10.0.0.7/hook", null, "UTC"))))
                .containsExactly("webhookUrl");
        assertThat(fields(strict.validate(record("http://169.254.169.254/latest", null, "UTC"))))
                .containsExactly("webhookUrl");
        assertThat(new SubscriptionValidator(new AddressGuard(true))
                        .validate(record("http://10.0.0.7/hook", null, "UTC")))
                .isEmpty();
    }

    @Test
    void shouldNameEachInvalidField() {
        // given
        SubscriptionRecord bad = new SubscriptionRecord(
                null,
                "bad id!",
                "t",
                null,
                List.of("not-an-address"),
                "ftp://example.org/x",
                "xml",
                "whsec_short",
                List.of("sports"),
                null,
                List.of("english!"),
                null,
                null,
                null,
                1.5,
                "monthly",
                "25:00",
                "someday",
                "Mars/Olympus",
                null,
                null,
                null,
                1,
                null);

        // when
        List<String> fields = fields(strict.validate(bad));

        // then
        assertThat(fields)
                .contains(
                        "id",
                        "emails",
                        "webhookUrl",
                        "webhookFormat",
                        "webhookSecret",
                        "categories",
                        "languages",
                        "minScore",
                        "schedule",
                        "at",
                        "day",
                        "zone");
    }

    @Test
    void shouldRequireAChannel() {
        SubscriptionRecord none = new SubscriptionRecord(
                null, "x", "t", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, 1, null);
        assertThat(fields(strict.validate(none))).containsExactly("channel");
    }

    private static SubscriptionRecord record(String url, String secret, String zone) {
        return new SubscriptionRecord(
                null,
                "desk",
                "t",
                "Desk",
                List.of("desk@example.org"),
                url,
                "json",
                secret,
                List.of("reforms"),
                null,
                List.of("kk", "kk-Arab"),
                null,
                null,
                null,
                0.5,
                "daily",
                "08:00",
                "monday",
                zone,
                false,
                true,
                false,
                1,
                null);
    }

    private static List<String> fields(List<SubscriptionValidator.Violation> violations) {
        return violations.stream().map(SubscriptionValidator.Violation::field).toList();
    }
}
