package io.kzmonitor.notifier.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.subscription.WebhookFormat;
import java.time.Instant;
import java.util.stream.Collectors;

/** Builds webhook bodies in each {@link WebhookFormat} for one flagged article. */
public final class WebhookPayloads {

    /** Event type of the generic envelope. */
    public static final String EVENT_TYPE = "article.flagged";

    private static final ObjectMapper JSON = EventJson.mapper();

    private WebhookPayloads() {}

    /** The content type of a format's body. */
    public static String contentType(WebhookFormat format) {
        return format == WebhookFormat.CLOUDEVENTS ? "application/cloudevents+json" : "application/json";
    }

    /** The request body. */
    public static String body(
            WebhookFormat format, String deliveryId, Instant timestamp, String subscriptionId, FlaggedArticle a) {
        ObjectNode body =
                switch (format) {
                    case JSON -> envelope(deliveryId, timestamp, subscriptionId, a);
                    case CLOUDEVENTS -> cloudEvent(deliveryId, timestamp, subscriptionId, a);
                    case SLACK -> slack(a);
                    case TEAMS -> teams(a);
                };
        return body.toString();
    }

    /** The article as the webhook's {@code data}: every field of the event but the full text. */
    static ObjectNode data(String subscriptionId, FlaggedArticle a) {
        ObjectNode data = JSON.valueToTree(a);
        data.remove("text");
        data.put("subscriptionId", subscriptionId);
        return data;
    }

    private static ObjectNode envelope(String id, Instant timestamp, String subscriptionId, FlaggedArticle a) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", EVENT_TYPE);
        node.put("id", id);
        node.put("timestamp", timestamp.toString());
        node.set("data", data(subscriptionId, a));
        return node;
    }

    private static ObjectNode cloudEvent(String id, Instant timestamp, String subscriptionId, FlaggedArticle a) {
        ObjectNode node = JSON.createObjectNode();
        node.put("specversion", "1.0");
        node.put("type", "io.kzmonitor." + EVENT_TYPE);
        node.put("source", "/kz-monitor/notifier/subscriptions/" + subscriptionId);
        node.put("id", id);
        node.put("time", timestamp.toString());
        node.put("subject", a.id());
        node.put("datacontenttype", "application/json");
        node.set("data", data(subscriptionId, a));
        return node;
    }

    private static ObjectNode slack(FlaggedArticle a) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", a.title() + " " + a.url());
        ArrayNode blocks = node.putArray("blocks");
        section(blocks, "*<" + a.url() + "|" + slackEscape(a.title()) + ">*\n" + slackEscape(facts(a)));
        if (!a.snippet().isBlank()) {
            section(blocks, slackEscape(a.snippet()));
        }
        ObjectNode context = blocks.addObject().put("type", "context");
        context.putArray("elements").addObject().put("type", "mrkdwn").put("text", slackEscape("Why: " + why(a)));
        return node;
    }

    private static void section(ArrayNode blocks, String markdown) {
        ObjectNode section = blocks.addObject().put("type", "section");
        section.putObject("text").put("type", "mrkdwn").put("text", markdown);
    }

    private static ObjectNode teams(FlaggedArticle a) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", "MessageCard");
        node.put("@context", "https://schema.org/extensions");
        node.put("summary", a.title());
        node.put("title", a.title());
        node.put("text", a.snippet());
        ArrayNode facts = node.putArray("sections").addObject().putArray("facts");
        facts.addObject().put("name", "Source").put("value", a.sourceName());
        facts.addObject().put("name", "Language").put("value", a.language());
        facts.addObject().put("name", "Categories").put("value", String.join(", ", a.categoryNames()));
        facts.addObject().put("name", "Why").put("value", why(a));
        ObjectNode open = node.putArray("potentialAction").addObject();
        open.put("@type", "OpenUri").put("name", "Open article");
        open.putArray("targets").addObject().put("os", "default").put("uri", a.url());
        return node;
    }

    private static String facts(FlaggedArticle a) {
        return a.sourceName() + " · " + a.language() + " · " + String.join(", ", a.categoryNames()) + " · score "
                + String.format(java.util.Locale.ROOT, "%.2f", a.score());
    }

    private static String why(FlaggedArticle a) {
        return a.matches().stream()
                .map(m -> m.ruleId() + " \"" + m.text() + "\"")
                .collect(Collectors.joining("; "));
    }

    private static String slackEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
