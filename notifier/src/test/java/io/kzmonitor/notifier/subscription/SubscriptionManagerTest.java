package io.kzmonitor.notifier.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kzmonitor.notifier.unsubscribe.OptOuts;
import io.kzmonitor.notifier.webhook.AddressGuard;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class SubscriptionManagerTest {

    private final List<String> written = new ArrayList<>();
    private final SubscriptionDirectory directory = new SubscriptionDirectory(List.of(new Subscription(
            "configured", "red", "C", List.of("c@example.org"), Optional.empty(), SubscriptionFilter.ANY)));
    private final CompletableFuture<Void> ack = new CompletableFuture<>();
    private final SubscriptionStore store = new SubscriptionStore() {
        @Override
        public CompletionStage<Void> save(SubscriptionRecord record) {
            written.add(record.id() + "@" + record.revision());
            return ack;
        }

        @Override
        public CompletionStage<Void> delete(String id) {
            written.add(id + "@deleted");
            return CompletableFuture.completedFuture(null);
        }
    };
    private final SubscriptionManager manager = new SubscriptionManager(
            directory,
            new SubscriptionLog(directory, new OptOuts()),
            store,
            new SubscriptionValidator(new AddressGuard(true)),
            Clock.systemUTC());

    @Test
    void shouldShowCreatedSubscriptionOnlyOnceTheBrokerAcknowledgedIt() {
        // when
        CompletionStage<SubscriptionManager.Created> created = manager.create("red", draft("desk"));

        // then
        assertThat(directory.get("desk")).isEmpty();
        ack.complete(null);
        assertThat(created.toCompletableFuture().join().record().revision()).isEqualTo(1);
        assertThat(manager.list("red")).extracting(Subscription::id).containsExactly("configured", "desk");
        assertThat(written).containsExactly("desk@1");
    }

    @Test
    void shouldRefuseChangesToConfiguredAndOtherTeamsSubscriptions() {
        // given
        ack.complete(null);
        manager.create("red", draft("desk")).toCompletableFuture().join();

        // then
        assertThatThrownBy(() -> manager.update("red", "configured", r -> r))
                .isInstanceOfSatisfying(
                        SubscriptionProblem.class, p -> assertThat(p.status()).isEqualTo(409));
        assertThatThrownBy(() -> manager.update("blue", "desk", r -> r))
                .isInstanceOfSatisfying(
                        SubscriptionProblem.class, p -> assertThat(p.status()).isEqualTo(404));
        assertThatThrownBy(() -> manager.delete("blue", "desk"))
                .isInstanceOfSatisfying(
                        SubscriptionProblem.class, p -> assertThat(p.status()).isEqualTo(404));
        assertThat(written).containsExactly("desk@1");
    }

    @Test
    void shouldNeverApplyAnOlderRevisionOverANewerOne() {
        // given
        ack.complete(null);
        SubscriptionRecord first = manager.create("red", draft("desk"))
                .toCompletableFuture()
                .join()
                .record();
        SubscriptionRecord paused = manager.update("red", "desk", r -> r.next(false, false, r.updatedAt()))
                .toCompletableFuture()
                .join();

        // when: a lagging follower applies the first write again
        boolean applied = directory.apply(first);

        // then
        assertThat(applied).isFalse();
        assertThat(paused.revision()).isEqualTo(2);
        assertThat(directory.active("desk")).isFalse();
        assertThat(directory.active()).extracting(Subscription::id).containsExactly("configured");
    }

    private static SubscriptionRecord draft(String id) {
        return new SubscriptionRecord(
                null,
                id,
                null,
                null,
                List.of("desk@example.org"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                null);
    }
}
