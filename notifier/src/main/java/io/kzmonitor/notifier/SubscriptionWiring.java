package io.kzmonitor.notifier;

import io.kzmonitor.notifier.api.ApiKeys;
import io.kzmonitor.notifier.config.NotifierConfig;
import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.kzmonitor.notifier.subscription.SubscriptionLog;
import io.kzmonitor.notifier.subscription.SubscriptionManager;
import io.kzmonitor.notifier.subscription.SubscriptionStore;
import io.kzmonitor.notifier.subscription.SubscriptionValidator;
import io.kzmonitor.notifier.unsubscribe.OptOuts;
import io.kzmonitor.notifier.unsubscribe.UnsubscribeTokens;
import io.kzmonitor.notifier.webhook.AddressGuard;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the subscription side (directory, API management, API keys, unsubscribe) and hands it to CDI. */
@ApplicationScoped
public class SubscriptionWiring {

    @Produces
    @Singleton
    SubscriptionDirectory subscriptions(NotifierConfig config) {
        SubscriptionDirectory directory = SubscriptionDirectory.fromConfig(config);
        for (Subscription s : directory.all()) {
            Log.infof(
                    "subscription %s (team %s): channels=%s email=%s webhook=%s filter=%s",
                    s.id(),
                    s.team(),
                    s.channels(),
                    s.digest().map(d -> "digest " + d).orElse("instant"),
                    s.webhook().map(w -> w.url()).orElse("-"),
                    s.filter());
        }
        if (directory.all().isEmpty()) {
            Log.info(
                    "no subscriptions configured (notifier.subscriptions.\"<id>\".*): only those created through the API will be served");
        }
        return directory;
    }

    @Produces
    @Singleton
    SubscriptionLog subscriptionLog(SubscriptionDirectory directory, OptOuts optOuts) {
        return new SubscriptionLog(directory, optOuts);
    }

    @Produces
    @Singleton
    SubscriptionManager subscriptionManager(
            NotifierConfig config,
            SubscriptionDirectory directory,
            SubscriptionLog log,
            SubscriptionStore store,
            Clock clock) {
        SubscriptionValidator validator =
                new SubscriptionValidator(new AddressGuard(config.webhook().allowPrivateAddresses()));
        return new SubscriptionManager(directory, log, store, validator, clock);
    }

    @Produces
    @Singleton
    ApiKeys apiKeys(NotifierConfig config) {
        return new ApiKeys(config.api().keys());
    }

    @Produces
    @Singleton
    OptOuts optOuts() {
        return new OptOuts();
    }

    @Produces
    @Singleton
    UnsubscribeTokens unsubscribeTokens(NotifierConfig config) {
        return config.unsubscribe()
                .secret()
                .filter(secret -> !secret.isBlank())
                .map(secret ->
                        new UnsubscribeTokens(secret, config.unsubscribe().baseUrl()))
                .orElseGet(UnsubscribeTokens::disabled);
    }
}
