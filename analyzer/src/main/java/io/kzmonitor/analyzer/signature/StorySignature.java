package io.kzmonitor.analyzer.signature;

import io.kzmonitor.contracts.FlaggedArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Near-duplicate signature of a story, the same across outlets and languages: publication day (UTC), the categories,
 * and the story's core subtopics, i.e. those the headline matches (a headline names the story; the body adds
 * background that differs between outlets), falling back to the top category's first subtopic. Subtopics and
 * categories are language-free, so an Arabic, a Russian and a Chinese report of the same visit on the same day share
 * a signature.
 */
public final class StorySignature {

    /** Subtopics too generic to tell two stories apart. */
    private static final Set<String> GENERIC = Set.of("visits-talks", "political-reform", "foreign-policy");

    private StorySignature() {}

    /** The signature, e.g. {@code 2026-03-15:3fa2c9e01b7d}; the day is {@code undated} when unknown. */
    public static String of(
            Instant publishedAt, List<FlaggedArticle.Category> categories, List<FlaggedArticle.Match> matches) {
        TreeSet<String> keys = new TreeSet<>();
        categories.forEach(c -> keys.add(c.name()));
        int before = keys.size();
        for (FlaggedArticle.Match m : matches) {
            if (m.field().equals("title") && m.subtopic() != null && !GENERIC.contains(m.subtopic())) {
                keys.add(m.subtopic());
            }
        }
        if (keys.size() == before && !categories.isEmpty()) {
            categories.get(0).subtopics().stream()
                    .filter(s -> !GENERIC.contains(s))
                    .findFirst()
                    .ifPresent(keys::add);
        }
        String day = publishedAt == null
                ? "undated"
                : publishedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return day + ":" + sha256(String.join("|", keys)).substring(0, 12);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
