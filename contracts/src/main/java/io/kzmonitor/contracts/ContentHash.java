package io.kzmonitor.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Hash of an article's title and text, insensitive to white-space and Unicode normal-form differences. */
public final class ContentHash {

    private ContentHash() {}

    /** Returns the hex SHA-256 (first 16 bytes) of the normalised title and text. */
    public static String of(String title, String text) {
        String canonical = normalise(title) + "\n" + normalise(text);
        return HexFormat.of().formatHex(sha256(canonical), 0, 16);
    }

    private static String normalise(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JVM specification", e);
        }
    }
}
