package io.kzmonitor.analyzer;

import java.time.Instant;

/**
 * What the analyzer needs of an article, from Kafka or from the command line.
 *
 * @param id article id
 * @param title headline, may be empty
 * @param text body text, may be empty
 * @param languageHint language the source declared (e.g. "ar"), null or "und" when unknown
 * @param publishedAt publication time, null when unknown
 */
public record ArticleInput(String id, String title, String text, String languageHint, Instant publishedAt) {

    public ArticleInput {
        id = id == null ? "" : id;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }
}
