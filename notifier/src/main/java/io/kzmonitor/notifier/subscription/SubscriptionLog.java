package io.kzmonitor.notifier.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.notifier.unsubscribe.OptOutRecord;
import io.kzmonitor.notifier.unsubscribe.OptOuts;
import io.quarkus.logging.Log;

/**
 * Applies the records of {@code notifier.subscriptions} (key = subscription id) to the {@link SubscriptionDirectory}
 * and {@link OptOuts}: a {@link SubscriptionRecord}, an {@link OptOutRecord} (a configured subscription's emails
 * stopped), or a null value (the stored subscription was deleted).
 */
public final class SubscriptionLog {

    private final SubscriptionDirectory directory;
    private final OptOuts optOuts;

    /** A log applier over these stores. */
    public SubscriptionLog(SubscriptionDirectory directory, OptOuts optOuts) {
        this.directory = directory;
        this.optOuts = optOuts;
    }

    /** Applies one record; an unreadable one is skipped with a WARN line naming its key. */
    public void apply(String key, String value) {
        if (value == null) {
            if (key != null) {
                directory.remove(key);
            }
            return;
        }
        try {
            JsonNode node = EventJson.mapper().readTree(value);
            String type = node.path("type").asText("");
            if (type.equals(SubscriptionRecord.TYPE)) {
                apply(EventJson.read(value, SubscriptionRecord.class));
            } else if (type.equals(OptOutRecord.TYPE)) {
                optOuts.apply(EventJson.read(value, OptOutRecord.class));
            } else {
                Log.warnf("skipping subscription record key=%s of unknown type '%s'", key, type);
            }
        } catch (RuntimeException | java.io.IOException e) {
            Log.warnf("skipping unreadable subscription record key=%s: %s", key, e.getMessage());
        }
    }

    /** Applies a stored subscription record (read back, or just written and acknowledged). */
    public void apply(SubscriptionRecord record) {
        directory.apply(record);
        if (record.emailStopped()) {
            optOuts.apply(new OptOutRecord(
                    null, record.id(), record.updatedAt() == null ? java.time.Instant.EPOCH : record.updatedAt()));
        }
    }
}
