package io.kzmonitor.notifier.subscription;

import io.quarkus.logging.Log;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/**
 * Creates, changes and deletes a team's API subscriptions: validates them, writes them to the {@link SubscriptionStore}
 * and, once the broker acknowledged the write, applies them to the {@link SubscriptionDirectory}, so the caller's
 * next read sees its write. Configured subscriptions are read-only (409); another team's are invisible (404).
 */
public final class SubscriptionManager {

    private final SubscriptionDirectory directory;
    private final SubscriptionLog log;
    private final SubscriptionStore store;
    private final SubscriptionValidator validator;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * The result of a creation.
     *
     * @param record the stored record
     * @param generatedSecret the webhook secret generated for it, returned once, or empty
     */
    public record Created(SubscriptionRecord record, Optional<String> generatedSecret) {}

    /** A manager over these collaborators. */
    public SubscriptionManager(
            SubscriptionDirectory directory,
            SubscriptionLog log,
            SubscriptionStore store,
            SubscriptionValidator validator,
            Clock clock) {
        this.directory = directory;
        this.log = log;
        this.store = store;
        this.validator = validator;
        this.clock = clock;
    }

    /** The team's subscriptions, ordered by id. */
    public List<Subscription> list(String team) {
        return directory.all().stream().filter(s -> s.team().equals(team)).toList();
    }

    /** One of the team's subscriptions; 404 otherwise. */
    public Subscription get(String team, String id) {
        return directory.get(id).filter(s -> s.team().equals(team)).orElseThrow(() -> notFound(id));
    }

    /** Creates a subscription for the team; generates its id and webhook secret when absent. */
    public CompletionStage<Created> create(String team, SubscriptionRecord draft) {
        String id = draft.id() == null || draft.id().isBlank()
                ? "sub_" + hex(8)
                : draft.id().strip();
        if (directory.get(id).isPresent()) {
            throw new SubscriptionProblem(409, "Conflict", "subscription " + id + " already exists");
        }
        Optional<String> generated = draft.webhookUrl() != null && draft.webhookSecret() == null
                ? Optional.of("whsec_" + Base64.getEncoder().encodeToString(bytes(24)))
                : Optional.empty();
        SubscriptionRecord record =
                generated.map(draft::withSecret).orElse(draft).stamped(id, team, 1, clock.instant());
        return write(record).thenApply(r -> new Created(r, generated));
    }

    /** Changes one of the team's API subscriptions with {@code change} applied to its current record. */
    public CompletionStage<SubscriptionRecord> update(
            String team, String id, UnaryOperator<SubscriptionRecord> change) {
        SubscriptionRecord current = owned(team, id);
        SubscriptionRecord next = change.apply(current).stamped(id, team, current.revision() + 1, clock.instant());
        return write(next);
    }

    /** Deletes one of the team's API subscriptions (a tombstone on the topic). */
    public CompletionStage<Void> delete(String team, String id) {
        owned(team, id);
        return store.delete(id).thenRun(() -> {
            directory.remove(id);
            Log.infof("subscription %s of team %s deleted", id, team);
        });
    }

    private CompletionStage<SubscriptionRecord> write(SubscriptionRecord record) {
        List<SubscriptionValidator.Violation> violations = validator.validate(record);
        if (!violations.isEmpty()) {
            throw new SubscriptionProblem(
                    400,
                    "Invalid subscription",
                    violations.get(0).field() + ": " + violations.get(0).message(),
                    violations);
        }
        return store.save(record).thenApply(ok -> {
            log.apply(record);
            Log.infof("subscription stored: %s", record);
            return record;
        });
    }

    private SubscriptionRecord owned(String team, String id) {
        get(team, id);
        if (directory.configured(id)) {
            throw new SubscriptionProblem(
                    409, "Conflict", "subscription " + id + " comes from configuration and is read-only");
        }
        return directory.record(id).orElseThrow(() -> notFound(id));
    }

    private static SubscriptionProblem notFound(String id) {
        return new SubscriptionProblem(404, "Not Found", "no subscription " + id + " for this team");
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private String hex(int n) {
        return HexFormat.of().formatHex(bytes(n));
    }
}
