package io.kzmonitor.notifier.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.notifier.Fixtures;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailTransportTest {

    @TempDir
    Path outbox;

    @Test
    void shouldWriteParseableEmlWithUtf8SubjectAndHtmlAndTextParts() throws Exception {
        // given
        OutboxMailTransport transport = new OutboxMailTransport(outbox.resolve("mail"), "kz-monitor@localhost");
        MailContent content = new MailRenderer().render("Reforms desk", Fixtures.arabic("outbox"));

        // when
        String written = transport.send(List.of("desk@example.org", "chief@example.org"), content, "msg_abc");

        // then
        Path file = Path.of(written);
        assertThat(file).exists().hasFileName("msg_abc.eml");
        MimeMessage parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(parsed.getSubject()).isEqualTo(content.subject());
        assertThat(parsed.getFrom()).containsExactly(new InternetAddress("kz-monitor@localhost"));
        assertThat(parsed.getAllRecipients())
                .extracting(Object::toString)
                .containsExactly("desk@example.org", "chief@example.org");
        assertThat(parsed.getHeader("X-Kz-Delivery-Id")).containsExactly("msg_abc");
        List<Part> leaves = new ArrayList<>();
        collect(parsed, leaves);
        assertThat(leaves)
                .extracting(p -> p.getContentType().toLowerCase().split(";")[0])
                .containsExactlyInAnyOrder("text/plain", "text/html");
        String html = (String) leaves.stream()
                .filter(p -> isType(p, "text/html"))
                .findFirst()
                .orElseThrow()
                .getContent();
        assertThat(html.replace("\r\n", "\n").strip()).isEqualTo(content.html().strip());
        assertThat(html).contains("dir=\"rtl\"");
        String text = (String) leaves.stream()
                .filter(p -> isType(p, "text/plain"))
                .findFirst()
                .orElseThrow()
                .getContent();
        assertThat(text.replace("\r\n", "\n").strip()).isEqualTo(content.text().strip());
    }

    private static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (Exception e) {
            return false;
        }
    }

    private static void collect(Part part, List<Part> leaves) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), leaves);
            }
        } else {
            leaves.add(part);
        }
    }
}
