package io.kzmonitor.fetcher.api;

import io.kzmonitor.fetcher.poll.PollScheduler;
import io.kzmonitor.fetcher.poll.SourceCatalog;
import io.kzmonitor.fetcher.poll.SourceRegistry;
import io.kzmonitor.fetcher.sources.Source;
import io.kzmonitor.fetcher.sources.SourceJson;
import io.kzmonitor.fetcher.sources.SourceStatus;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code /sources}: lists the sources with their live status, and adds, updates, pauses, resumes and removes them.
 * Changes are stored in {@code fetcher.sources} before the answer; refusals are {@code application/problem+json}
 * naming the field at fault.
 */
@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {

    /**
     * One source as listed by the API.
     *
     * @param id source id
     * @param name human name
     * @param type rss, sitemap, section or page
     * @param url feed or page URL
     * @param interval its own poll interval (ISO-8601, e.g. {@code PT30S}), null for the global one
     * @param selector link selector of a section source, else null
     * @param origin {@code file} or {@code api}
     * @param paused whether polling is paused
     * @param owned whether this replica polls it (sharding)
     * @param status live status (as seen by this replica)
     */
    public record SourceView(
            String id,
            String name,
            String type,
            String url,
            String interval,
            String selector,
            String origin,
            boolean paused,
            boolean owned,
            SourceStatus.Snapshot status) {}

    private final PollScheduler scheduler;
    private final SourceCatalog catalog;

    SourcesResource(PollScheduler scheduler, SourceCatalog catalog) {
        this.scheduler = scheduler;
        this.catalog = catalog;
    }

    /** Lists every source with its status. */
    @GET
    public List<SourceView> list() {
        return scheduler.sources().stream().map(this::view).toList();
    }

    /** One source with its status. */
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return refusals(() -> Response.ok(view(entry(id))).build());
    }

    /** The live status of one source. */
    @GET
    @Path("{id}/status")
    public Response status(@PathParam("id") String id) {
        return refusals(() -> Response.ok(entry(id).status().snapshot()).build());
    }

    /** Adds a source defined by a JSON body ({@code id, name, type, url, interval, selector}). */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response add(String body) {
        return refusals(() -> {
            Source source = SourceJson.parse(body);
            catalog.add(source);
            return Response.created(URI.create("/sources/" + source.id()))
                    .entity(view(entry(source.id())))
                    .build();
        });
    }

    /** Replaces the definition of a source added through the API. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public Response update(@PathParam("id") String id, String body) {
        return refusals(() -> {
            var tree = SourceJson.tree(body);
            if (tree.isObject() && !tree.hasNonNull("id")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("id", id);
            }
            catalog.update(id, SourceJson.parse(tree));
            return Response.ok(view(entry(id))).build();
        });
    }

    /** Pauses a source (also one of the sources file); durable. */
    @POST
    @Path("{id}/pause")
    public Response pause(@PathParam("id") String id) {
        return refusals(() -> {
            catalog.setPaused(id, true);
            return Response.ok(view(entry(id))).build();
        });
    }

    /** Resumes a paused source. */
    @POST
    @Path("{id}/resume")
    public Response resume(@PathParam("id") String id) {
        return refusals(() -> {
            catalog.setPaused(id, false);
            return Response.ok(view(entry(id))).build();
        });
    }

    /** Removes a source added through the API. */
    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        return refusals(() -> {
            catalog.remove(id);
            return Response.noContent().build();
        });
    }

    private SourceRegistry.Entry entry(String id) {
        return scheduler.sources().stream()
                .filter(e -> e.source().id().equals(id))
                .findFirst()
                .orElseThrow(() ->
                        new SourceCatalog.RefusedException(SourceCatalog.Refusal.NOT_FOUND, "id", "no source " + id));
    }

    private static Response refusals(Supplier<Response> action) {
        try {
            return action.get();
        } catch (SourceCatalog.RefusedException e) {
            int status =
                    switch (e.refusal()) {
                        case INVALID -> 400;
                        case CONFLICT -> 409;
                        case NOT_FOUND -> 404;
                    };
            return Problems.of(status, e.field(), e.getMessage());
        } catch (Source.InvalidSourceException e) {
            return Problems.of(400, e.field(), e.getMessage());
        } catch (IllegalArgumentException e) {
            return Problems.of(400, "source", e.getMessage());
        } catch (IllegalStateException e) {
            return Problems.of(503, null, e.getMessage());
        }
    }

    private SourceView view(SourceRegistry.Entry e) {
        Source s = e.source();
        return new SourceView(
                s.id(),
                s.name(),
                s.type().name().toLowerCase(Locale.ROOT),
                s.url(),
                s.interval() == null ? null : s.interval().toString(),
                s.selector(),
                e.origin().name().toLowerCase(Locale.ROOT),
                e.paused(),
                scheduler.owns(s.id()),
                e.status().snapshot());
    }
}
