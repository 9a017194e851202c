package io.kzmonitor.notifier.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds the team of an API key, comparing SHA-256 hashes in constant time; keys are configured hashed, never plain. */
public final class ApiKeys {

    private final Map<String, byte[]> hashesByTeam;

    /** Keys from {@code team -> lower-case hex SHA-256 of the key}. */
    public ApiKeys(Map<String, String> hexHashesByTeam) {
        this.hashesByTeam = hexHashesByTeam.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(
                        Map.Entry::getKey,
                        e -> HexFormat.of().parseHex(e.getValue().strip().toLowerCase(Locale.ROOT))));
    }

    /** The team owning {@code key}, or empty. */
    public Optional<String> teamOf(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        byte[] presented = sha256(key.strip());
        String team = null;
        for (Map.Entry<String, byte[]> e : hashesByTeam.entrySet()) {
            // every entry is compared, so the time does not tell which team's key was close
            if (MessageDigest.isEqual(presented, e.getValue())) {
                team = e.getKey();
            }
        }
        return Optional.ofNullable(team);
    }

    /** Lower-case hex SHA-256 of a key, the form to configure. */
    public static String hash(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JVM specification", e);
        }
    }
}
