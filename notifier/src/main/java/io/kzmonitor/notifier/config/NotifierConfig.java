package io.kzmonitor.notifier.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every setting of the notifier, under the prefix {@code notifier}. */
@ConfigMapping(prefix = "notifier")
public interface NotifierConfig {

    /** Subscriptions declared in configuration, by subscription id ({@code notifier.subscriptions."<id>".*}). */
    Map<String, SubscriptionConfig> subscriptions();

    /** How emails are delivered. */
    Mail mail();

    /** How webhooks are delivered. */
    Webhook webhook();

    /** The delivery engine. */
    Delivery delivery();

    /** Digests. */
    Digest digest();

    /** One-click unsubscribe links in emails. */
    Unsubscribe unsubscribe();

    /** The REST API. */
    Api api();

    /** REST API settings. */
    interface Api {
        /**
         * API keys by team, stored hashed: {@code notifier.api.keys."<team>"} = lower-case hex SHA-256 of the key; a
         * caller sees only its team's subscriptions. No keys: every API call is refused.
         */
        Map<String, String> keys();
    }

    /** Unsubscribe settings. */
    interface Unsubscribe {
        /** Secret signing the links (at least 16 characters); no {@code List-Unsubscribe} header when absent. */
        Optional<String> secret();

        /** Public base URL of the notifier used in the links; default {@code http://localhost:8083}. */
        @WithDefault("http://localhost:8083")
        String baseUrl();
    }

    /** Digest settings. */
    interface Digest {
        /** How often due digests are looked for; default 30s. */
        @WithDefault("30s")
        Duration tick();
    }

    /** One subscription declared in configuration. */
    interface SubscriptionConfig {
        /** Team that owns the subscription; default {@code default}. */
        @WithDefault("default")
        String team();

        /** Human name shown in emails; defaults to the subscription id. */
        Optional<String> name();

        /** Comma-separated email recipients; no email when absent. */
        Optional<List<String>> email();

        /** Webhook URL; no webhook when absent. */
        Optional<String> webhookUrl();

        /** Webhook body format: {@code json} (default), {@code cloudevents}, {@code slack} or {@code teams}. */
        @WithDefault("json")
        String webhookFormat();

        /** Standard Webhooks signing secret ({@code whsec_} + base64); requests are unsigned when absent. */
        Optional<String> webhookSecret();

        /** Only articles in one of these categories (e.g. {@code reforms}); every category when absent. */
        Optional<List<String>> categories();

        /** Only articles in one of these languages (ISO 639-1, e.g. {@code ar}); every language when absent. */
        Optional<List<String>> languages();

        /** Only articles with one of these subtopics (e.g. {@code constitution}); any when absent. */
        Optional<List<String>> subtopics();

        /** Only articles from one of these sources (source id or name); any when absent. */
        Optional<List<String>> sources();

        /** Only articles mentioning one of these entities (e.g. {@code person:tokayev}); any when absent. */
        Optional<List<String>> entities();

        /** Only articles whose title or text contains one of these words or phrases; any when absent. */
        Optional<List<String>> keywords();

        /** Minimum analyzer score in [0,1]; default 0. */
        @WithDefault("0")
        double minScore();

        /** Email schedule: {@code instant} (default), or a digest {@code hourly}, {@code daily} or {@code weekly}. */
        @WithDefault("instant")
        String schedule();

        /** Local time of a digest, {@code HH:mm} (hourly uses the minute); default 08:00. */
        @WithDefault("08:00")
        String at();

        /** Day of a weekly digest; default monday. */
        @WithDefault("monday")
        String day();

        /** IANA time zone of the digest time, e.g. {@code Asia/Almaty}; default UTC. */
        @WithDefault("UTC")
        String zone();

        /** Send a digest even when nothing matched since the last one; default false. */
        @WithDefault("false")
        boolean sendEmpty();
    }

    /** Email settings. */
    interface Mail {
        /** {@code outbox} (default: write {@code .eml} files) or {@code smtp} (send with the Quarkus mailer). */
        @WithDefault("outbox")
        String transport();

        /** Folder the outbox transport writes {@code .eml} files to; default {@code outbox}. */
        @WithDefault("outbox")
        Path outboxDir();

        /** Sender address; default {@code kz-monitor@localhost}. */
        @WithDefault("kz-monitor@localhost")
        String from();
    }

    /** Webhook settings. */
    interface Webhook {
        /** Allow webhook URLs resolving to loopback, private, link-local or metadata addresses; default false. */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /** Request timeout (connect and response); default 10s. */
        @WithDefault("10s")
        Duration timeout();

        /** Delays before each retry of a failed delivery (email or webhook); default 5s,5m,30m,2h,5h,10h. */
        @WithDefault("5s,5m,30m,2h,5h,10h")
        List<Duration> retrySchedule();

        /** Random jitter added to each retry delay, as a fraction of it; default 0.1. */
        @WithDefault("0.1")
        double retryJitter();
    }

    /** Delivery engine settings. */
    interface Delivery {
        /** Threads that run delivery attempts concurrently; default 8. */
        @WithDefault("8")
        int workers();

        /** Most attempts of one subscription running at once, so a slow receiver leaves workers to others; default 2. */
        @WithDefault("2")
        int maxInFlightPerSubscription();

        /**
         * Kafka consumer group of the instances sharing {@code notifier.deliveries}: each partition (the subscriptions
         * keyed to it) has one owner that dispatches and builds digests; default {@code notifier-owners}.
         */
        @WithDefault("notifier-owners")
        String ownerGroup();

        /** Longest wait for the delivery log to load at start-up; default 60s. */
        @WithDefault("60s")
        Duration loadTimeout();
    }
}
