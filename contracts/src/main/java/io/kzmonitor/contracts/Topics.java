package io.kzmonitor.contracts;

import java.util.List;

/** Default Kafka topic names; services take the real names from configuration, tests and tools from here. */
public final class Topics {
    /** Articles fetched, key = article id, value = {@link Article}. */
    public static final String ARTICLES = "news.articles";
    /** Relevant articles, key = article id, value = {@link FlaggedArticle}. */
    public static final String FLAGGED = "news.flagged";
    /** Dead letters of the analyzer's input. */
    public static final String ARTICLES_DLQ = "news.articles.dlq";
    /** Dead letters of the notifier's input. */
    public static final String FLAGGED_DLQ = "news.flagged.dlq";
    /** Notifier subscriptions, compacted, key = subscription id. */
    public static final String SUBSCRIPTIONS = "notifier.subscriptions";
    /** Notifier delivery log, key = subscription id. */
    public static final String DELIVERIES = "notifier.deliveries";
    /** Deliveries that failed their last attempt, with the article, key = subscription id. */
    public static final String DELIVERIES_DLQ = "notifier.deliveries.dlq";

    /**
     * Fetcher sources added or paused through its API, compacted, key = source id. Not in {@link #ALL}: the fetcher
     * creates it itself (compacted) and shards sources by its partitions.
     */
    public static final String SOURCES = "fetcher.sources";

    /** Every topic the pipeline uses, for tools that create them up front. */
    public static final List<String> ALL =
            List.of(ARTICLES, FLAGGED, ARTICLES_DLQ, FLAGGED_DLQ, SUBSCRIPTIONS, DELIVERIES, DELIVERIES_DLQ);

    private Topics() {}
}
