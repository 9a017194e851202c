package io.kzmonitor.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON form of every event: ISO-8601 UTC timestamps, unknown fields ignored (so producers can add fields),
 * nulls omitted.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private EventJson() {}

    /** A shared, thread-safe mapper configured as above. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Serialises an event to a JSON string. */
    public static String write(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * Parses an event.
     *
     * @throws MalformedEventException when the JSON is invalid or misses a required field
     */
    public static <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty " + type.getSimpleName() + " record");
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("invalid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedEventException("invalid " + type.getSimpleName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MalformedEventException("invalid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Thrown for a record that is not a valid event; consumers send such records to their dead-letter topic. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }

        public MalformedEventException(String message, Throwable cause) {
            super(message, cause instanceof UncheckedIOException u ? u.getCause() : cause);
        }
    }
}
