package io.kzmonitor.analyzer.messaging;

/** Reactive Messaging channel names of the analyzer (topics are set in {@code application.properties}). */
public final class Channels {
    /** Articles in, from {@code news.articles}. */
    public static final String ARTICLES_IN = "articles-in";
    /** Relevant articles out, to {@code news.flagged}. */
    public static final String FLAGGED_OUT = "flagged-out";

    private Channels() {}
}
