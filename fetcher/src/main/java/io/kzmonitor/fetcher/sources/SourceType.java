package io.kzmonitor.fetcher.sources;

/** How a source lists its articles. */
public enum SourceType {
    /** An RSS 0.9x/1.0/2.0 or Atom feed whose items link to article pages. */
    RSS,
    /** An XML sitemap, sitemap index or Google News sitemap listing article URLs. */
    SITEMAP,
    /** An HTML section (front or category) page whose article links a CSS selector picks out. */
    SECTION,
    /** A single article URL. */
    PAGE
}
