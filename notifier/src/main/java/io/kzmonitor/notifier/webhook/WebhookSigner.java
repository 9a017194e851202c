package io.kzmonitor.notifier.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body}, keyed with the
 * base64-decoded part of a {@code whsec_} secret.
 */
public final class WebhookSigner {

    private static final String PREFIX = "whsec_";

    private final SecretKeySpec key;

    /**
     * A signer for one secret.
     *
     * @param secret {@code whsec_} + base64 (the prefix is optional, as in the reference libraries)
     * @throws IllegalArgumentException when the secret is not base64 (the message never contains the secret)
     */
    public WebhookSigner(String secret) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook secret is not whsec_ + base64");
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException("webhook secret is empty");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The {@code webhook-signature} header value for a request. */
    public String sign(String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
