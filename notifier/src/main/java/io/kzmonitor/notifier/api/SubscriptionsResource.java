package io.kzmonitor.notifier.api;

import io.kzmonitor.notifier.delivery.DeliveryLedger;
import io.kzmonitor.notifier.delivery.DeliveryRecord;
import io.kzmonitor.notifier.delivery.DeliveryReplayer;
import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.kzmonitor.notifier.subscription.SubscriptionManager;
import io.kzmonitor.notifier.subscription.SubscriptionRecord;
import io.kzmonitor.notifier.unsubscribe.OptOuts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST API over a team's subscriptions and their deliveries, for the team owning the {@code X-Api-Key}: 401
 * (problem+json) without a valid key, 404 for another team's subscription, 409 when changing a configured one, 400
 * naming the invalid fields.
 */
@Path("/api/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "subscriptions", description = "A team's subscriptions and their deliveries")
@SecurityScheme(
        securitySchemeName = "apiKey",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-Api-Key",
        description = "The team's API key (configured as its SHA-256)")
@SecurityRequirement(name = "apiKey")
@APIResponse(responseCode = "401", description = "Missing or invalid X-Api-Key (problem+json)")
public class SubscriptionsResource {

    private static final int MAX_DELIVERIES = 200;

    private final ApiKeys keys;
    private final SubscriptionDirectory subscriptions;
    private final SubscriptionManager manager;
    private final DeliveryLedger ledger;
    private final DeliveryReplayer replayer;
    private final OptOuts optOuts;

    /** Created by CDI. */
    @Inject
    public SubscriptionsResource(
            ApiKeys keys,
            SubscriptionDirectory subscriptions,
            SubscriptionManager manager,
            DeliveryLedger ledger,
            DeliveryReplayer replayer,
            OptOuts optOuts) {
        this.keys = keys;
        this.subscriptions = subscriptions;
        this.manager = manager;
        this.ledger = ledger;
        this.replayer = replayer;
        this.optOuts = optOuts;
    }

    /** The caller team's subscriptions. */
    @GET
    @Operation(summary = "List the team's subscriptions (configured and created through the API)")
    public List<SubscriptionView> list(@HeaderParam("X-Api-Key") String key) {
        return manager.list(team(key)).stream().map(this::view).toList();
    }

    /** One of the caller team's subscriptions. */
    @GET
    @Path("/{id}")
    @Operation(summary = "Get one subscription")
    @APIResponse(responseCode = "404", description = "No such subscription for this team")
    public SubscriptionView get(@HeaderParam("X-Api-Key") String key, @PathParam("id") String id) {
        return view(manager.get(team(key), id));
    }

    /** Creates a subscription; the response carries a generated webhook secret, this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a subscription",
            description = "Generates the id and, for a webhook without webhookSecret, a secret returned this once")
    @APIResponse(responseCode = "201", description = "Created and durable in notifier.subscriptions")
    @APIResponse(responseCode = "400", description = "Invalid field(s), named in errors[].field (problem+json)")
    @APIResponse(responseCode = "409", description = "The id exists")
    public CompletionStage<Response> create(@HeaderParam("X-Api-Key") String key, SubscriptionRequest request) {
        String team = team(key);
        return manager.create(team, body(request).toDraft()).thenApply(created -> {
            SubscriptionView view = view(created.record().toSubscription());
            view = created.generatedSecret().map(view::withGeneratedSecret).orElse(view);
            return Response.created(
                            URI.create("/api/subscriptions/" + created.record().id()))
                    .entity(view)
                    .build();
        });
    }

    /** Replaces one of the team's API subscriptions. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a subscription (absent webhookSecret keeps the current one)")
    @APIResponse(responseCode = "400", description = "Invalid field(s) (problem+json)")
    @APIResponse(responseCode = "409", description = "The subscription comes from configuration (read-only)")
    public CompletionStage<SubscriptionView> replace(
            @HeaderParam("X-Api-Key") String key, @PathParam("id") String id, SubscriptionRequest request) {
        SubscriptionRequest body = body(request);
        return change(key, id, body::replace);
    }

    /** Changes some fields of one of the team's API subscriptions. */
    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the fields present in the body")
    @APIResponse(responseCode = "400", description = "Invalid field(s) (problem+json)")
    @APIResponse(responseCode = "409", description = "The subscription comes from configuration (read-only)")
    public CompletionStage<SubscriptionView> patch(
            @HeaderParam("X-Api-Key") String key, @PathParam("id") String id, SubscriptionRequest request) {
        SubscriptionRequest body = body(request);
        return change(key, id, body::patch);
    }

    /** Pauses a subscription: nothing new is routed to it until resumed. */
    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Pause: no new deliveries or digests until resumed")
    public CompletionStage<SubscriptionView> pause(@HeaderParam("X-Api-Key") String key, @PathParam("id") String id) {
        return change(key, id, r -> r.next(false, r.emailStopped(), r.updatedAt()));
    }

    /** Resumes a paused subscription. */
    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume a paused subscription")
    public CompletionStage<SubscriptionView> resume(@HeaderParam("X-Api-Key") String key, @PathParam("id") String id) {
        return change(key, id, r -> r.next(true, r.emailStopped(), r.updatedAt()));
    }

    /** Deletes one of the team's API subscriptions. */
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a subscription (a tombstone on notifier.subscriptions)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public CompletionStage<Response> delete(@HeaderParam("X-Api-Key") String key, @PathParam("id") String id) {
        return manager.delete(team(key), id)
                .thenApply(ok -> Response.noContent().build());
    }

    /** The latest step of each delivery of one of the caller team's subscriptions, newest first (at most 200). */
    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Latest step of each delivery, newest first (at most 200), without the article")
    public List<DeliveryRecord> deliveries(@HeaderParam("X-Api-Key") String key, @PathParam("id") String id) {
        Subscription s = manager.get(team(key), id);
        return ledger.ofSubscription(s.id()).stream()
                .limit(MAX_DELIVERIES)
                .map(r -> r.withArticle(null))
                .toList();
    }

    /** Re-queues a finished delivery with the same delivery id ({@code webhook-id}). */
    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Operation(summary = "Replay a finished delivery with the same webhook-id")
    @APIResponse(responseCode = "202", description = "Re-queued; the pending step is returned")
    @APIResponse(responseCode = "409", description = "Still in progress, or a digest item")
    public CompletionStage<Response> replay(
            @HeaderParam("X-Api-Key") String key,
            @PathParam("id") String id,
            @Parameter(description = "delivery id, e.g. msg_...") @PathParam("deliveryId") String deliveryId) {
        Subscription s = manager.get(team(key), id);
        return replayer.replay(s.id(), deliveryId)
                .thenApply(step -> Response.accepted(step.withArticle(null)).build());
    }

    private CompletionStage<SubscriptionView> change(String key, String id, UnaryOperator<SubscriptionRecord> change) {
        return manager.update(team(key), id, change).thenApply(r -> view(r.toSubscription()));
    }

    private SubscriptionView view(Subscription s) {
        return SubscriptionView.of(
                s, optOuts.emailStopped(s.id()), subscriptions.active(s.id()), subscriptions.configured(s.id()));
    }

    private String team(String key) {
        return keys.teamOf(key)
                .orElseThrow(() -> Problem.exception(401, "Unauthorized", "missing or invalid X-Api-Key"));
    }

    private static SubscriptionRequest body(SubscriptionRequest request) {
        if (request == null) {
            throw Problem.exception(400, "Invalid subscription", "a JSON body is required");
        }
        return request;
    }
}
