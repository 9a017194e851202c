package io.kzmonitor.notifier.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import java.util.List;

/** Sends emails over SMTP with the Quarkus mailer ({@code quarkus.mailer.*} settings). */
public final class SmtpMailTransport implements MailTransport {

    private final Mailer mailer;
    private final String from;

    /** Sends through {@code mailer} with sender {@code from}. */
    public SmtpMailTransport(Mailer mailer, String from) {
        this.mailer = mailer;
        this.from = from;
    }

    @Override
    public String send(List<String> to, MailContent content, String deliveryId) {
        Mail mail = new Mail()
                .setFrom(from)
                .setTo(List.copyOf(to))
                .setSubject(content.subject())
                .setText(content.text())
                .setHtml(content.html())
                .addHeader("X-Kz-Delivery-Id", deliveryId);
        content.headers().forEach(mail::addHeader);
        mailer.send(mail);
        return "smtp:" + String.join(",", to);
    }
}
