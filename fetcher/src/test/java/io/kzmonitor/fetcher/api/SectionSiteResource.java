package io.kzmonitor.fetcher.api;

import io.kzmonitor.devstack.NewsSite;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Test resource: serves {@code src/test/resources/section-site/} over real HTTP and writes a sources file with a
 * section source on it and a feed source to pause through the API.
 */
public class SectionSiteResource implements QuarkusTestResourceLifecycleManager {

    static volatile NewsSite site;
    static volatile Path sourcesFile;

    @Override
    public Map<String, String> start() {
        site = NewsSite.start("section-site", 0);
        String yaml = """
                sources:
                  - id: steppe-daily-politics
                    type: section
                    url: %s
                    selector: ".story-list h2 a"
                    interval: 2s
                  - id: file-feed
                    type: rss
                    url: %s
                    interval: 1h
                """.formatted(site.url("/politics/index.html"), site.url("/no-feed.xml"));
        try {
            sourcesFile = Files.createTempFile("fetcher-api-sources", ".yaml");
            Files.writeString(sourcesFile, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("fetcher.sources-file", sourcesFile.toString());
    }

    @Override
    public void stop() {
        if (site != null) {
            site.close();
        }
        try {
            if (sourcesFile != null) {
                Files.deleteIfExists(sourcesFile);
            }
        } catch (IOException ignored) {
            // temp file
        }
    }
}
