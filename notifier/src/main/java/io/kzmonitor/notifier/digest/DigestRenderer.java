package io.kzmonitor.notifier.digest;

import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.mail.MailContent;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Renders a digest email from the Qute templates {@code notifier-templates/digest.html} and {@code digest.txt}. */
public final class DigestRenderer {

    private final Template html;
    private final Template text;

    /** Loads and parses the templates. */
    public DigestRenderer() {
        Engine engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .build();
        this.html = engine.parse(load("digest.html"), Variant.forContentType(Variant.TEXT_HTML), "digest.html");
        this.text = engine.parse(load("digest.txt"), Variant.forContentType(Variant.TEXT_PLAIN), "digest.txt");
    }

    /** The digest email of {@code articles} for a subscription. */
    public MailContent render(String subscriptionName, DigestSchedule schedule, List<FlaggedArticle> articles) {
        DigestView view = DigestView.of(subscriptionName, schedule, articles);
        String period = schedule.period().name().charAt(0)
                + schedule.period().name().substring(1).toLowerCase(Locale.ROOT);
        String subject = "[kz-monitor] " + period + " digest: " + view.storyCount()
                + (view.storyCount() == 1 ? " story" : " stories") + " (" + subscriptionName + ")";
        return new MailContent(
                subject, html.data("d", view).render(), text.data("d", view).render());
    }

    private static String load(String name) {
        String path = "notifier-templates/" + name;
        try (InputStream in = DigestRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + path, e);
        }
    }
}
