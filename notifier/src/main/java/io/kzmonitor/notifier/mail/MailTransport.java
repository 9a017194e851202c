package io.kzmonitor.notifier.mail;

import java.util.List;

/** Hands a rendered email over for delivery (SMTP or outbox folder). */
public interface MailTransport {

    /**
     * Delivers one email, blocking.
     *
     * @param to recipients
     * @param content the rendered email
     * @param deliveryId the delivery id, sent as header {@code X-Kz-Delivery-Id}
     * @return where it went (the file written, or the recipients), for the log
     * @throws RuntimeException when it could not be delivered (the delivery is retried)
     */
    String send(List<String> to, MailContent content, String deliveryId);
}
