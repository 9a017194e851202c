package io.kzmonitor.fetcher.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A change made through the API, as stored in {@code fetcher.sources}: a source defined through the API (with its
 * definition), or only the pause flag of a source defined in the sources file (definition null).
 *
 * @param definition the API-defined source, null for a pause of a file-defined source
 * @param paused whether polling is paused
 */
public record SourceOverride(Source definition, boolean paused) {

    /** Reads a stored value; throws {@link IllegalArgumentException} when it is not a valid override. */
    public static SourceOverride fromJson(String json) {
        JsonNode n = SourceJson.tree(json);
        boolean paused = n.path("paused").asBoolean(false);
        Source definition = n.hasNonNull("url") ? SourceJson.parse(n) : null;
        return new SourceOverride(definition, paused);
    }

    /** The value to store. */
    public String toJson() {
        ObjectNode n = definition == null ? SourceJson.object() : SourceJson.toJson(definition);
        n.put("paused", paused);
        return n.toString();
    }
}
