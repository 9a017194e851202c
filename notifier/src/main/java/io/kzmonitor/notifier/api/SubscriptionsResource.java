package io.kzmonitor.notifier.api;

import io.kzmonitor.notifier.delivery.DeliveryLedger;
import io.kzmonitor.notifier.delivery.DeliveryRecord;
import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.kzmonitor.notifier.unsubscribe.OptOuts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Read-only REST API over the subscriptions and their deliveries, for the team owning the {@code X-Api-Key}: 401
 * (problem+json) without a valid key, 404 for another team's subscription.
 */
@Path("/api/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

    private static final int MAX_DELIVERIES = 200;

    private final ApiKeys keys;
    private final SubscriptionDirectory subscriptions;
    private final DeliveryLedger ledger;
    private final OptOuts optOuts;

    /** Created by CDI. */
    @Inject
    public SubscriptionsResource(
            ApiKeys keys, SubscriptionDirectory subscriptions, DeliveryLedger ledger, OptOuts optOuts) {
        this.keys = keys;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.optOuts = optOuts;
    }

    /** The caller team's subscriptions. */
    @GET
    public List<SubscriptionView> list(@HeaderParam("X-Api-Key") String key) {
        String team = team(key);
        return subscriptions.all().stream()
                .filter(s -> s.team().equals(team))
                .map(s -> SubscriptionView.of(s, optOuts.emailStopped(s.id())))
                .toList();
    }

    /** One of the caller team's subscriptions. */
    @GET
    @Path("/{id}")
    public SubscriptionView get(@HeaderParam("X-Api-Key") String key, @PathParam("id") String id) {
        Subscription s = owned(team(key), id);
        return SubscriptionView.of(s, optOuts.emailStopped(s.id()));
    }

    /** The latest step of each delivery of one of the caller team's subscriptions, newest first (at most 200). */
    @GET
    @Path("/{id}/deliveries")
    public List<DeliveryRecord> deliveries(@HeaderParam("X-Api-Key") String key, @PathParam("id") String id) {
        Subscription s = owned(team(key), id);
        return ledger.ofSubscription(s.id()).stream()
                .limit(MAX_DELIVERIES)
                .map(r -> r.withArticle(null))
                .toList();
    }

    private String team(String key) {
        return keys.teamOf(key).orElseThrow(() -> problem(401, "Unauthorized", "missing or invalid X-Api-Key"));
    }

    private Subscription owned(String team, String id) {
        return subscriptions
                .get(id)
                .filter(s -> s.team().equals(team))
                .orElseThrow(() -> problem(404, "Not Found", "no subscription " + id + " for team " + team));
    }

    private static WebApplicationException problem(int status, String title, String detail) {
        return new WebApplicationException(Response.status(status)
                .type("application/problem+json")
                .entity(Map.of("type", "about:blank", "title", title, "status", status, "detail", detail))
                .build());
    }
}
