package io.kzmonitor.notifier.messaging;

import io.kzmonitor.notifier.api.ApiKeys;
import io.kzmonitor.testkit.WebhookReceiver;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Real webhook receivers and the subscriptions that point at them, with a short retry schedule:
 *
 * <ul>
 *   <li>{@code newsroom}: every language but Esperanto, email + signed JSON webhook to {@link #main} {@code /hooks/newsroom};
 *   <li>{@code diplomacy-ru}: diplomacy in Russian only, webhook to {@link #main} {@code /hooks/diplomacy-ru};
 *   <li>{@code flaky}: Chinese only, webhook to {@link #flaky} (tests make it answer 503 for a while);
 *   <li>{@code failing}: Kazakh only, webhook to {@link #failing} (always 500);
 *   <li>{@code gone}: Turkish only, webhook to {@link #gone} (410);
 *   <li>{@code morning-brief}: Persian only, a daily email digest at 08:00 Asia/Almaty;
 *   <li>{@code optout}: Italian only, email (the unsubscribe test stops it);
 *   <li>{@code latency}: Esperanto only, signed webhook to {@link #timing} (latency benchmark).
 * </ul>
 */
public class ReceiversResource implements QuarkusTestResourceLifecycleManager {

    /** The Standard Webhooks example secret, used by the newsroom subscription. */
    public static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    /** API key of team {@code default} (newsroom, flaky, failing, gone, ...). */
    public static final String DEFAULT_TEAM_KEY = "default-team-key";

    /** API key of team {@code eurasia} (diplomacy-ru). */
    public static final String EURASIA_TEAM_KEY = "eurasia-team-key";

    /** The secret signing unsubscribe links in tests. */
    public static final String UNSUBSCRIBE_SECRET = "test-unsubscribe-secret-0123456789";

    /** Number of scheduled retries (attempts = retries + 1). */
    public static final int RETRIES = 5;

    private static volatile WebhookReceiver main;
    private static volatile WebhookReceiver flaky;
    private static volatile WebhookReceiver failing;
    private static volatile WebhookReceiver gone;
    private static volatile TimingReceiver timing;

    @Override
    public Map<String, String> start() {
        main = WebhookReceiver.start();
        flaky = WebhookReceiver.start();
        failing = WebhookReceiver.start();
        failing.respondWith(500);
        gone = WebhookReceiver.start();
        gone.respondWith(410);
        timing = TimingReceiver.start();
        Map<String, String> config = new HashMap<>();
        config.put("notifier.webhook.allow-private-addresses", "true");
        config.put("notifier.webhook.retry-schedule", "200ms,300ms,500ms,700ms,1s");
        config.put("notifier.webhook.retry-jitter", "0");
        config.put("notifier.webhook.timeout", "2s");
        config.put("notifier.subscriptions.newsroom.name", "Newsroom");
        config.put("notifier.subscriptions.newsroom.email", "newsroom@example.org");
        config.put("notifier.subscriptions.newsroom.webhook-url", main.url("/hooks/newsroom"));
        config.put("notifier.subscriptions.newsroom.webhook-secret", SECRET);
        config.put("notifier.subscriptions.newsroom.languages", "ar,ru,en,zh,kk,tr,fa");
        config.put("notifier.subscriptions.\"diplomacy-ru\".team", "eurasia");
        config.put("notifier.subscriptions.\"diplomacy-ru\".webhook-url", main.url("/hooks/diplomacy-ru"));
        config.put("notifier.subscriptions.\"diplomacy-ru\".categories", "diplomacy");
        config.put("notifier.subscriptions.\"diplomacy-ru\".languages", "ru");
        config.put("notifier.subscriptions.flaky.webhook-url", flaky.url("/hooks/flaky"));
        config.put("notifier.subscriptions.flaky.languages", "zh");
        config.put("notifier.subscriptions.failing.webhook-url", failing.url("/hooks/failing"));
        config.put("notifier.subscriptions.failing.languages", "kk");
        config.put("notifier.subscriptions.gone.webhook-url", gone.url("/hooks/gone"));
        config.put("notifier.subscriptions.gone.languages", "tr");
        config.put("notifier.subscriptions.\"morning-brief\".email", "brief@example.org");
        config.put("notifier.subscriptions.\"morning-brief\".languages", "fa");
        config.put("notifier.subscriptions.\"morning-brief\".schedule", "daily");
        config.put("notifier.subscriptions.\"morning-brief\".at", "08:00");
        config.put("notifier.subscriptions.\"morning-brief\".zone", "Asia/Almaty");
        config.put("notifier.digest.tick", "500ms");
        config.put("notifier.api.keys.default", ApiKeys.hash(DEFAULT_TEAM_KEY));
        config.put("notifier.api.keys.eurasia", ApiKeys.hash(EURASIA_TEAM_KEY));
        config.put("notifier.unsubscribe.secret", UNSUBSCRIBE_SECRET);
        config.put("notifier.unsubscribe.base-url", "https://notifier.example.org");
        config.put("notifier.subscriptions.optout.email", "optout@example.org");
        config.put("notifier.subscriptions.optout.languages", "it");
        config.put("notifier.subscriptions.latency.webhook-url", timing.url("/hooks/latency"));
        config.put("notifier.subscriptions.latency.webhook-secret", SECRET);
        config.put("notifier.subscriptions.latency.languages", "eo");
        return config;
    }

    @Override
    public void stop() {
        for (WebhookReceiver r : new WebhookReceiver[] {main, flaky, failing, gone}) {
            if (r != null) {
                r.close();
            }
        }
        if (timing != null) {
            timing.close();
        }
    }

    /** The receiver of the newsroom and diplomacy-ru subscriptions. */
    public static WebhookReceiver main() {
        return main;
    }

    /** The receiver of the flaky subscription. */
    public static WebhookReceiver flaky() {
        return flaky;
    }

    /** The receiver of the failing subscription (always 500). */
    public static WebhookReceiver failing() {
        return failing;
    }

    /** The receiver of the latency subscription (Esperanto only), for the benchmark. */
    public static TimingReceiver timing() {
        return timing;
    }

    /** The receiver of the gone subscription (410). */
    public static WebhookReceiver gone() {
        return gone;
    }
}
