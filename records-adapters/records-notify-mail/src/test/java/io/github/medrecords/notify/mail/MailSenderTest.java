package io.github.medrecords.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.medrecords.core.notification.InvalidPayloadException;
import io.github.medrecords.core.port.NotificationException;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.workflow.EventType;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailSenderTest {

    private static final String PATIENT = "pat@example.org";
    private static final List<EventType> TOLD = List.of(EventType.SUBMITTED, EventType.AUTHORIZATION_NEEDED,
            EventType.INVOICE_ISSUED, EventType.PAID, EventType.FEE_WAIVED, EventType.REFUNDED, EventType.RELEASED);

    private GreenMail greenMail;

    @BeforeEach
    void startSmtp() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
    }

    @AfterEach
    void stopSmtp() {
        greenMail.stop();
    }

    private MailSender.Builder sender() {
        return MailSender.builder().server("127.0.0.1", greenMail.getSmtp().getPort()).security(SmtpSecurity.NONE)
                .from("records@seed.example", "Seed Family Practice")
                .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5))
                .templates(EmailTemplates.withPortal(URI.create("https://portal.seed.example/")));
    }

    private static String part(MimeMessage m, String type) throws MessagingException, IOException {
        MimeMultipart multipart = (MimeMultipart) m.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart p = multipart.getBodyPart(i);
            if (p.isMimeType(type)) {
                return ((String) p.getContent()).replace("\r\n", "\n");
            }
        }
        throw new AssertionError("No " + type + " part");
    }

    @Test
    void everyEventArrivesWithTheRightRecipientSubjectAndBothBodies() throws Exception {
        MailSender sender = sender().build();
        for (EventType event : TOLD) {
            sender.send(Messages.email(event, PATIENT, Messages.payload(event)));
        }

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(TOLD.size());
        for (int i = 0; i < received.length; i++) {
            MimeMessage m = received[i];
            assertThat(m.getRecipients(Message.RecipientType.TO)).extracting(Address::toString)
                    .containsExactly(PATIENT);
            assertThat(m.getFrom()[0].toString()).contains("records@seed.example");
            assertThat(m.getSubject()).contains("2026-000042").endsWith(" - Seed Family Practice");
            assertThat(m.isMimeType("multipart/alternative")).isTrue();
            String text = part(m, "text/plain");
            String html = part(m, "text/html");
            assertThat(text).contains("Request number: 2026-000042", "Status: Waiting for payment", "Next step: ",
                    "https://portal.seed.example/requests/2026-000042", "Hello,");
            assertThat(html).contains("<strong>2026-000042</strong>", "Status: Waiting for payment",
                    "href=\"https://portal.seed.example/requests/2026-000042\"");
            assertThat(m.getHeader(MailSender.IDEMPOTENCY_HEADER)[0]).isEqualTo("evt-" + TOLD.get(i) + ":EMAIL");
        }
        assertThat(received).extracting(MimeMessage::getSubject).doesNotHaveDuplicates();
        assertThat(received[0].getSubject()).isEqualTo("We received your records request 2026-000042"
                + " - Seed Family Practice");
    }

    @Test
    void theInvoiceItemisesTheQuoteWithItsTotal() throws Exception {
        sender().build().send(Messages.email(EventType.INVOICE_ISSUED, PATIENT, Messages.invoicePayload()));

        MimeMessage m = greenMail.getReceivedMessages()[0];
        assertThat(m.getSubject()).startsWith("Invoice INV-2026-0007 for your records request 2026-000042");
        String text = part(m, "text/plain");
        assertThat(text).containsSubsequence(
                "  Search and handling fee: $15.00 (NY-PHL-18)\n",
                "  Paper copies, 60 pages at $0.25: $15.00 (PRICE-PAPER)\n",
                "  Postage: $1.50 (PRICE-POSTAGE)\n",
                "  Total: $31.50\n",
                "Amount due: $31.50\n");
        String html = part(m, "text/html");
        assertThat(html).containsSubsequence("<td>Search and handling fee</td><td>$15.00</td><td>NY-PHL-18</td>",
                "<td>Postage</td><td>$1.50</td><td>PRICE-POSTAGE</td>", "<th>Total</th><th>$31.50</th>");
    }

    @Test
    void refusesRecipientsThatTryHeaderInjectionAndSendsNothing() {
        MailSender sender = sender().build();
        List<String> tricks = List.of(PATIENT + "\r\nBcc: evil@example.org", PATIENT + "\nBcc: evil@example.org",
                PATIENT + ", evil@example.org", "\"Pat\" <" + PATIENT + ">", "evil@example.org\rSubject: hi",
                PATIENT + ";evil@example.org", "pat@example.org\u0000", "not-an-address");

        for (String trick : tricks) {
            OutboxMessage m = Messages.email(EventType.SUBMITTED, trick, Messages.payload(EventType.SUBMITTED));
            assertThatExceptionOfType(NotificationException.class).as(trick).isThrownBy(() -> sender.send(m))
                    .satisfies(e -> {
                        assertThat(e.isRetryable()).isFalse();
                        assertThat(e.getMessage()).doesNotContain("evil", "pat@");
                    });
        }
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void refusesRecipientsWithNonAsciiOrSeparatorCharactersInTheLocalPartSinceSmtpUtf8IsNotUsed() {
        MailSender sender = sender().build();
        for (int cp : new int[] {0x85, 0xA0, 0xE9, 0x2028, 0x2029, 0x202E, 0x200B, 0xFEFF, 0x1F600}) {
            String recipient = "pat" + new String(Character.toChars(cp)) + "ient@example.org";
            OutboxMessage m = Messages.email(EventType.SUBMITTED, recipient, Messages.payload(EventType.SUBMITTED));

            assertThatExceptionOfType(NotificationException.class).as("U+%04X", cp).isThrownBy(() -> sender.send(m))
                    .satisfies(e -> assertThat(e.isRetryable()).isFalse());
        }
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void refusesLineBreaksInOneLinePayloadValuesSoTheyNeverReachTheHeaders() {
        Map<String, String> payload = Messages.payload(EventType.SUBMITTED);
        payload.put("practice", "Seed\r\nBcc: evil@example.org\r\nX-Injected: yes");

        assertThatExceptionOfType(InvalidPayloadException.class)
                .isThrownBy(() -> sender().build().send(Messages.email(EventType.SUBMITTED, PATIENT, payload)))
                .satisfies(e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).contains("key practice is not one line").doesNotContain("evil");
                });
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void escapesWhatTheRequesterTypedAndKeepsTheirNameOutOfTheSubject() throws Exception {
        Map<String, String> payload = Messages.payload(EventType.SUBMITTED);
        payload.put("patientName", "Jane <script>alert(1)</script>\u2028Bcc: evil2@example.org");

        sender().build().send(Messages.email(EventType.SUBMITTED, PATIENT, payload));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage m = received[0];
        assertThat(m.getHeader("Bcc")).isNull();
        assertThat(m.getAllRecipients()).extracting(Address::toString).containsExactly(PATIENT);
        assertThat(m.getSubject()).doesNotContain("Jane");
        assertThat(m.getHeader("Content-Language")).containsExactly("en");
        String html = part(m, "text/html");
        assertThat(html).contains("Dear Jane &lt;script&gt;alert(1)&lt;/script&gt; Bcc:").doesNotContain("<script>");
    }

    @Test
    void namesThePatientOnlyWhenThePayloadCarriesTheName() throws Exception {
        Map<String, String> named = Messages.payload(EventType.RELEASED);
        named.put("patientName", "Jane Doe");
        MailSender sender = sender().build();

        sender.send(Messages.email(EventType.RELEASED, PATIENT, Messages.payload(EventType.RELEASED)));
        sender.send(Messages.email(EventType.RELEASED, PATIENT, named));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(part(received[0], "text/plain")).startsWith("Hello,").doesNotContain("Jane");
        assertThat(part(received[1], "text/plain")).startsWith("Dear Jane Doe,");
        assertThat(received[1].getSubject()).doesNotContain("Jane");
    }

    @Test
    void aRepeatCarriesTheSameKeyAndMessageId() throws Exception {
        MailSender sender = sender().build();
        OutboxMessage m = Messages.email(EventType.PAID, PATIENT, Messages.payload(EventType.PAID));

        sender.send(m);
        sender.send(m);

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getMessageID()).isEqualTo(received[1].getMessageID()).endsWith("@seed.example>");
        assertThat(received[1].getHeader(MailSender.IDEMPOTENCY_HEADER)).containsExactly("evt-PAID:EMAIL");
    }

    @Test
    void authenticatesWithTheConfiguredCredentialsAndTreatsARefusalAsFinal() throws Exception {
        greenMail.setUser("clerk@seed.example", "clerk", "s3cret");

        sender().authentication("clerk", "s3cret").build()
                .send(Messages.email(EventType.PAID, PATIENT, Messages.payload(EventType.PAID)));
        assertThat(greenMail.getReceivedMessages()).hasSize(1);

        MailSender wrong = sender().authentication("clerk", "wrong").build();
        OutboxMessage m = Messages.email(EventType.PAID, PATIENT, Messages.payload(EventType.PAID));
        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> wrong.send(m))
                .satisfies(e -> assertThat(e.isRetryable()).isFalse());
    }

    @Test
    void aServerThatCannotBeReachedIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        MailSender sender = sender().server("127.0.0.1", closedPort).build();
        OutboxMessage m = Messages.email(EventType.PAID, PATIENT, Messages.payload(EventType.PAID));

        assertThatExceptionOfType(NotificationException.class).isThrownBy(() -> sender.send(m))
                .satisfies(e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getMessage()).startsWith("Sending the email failed: ");
                });
    }

    @Test
    void configuresStartTlsTlsAndTimeoutsOnTheSession() {
        Properties startTls = MailSender.sessionProperties(sender().security(SmtpSecurity.STARTTLS)
                .timeouts(Duration.ofMillis(1500), Duration.ofMillis(2500), Duration.ofMillis(3500)));
        Properties tls = MailSender.sessionProperties(sender().security(SmtpSecurity.TLS));

        assertThat(startTls).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.connectiontimeout", "1500").containsEntry("mail.smtp.timeout", "2500")
                .containsEntry("mail.smtp.writetimeout", "3500").doesNotContainKey("mail.smtp.ssl.enable");
        assertThat(tls).containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .doesNotContainKey("mail.smtp.starttls.enable");
    }

    @Test
    void refusesAFromNameOrAddressWithLineBreaks() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MailSender.builder().from("records@seed.example", "Seed\r\nBcc: x@y.org"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MailSender.builder().from("records@seed.example\r\nBcc: x@y.org", null));
    }

    @Test
    void sendsNothingButEmails() {
        OutboxMessage letter = Messages.letter(EventType.PAID, Collections.emptyMap());

        assertThatIllegalArgumentException().isThrownBy(() -> sender().build().send(letter));
    }
}
