package io.kzmonitor.notifier.mail;

import io.vertx.core.MultiMap;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.mailencoder.MailEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes each email as a complete MIME message ({@code .eml}: HTML and text alternatives, RFC 2047 subject) into a
 * folder, named after the delivery id so a retry overwrites rather than duplicates. Encoded by the Vert.x mail
 * encoder, the one the Quarkus mailer uses for SMTP, so the file is what SMTP would have carried.
 */
public final class OutboxMailTransport implements MailTransport {

    private final Path folder;
    private final String from;

    /** Writes into {@code folder} (created when missing), with sender {@code from}. */
    public OutboxMailTransport(Path folder, String from) {
        this.folder = folder;
        this.from = from;
    }

    @Override
    public String send(List<String> to, MailContent content, String deliveryId) {
        MailMessage message = new MailMessage()
                .setFrom(from)
                .setTo(List.copyOf(to))
                .setSubject(content.subject())
                .setText(content.text())
                .setHtml(content.html())
                .setHeaders(MultiMap.caseInsensitiveMultiMap()
                        .add("X-Kz-Delivery-Id", deliveryId)
                        .addAll(content.headers()));
        String mime = new MailEncoder(message, "localhost").encode();
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(deliveryId + ".eml");
            Path tmp = folder.resolve(deliveryId + ".eml.tmp");
            Files.writeString(tmp, mime, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to outbox " + folder.toAbsolutePath(), e);
        }
    }
}
