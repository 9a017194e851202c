package io.kzmonitor.fetcher.it;

import io.kzmonitor.devstack.NewsSite;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Test resource: serves the bundled demo site and a site of broken responses over real HTTP, writes a sources
 * YAML file naming them, and points {@code fetcher.sources-file} at it.
 */
public class NewsSitesResource implements QuarkusTestResourceLifecycleManager {

    static volatile NewsSite demo;
    static volatile NewsSite broken;
    private Path sourcesFile;

    @Override
    public Map<String, String> start() {
        demo = NewsSite.start("demo-site", 0);
        broken = NewsSite.start("broken-site", 0);
        String yaml = """
                sources:
                  - id: steppe-wire
                    name: Steppe Wire (demo)
                    type: rss
                    url: %s
                    interval: 2s
                  - id: broken-wire
                    type: rss
                    url: %s
                    interval: 2s
                  - id: invalid-feed
                    type: rss
                    url: %s
                    interval: 1s
                  - id: missing-feed
                    type: rss
                    url: %s
                    interval: 1s
                  - id: empty-page
                    type: page
                    url: %s
                    interval: 1s
                  - id: binary-page
                    type: page
                    url: %s
                    interval: 1s
                  - id: Not Valid
                    url: ftp://nowhere
                """.formatted(
                        demo.url("/feed.xml"),
                        broken.url("/feed.xml"),
                        broken.url("/invalid-feed.xml"),
                        broken.url("/no-such-feed.xml"),
                        broken.url("/empty.html"),
                        broken.url("/binary.html"));
        try {
            sourcesFile = Files.createTempFile("fetcher-sources", ".yaml");
            Files.writeString(sourcesFile, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("fetcher.sources-file", sourcesFile.toString());
    }

    @Override
    public void stop() {
        if (demo != null) {
            demo.close();
        }
        if (broken != null) {
            broken.close();
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
