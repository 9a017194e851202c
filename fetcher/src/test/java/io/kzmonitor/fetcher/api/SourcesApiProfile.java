package io.kzmonitor.fetcher.api;

import io.kzmonitor.testkit.KafkaBrokerResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Own broker and the section fixture site, without the demo and broken sites of the other tests. */
public class SourcesApiProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(KafkaBrokerResource.class), new TestResourceEntry(SectionSiteResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
