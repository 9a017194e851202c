package io.kzmonitor.notifier.mail;

import io.kzmonitor.contracts.FlaggedArticle;
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

/**
 * Renders the alert email of one flagged article from the Qute templates {@code notifier-templates/flagged.html} and
 * {@code flagged.txt} (HTML escaped, plain text as is). A standalone Qute engine, so the service and the unit tests
 * render exactly alike.
 */
public final class MailRenderer {

    private static final int MAX_SUBJECT = 200;

    private final Template html;
    private final Template text;

    /** Loads and parses the templates. */
    public MailRenderer() {
        Engine engine = Engine.builder()
                .addDefaults()
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .build();
        this.html = engine.parse(load("flagged.html"), Variant.forContentType(Variant.TEXT_HTML), "flagged.html");
        this.text = engine.parse(load("flagged.txt"), Variant.forContentType(Variant.TEXT_PLAIN), "flagged.txt");
    }

    /** The email telling subscription {@code subscriptionName} about {@code article}. */
    public MailContent render(String subscriptionName, FlaggedArticle article) {
        MailView view = MailView.of(subscriptionName, article);
        return new MailContent(
                subject(article),
                html.data("m", view).render(),
                text.data("m", view).render());
    }

    /** {@code [kz-monitor] <title>} on one line, at most 200 characters. */
    static String subject(FlaggedArticle article) {
        String title = article.title().isBlank() ? article.url() : article.title();
        String subject = "[kz-monitor] " + title.replaceAll("\\s+", " ").strip();
        if (subject.length() <= MAX_SUBJECT) {
            return subject;
        }
        int end = MAX_SUBJECT - 1;
        if (Character.isHighSurrogate(subject.charAt(end - 1))) {
            end--;
        }
        return subject.substring(0, end) + "…";
    }

    private static String load(String name) {
        String path = "notifier-templates/" + name;
        try (InputStream in = MailRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + path, e);
        }
    }
}
