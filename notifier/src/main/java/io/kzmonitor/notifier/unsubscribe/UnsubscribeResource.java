package io.kzmonitor.notifier.unsubscribe;

import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One-click unsubscribe (RFC 8058): {@code POST /unsubscribe?s=<subscription>&t=<token>} stops the subscription's
 * emails; {@code GET} only shows a confirmation form, so link scanners unsubscribe nobody. 403 for a bad token, 404
 * when unsubscribe links are not configured.
 */
@Path("/unsubscribe")
public class UnsubscribeResource {

    private final UnsubscribeTokens tokens;
    private final SubscriptionDirectory subscriptions;
    private final OptOuts optOuts;
    private final OptOutJournal journal;
    private final Clock clock;

    /** Created by CDI. */
    @Inject
    public UnsubscribeResource(
            UnsubscribeTokens tokens,
            SubscriptionDirectory subscriptions,
            OptOuts optOuts,
            OptOutJournal journal,
            Clock clock) {
        this.tokens = tokens;
        this.subscriptions = subscriptions;
        this.optOuts = optOuts;
        this.journal = journal;
        this.clock = clock;
    }

    /** Shows a confirmation form. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@QueryParam("s") String subscription, @QueryParam("t") String token) {
        Optional<Response> refused = check(subscription, token);
        if (refused.isPresent()) {
            return refused.get();
        }
        String html =
                "<!DOCTYPE html><html><body><form method=\"post\"><p>Stop kz-monitor emails for this subscription?"
                        + "</p><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<button type=\"submit\">Unsubscribe</button></form></body></html>";
        return Response.ok(html).build();
    }

    /** Stops the subscription's emails. */
    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public CompletionStage<Response> unsubscribe(@QueryParam("s") String subscription, @QueryParam("t") String token) {
        Optional<Response> refused = check(subscription, token);
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(refused.get());
        }
        OptOutRecord record = new OptOutRecord(null, subscription, clock.instant());
        return journal.record(record).thenApply(ok -> {
            optOuts.apply(record);
            Log.infof("subscription %s unsubscribed from email by its one-click link", subscription);
            return Response.ok("unsubscribed\n").build();
        });
    }

    private Optional<Response> check(String subscription, String token) {
        if (!tokens.enabled()) {
            return Optional.of(Response.status(404)
                    .entity("unsubscribe links are not configured\n")
                    .build());
        }
        if (!tokens.verify(subscription, token)
                || subscriptions.get(subscription).isEmpty()) {
            Log.warnf("unsubscribe refused: bad token for subscription %s", subscription);
            return Optional.of(
                    Response.status(403).entity("invalid unsubscribe link\n").build());
        }
        return Optional.empty();
    }
}
