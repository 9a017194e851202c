package io.kzmonitor.fetcher.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Locale;

/** Converts source definitions from and to JSON trees (the YAML file, the REST API and {@code fetcher.sources}). */
public final class SourceJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SourceJson() {}

    /**
     * Reads and validates one definition ({@code id, name, type, url, interval, selector}).
     *
     * @throws Source.InvalidSourceException naming the invalid field
     */
    public static Source parse(JsonNode e) {
        if (e == null || !e.isObject()) {
            throw new Source.InvalidSourceException("source", "expected an object");
        }
        String typeText = text(e, "type");
        SourceType type;
        try {
            type = SourceType.valueOf((typeText == null ? "rss" : typeText).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new Source.InvalidSourceException("type", "must be rss, sitemap, section or page, got " + typeText);
        }
        String intervalText = text(e, "interval");
        Duration interval;
        try {
            interval = intervalText == null ? null : Durations.parse(intervalText);
        } catch (RuntimeException invalid) {
            throw new Source.InvalidSourceException("interval", "not a duration: " + intervalText);
        }
        return new Source(text(e, "id"), text(e, "name"), type, text(e, "url"), interval, text(e, "selector"));
    }

    /** Parses a JSON text holding one definition. */
    public static Source parse(String json) {
        try {
            return parse(JSON.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Source.InvalidSourceException("source", "not JSON: " + e.getOriginalMessage());
        }
    }

    /** The definition as a JSON object, readable by {@link #parse(JsonNode)}. */
    public static ObjectNode toJson(Source s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", s.id());
        n.put("name", s.name());
        n.put("type", s.type().name().toLowerCase(Locale.ROOT));
        n.put("url", s.url());
        if (s.interval() != null) {
            n.put("interval", s.interval().toString());
        }
        if (s.selector() != null) {
            n.put("selector", s.selector());
        }
        return n;
    }

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Reads a JSON text into a tree, or throws {@link IllegalArgumentException}. */
    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
