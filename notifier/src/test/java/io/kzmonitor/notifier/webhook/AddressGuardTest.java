package io.kzmonitor.notifier.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/hook",
                "http://localhost/hook",
                "http://10.1.2.3/hook",
                "http://172.16.0.1/hook",
                "http://192.168.1.10/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://metadata.google.internal/computeMetadata/v1/",
                "http://[::1]/hook",
                "http://[fd00::1]/hook",
                "http://100.64.0.1/hook",
                "http://0.0.0.0/hook"
            })
    void shouldRefuseInternalAddressesByDefault(String url) {
        // given
        AddressGuard guard = new AddressGuard(false);

        // when / then
        assertThat(guard.refusal(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hook", "http://[2606:4700::1111]/hook"})
    void shouldAllowPublicAddresses(String url) {
        assertThat(new AddressGuard(false).refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://192.168.1.10/hook"})
    void shouldAllowPrivateAddressesWhenConfigured(String url) {
        assertThat(new AddressGuard(true).refusal(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/hook", "file:///etc/passwd", "not a url"})
    void shouldRefuseNonHttpUrlsEvenWhenPrivateAllowed(String url) {
        assertThat(new AddressGuard(true).refusal(url)).isPresent();
    }
}
