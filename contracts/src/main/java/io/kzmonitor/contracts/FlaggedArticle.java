package io.kzmonitor.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article the analyzer judged relevant, published on {@link Topics#FLAGGED} keyed by {@link #id()}.
 *
 * <p>Event type {@value #TYPE}. Carries what a digest needs of the article plus the explanation of the decision.
 *
 * @param type event type with its version, always {@value #TYPE}
 * @param id the article id (same as {@link Article#id()})
 * @param url article URL (canonical when known)
 * @param title headline
 * @param sourceId id of the source that found it
 * @param sourceName human name of that source
 * @param language ISO 639-1 code of the text as identified by the analyzer (e.g. "kk", or "kk-Arab")
 * @param publishedAt publication time in UTC, may be null
 * @param snippet a short excerpt around the strongest match
 * @param text the article's clean text (lets subscribers filter on extra keywords)
 * @param score relevance score in [0,1]
 * @param categories the categories (e.g. {@code reforms}, {@code diplomacy}) with their subtopics
 * @param matches the evidence: which rule matched which text, where
 * @param entities canonical entities mentioned (one id across languages)
 * @param signature near-duplicate signature for grouping one story across outlets and languages
 * @param analyzerVersion version of the analyzer code
 * @param rulesetVersion version of the rule set that made the decision
 * @param revision the article revision that was analysed
 * @param flaggedAt when the analyzer made the decision (UTC)
 */
public record FlaggedArticle(
        String type,
        String id,
        String url,
        String title,
        String sourceId,
        String sourceName,
        String language,
        Instant publishedAt,
        String snippet,
        String text,
        double score,
        List<Category> categories,
        List<Match> matches,
        List<Entity> entities,
        String signature,
        String analyzerVersion,
        String rulesetVersion,
        int revision,
        Instant flaggedAt) {

    /** Event type and version of this record. */
    public static final String TYPE = "article.flagged.v1";

    public FlaggedArticle {
        type = type == null ? TYPE : type;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        title = title == null ? "" : title;
        sourceName = sourceName == null ? sourceId : sourceName;
        language = language == null || language.isBlank() ? "und" : language;
        snippet = snippet == null ? "" : snippet;
        text = text == null ? "" : text;
        if (Double.isNaN(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be in [0,1]: " + score);
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
        matches = matches == null ? List.of() : List.copyOf(matches);
        entities = entities == null ? List.of() : List.copyOf(entities);
        signature = signature == null ? "" : signature;
        if (revision < 1) {
            revision = 1;
        }
        Objects.requireNonNull(flaggedAt, "flaggedAt");
    }

    /** The category names, in order. */
    public List<String> categoryNames() {
        return categories.stream().map(Category::name).toList();
    }

    /**
     * A category the article belongs to, with its subtopics.
     *
     * @param name category name, e.g. {@code reforms} or {@code diplomacy}
     * @param subtopics subtopic labels, e.g. {@code constitution}, {@code elections}, {@code china}
     * @param score the category's own score in [0,1]
     */
    public record Category(String name, List<String> subtopics, double score) {
        public Category {
            Objects.requireNonNull(name, "name");
            subtopics = subtopics == null ? List.of() : List.copyOf(subtopics);
        }
    }

    /**
     * One piece of evidence for the decision.
     *
     * @param ruleId id of the rule that matched
     * @param category category the rule contributes to
     * @param subtopic subtopic the rule contributes to, may be null
     * @param text the matched text as it appears in the article
     * @param field {@code title} or {@code text}
     * @param start start offset (UTF-16 chars) in that field, inclusive
     * @param end end offset in that field, exclusive
     * @param sentence the sentence the match is in
     */
    public record Match(
            String ruleId,
            String category,
            String subtopic,
            String text,
            String field,
            int start,
            int end,
            String sentence) {
        public Match {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(text, "text");
            field = field == null ? "text" : field;
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad offsets " + start + ".." + end);
            }
        }
    }

    /**
     * An entity with its canonical id and name, the same across languages.
     *
     * @param id canonical id, e.g. {@code person:tokayev}
     * @param name canonical English name, e.g. "Kassym-Jomart Tokayev"
     * @param kind {@code person}, {@code organisation}, {@code place} or {@code event}
     * @param mentions how many times it was mentioned
     */
    public record Entity(String id, String name, String kind, int mentions) {
        public Entity {
            Objects.requireNonNull(id, "id");
            name = name == null ? id : name;
        }
    }
}
