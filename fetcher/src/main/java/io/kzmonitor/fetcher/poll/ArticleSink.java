package io.kzmonitor.fetcher.poll;

import io.kzmonitor.contracts.Article;

/** Where the poller publishes articles; implemented over Kafka in the messaging package. */
public interface ArticleSink {

    /**
     * Publishes an article keyed by its id and returns once the broker acknowledged it.
     *
     * @throws RuntimeException when the publication failed; the article is then not recorded as seen
     */
    void publish(Article article);
}
