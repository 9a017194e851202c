package io.kzmonitor.notifier.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** Delivery ids: {@code msg_} + a hash of (subscription, article, revision, channel), the same on every retry. */
public final class DeliveryIds {

    private DeliveryIds() {}

    /** The delivery id of an article revision to one channel of a subscription. */
    public static String of(String subscriptionId, String articleId, int revision, Channel channel) {
        return "msg_" + hash(subscriptionId + '\u0000' + articleId + '\u0000' + revision + '\u0000' + channel.name());
    }

    /** The delivery id of a subscription's digest for one due time. */
    public static String ofDigest(String subscriptionId, Instant dueAt) {
        return "dig_" + hash(subscriptionId + '\u0000' + dueAt);
    }

    private static String hash(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JVM specification", e);
        }
    }
}
