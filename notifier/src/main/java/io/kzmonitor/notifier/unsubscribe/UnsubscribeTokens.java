package io.kzmonitor.notifier.unsubscribe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed one-click unsubscribe links (RFC 8058): the token is an HMAC-SHA256 of the subscription id under a server
 * secret, so a link cannot be forged, nor replayed for another subscription; checked in constant time.
 */
public final class UnsubscribeTokens {

    private final SecretKeySpec key;
    private final String baseUrl;

    private UnsubscribeTokens() {
        this.key = null;
        this.baseUrl = null;
    }

    /** Tokens when no secret is configured: no links, every token refused. */
    public static UnsubscribeTokens disabled() {
        return new UnsubscribeTokens();
    }

    /** True when a secret is configured. */
    public boolean enabled() {
        return key != null;
    }

    /**
     * @param secret server secret (never logged)
     * @param baseUrl public base URL of the notifier, e.g. {@code https://notifier.example.org}
     */
    public UnsubscribeTokens(String secret, String baseUrl) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("unsubscribe secret must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The token of a subscription. */
    public String token(String subscriptionId) {
        if (!enabled()) {
            throw new IllegalStateException("unsubscribe links are not configured");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("unsubscribe\u0000" + subscriptionId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** True when {@code token} is the token of {@code subscriptionId}. */
    public boolean verify(String subscriptionId, String token) {
        if (!enabled() || subscriptionId == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(
                token(subscriptionId).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The one-click link of a subscription, for the {@code List-Unsubscribe} header. */
    public String link(String subscriptionId) {
        return baseUrl + "/unsubscribe?s=" + URLEncoder.encode(subscriptionId, StandardCharsets.UTF_8) + "&t="
                + token(subscriptionId);
    }
}
