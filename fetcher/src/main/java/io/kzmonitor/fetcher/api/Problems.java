package io.kzmonitor.fetcher.api;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds RFC 9457 {@code application/problem+json} error responses that name the field at fault. */
final class Problems {

    /** The problem media type. */
    static final String MEDIA_TYPE = "application/problem+json";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private Problems() {}

    static Response of(int status, String field, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put(
                "title",
                switch (status) {
                    case 400 -> "Invalid source";
                    case 404 -> "No such source";
                    case 409 -> "Conflict";
                    default -> "Source store unavailable";
                });
        body.put("status", status);
        body.put("detail", detail);
        if (field != null) {
            body.put("field", field);
        }
        try {
            return Response.status(status)
                    .type(MEDIA_TYPE)
                    .entity(JSON.writeValueAsString(body))
                    .build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
