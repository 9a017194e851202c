package io.kzmonitor.fetcher.api;

import io.kzmonitor.fetcher.poll.PollScheduler;
import io.kzmonitor.fetcher.sources.SourceStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /sources}: the configured sources with their live status. */
@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {

    /**
     * One source as listed by the API.
     *
     * @param id source id
     * @param name human name
     * @param type rss or page
     * @param url feed or page URL
     * @param interval its own poll interval (ISO-8601, e.g. {@code PT30S}), null for the global one
     * @param status live status
     */
    public record SourceView(
            String id, String name, String type, String url, String interval, SourceStatus.Snapshot status) {}

    private final PollScheduler scheduler;

    SourcesResource(PollScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Lists every source with its status. */
    @GET
    public List<SourceView> list() {
        return scheduler.sources().stream()
                .map(e -> new SourceView(
                        e.source().id(),
                        e.source().name(),
                        e.source().type().name().toLowerCase(java.util.Locale.ROOT),
                        e.source().url(),
                        e.source().interval() == null
                                ? null
                                : e.source().interval().toString(),
                        e.status().snapshot()))
                .toList();
    }
}
