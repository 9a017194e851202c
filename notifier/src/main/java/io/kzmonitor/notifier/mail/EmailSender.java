package io.kzmonitor.notifier.mail;

import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.delivery.AttemptResult;
import io.kzmonitor.notifier.delivery.ChannelSender;
import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.unsubscribe.OptOuts;
import io.kzmonitor.notifier.unsubscribe.UnsubscribeTokens;
import io.quarkus.logging.Log;
import java.util.Optional;

/** The email channel: renders the alert and hands it to the configured {@link MailTransport}. */
public final class EmailSender implements ChannelSender {

    /** Header listing the ids of the articles an email carries, for receivers' mail rules and for tools. */
    public static final String ARTICLE_IDS_HEADER = "X-Kz-Article-Ids";

    private final MailRenderer renderer;
    private final MailTransport transport;
    private final UnsubscribeTokens unsubscribe;
    private final OptOuts optOuts;

    /**
     * An email sender rendering with {@code renderer}, sending through {@code transport}, adding one-click
     * unsubscribe headers when {@code unsubscribe} is enabled, and skipping subscriptions in {@code optOuts}.
     */
    public EmailSender(MailRenderer renderer, MailTransport transport, UnsubscribeTokens unsubscribe, OptOuts optOuts) {
        this.renderer = renderer;
        this.transport = transport;
        this.unsubscribe = unsubscribe;
        this.optOuts = optOuts;
    }

    /** Adds {@code List-Unsubscribe} (RFC 2369) and {@code List-Unsubscribe-Post} (RFC 8058) when enabled. */
    public static MailContent withUnsubscribe(MailContent content, UnsubscribeTokens tokens, String subscriptionId) {
        if (!tokens.enabled()) {
            return content;
        }
        return content.withHeader("List-Unsubscribe", "<" + tokens.link(subscriptionId) + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    @Override
    public AttemptResult send(Subscription subscription, FlaggedArticle article, String deliveryId) {
        if (optOuts.emailStopped(subscription.id())) {
            return AttemptResult.refused(
                    "unsubscribed", "the subscription's emails were stopped by its unsubscribe link");
        }
        try {
            MailContent content = withUnsubscribe(
                            renderer.render(subscription.name(), article), unsubscribe, subscription.id())
                    .withHeader(ARTICLE_IDS_HEADER, article.id());
            String where = transport.send(subscription.emails(), content, deliveryId);
            Log.infof(
                    "email sent subscription=%s article=%s delivery=%s to=%s via=%s",
                    subscription.id(), article.id(), deliveryId, subscription.emails(), where);
            return AttemptResult.delivered(where);
        } catch (RuntimeException e) {
            return AttemptResult.retry("error", e.getClass().getSimpleName() + ": " + e.getMessage(), Optional.empty());
        }
    }
}
