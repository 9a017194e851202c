package io.kzmonitor.fetcher.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the YAML sources file ({@code sources:} list of {@code id, name, type, url, interval}). An invalid entry
 * is reported and skipped; the valid ones are kept.
 */
public final class SourcesFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * The sources read and the problems found.
     *
     * @param sources valid sources, in file order
     * @param problems one message per skipped entry, naming the entry and the field
     */
    public record Result(List<Source> sources, List<String> problems) {}

    private SourcesFile() {}

    /** Reads and validates a sources file. */
    public static Result read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** Parses and validates YAML text. */
    public static Result parse(String yaml) throws IOException {
        JsonNode root = YAML.readTree(yaml);
        List<Source> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (root == null || root.isNull() || root.isMissingNode()) {
            return new Result(sources, problems);
        }
        JsonNode list = root.get("sources");
        if (list == null || !list.isArray()) {
            problems.add("sources: expected a list");
            return new Result(sources, problems);
        }
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode entry : list) {
            try {
                Source source = toSource(entry);
                if (!ids.add(source.id())) {
                    throw new Source.InvalidSourceException("id", "duplicate id " + source.id());
                }
                sources.add(source);
            } catch (IllegalArgumentException e) {
                problems.add("sources[" + index + "]." + e.getMessage());
            }
            index++;
        }
        return new Result(List.copyOf(sources), List.copyOf(problems));
    }

    private static Source toSource(JsonNode e) {
        return SourceJson.parse(e);
    }
}
