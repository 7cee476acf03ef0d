package io.github.medrecords.examples;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.NotificationException;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.notify.mail.EmailTemplates;
import io.github.medrecords.notify.mail.LetterRenderer;
import io.github.medrecords.notify.mail.MailSender;
import io.github.medrecords.notify.mail.RenderedEmail;
import io.github.medrecords.notify.mail.SmtpSecurity;
import java.io.PrintStream;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shows exactly what a patient would receive: renders every notification through the email templates
 * and prints it (letters as the printed letter, webhooks as a one-line summary), or sends the emails
 * to an SMTP server named on the command line (plain SMTP, for a local test server).
 */
public final class NotificationsDemo {

    /** The portal the demo's links point to. */
    static final URI PORTAL = URI.create("https://portal.example.org/");

    private NotificationsDemo() {
    }

    /**
     * Runs the demo on two sample messages.
     *
     * @param args  optionally {@code host[:port]} of an SMTP server to send the emails to
     */
    public static void main(String[] args) {
        run(System.out, samples(), args.length > 0 ? args[0] : null);
    }

    /**
     * Prints or sends each message.
     *
     * @param out  where to print, not null
     * @param messages  the outbox messages, not null
     * @param smtpHostOrNull  {@code host[:port]} of a plain SMTP server (port 25 if left out) to send the
     *     emails to, or null to print them
     */
    public static void run(PrintStream out, List<OutboxMessage> messages, String smtpHostOrNull) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(messages, "messages");
        EmailTemplates templates = EmailTemplates.withPortal(PORTAL);
        MailSender smtp = smtpHostOrNull == null ? null : mailSender(smtpHostOrNull, templates);
        LetterRenderer letters = LetterRenderer.using(templates);
        out.println("== Notifications (" + messages.size() + ") ==");
        for (OutboxMessage m : messages) {
            out.println();
            out.println("-- " + m.event() + " for request " + m.requestNumber() + " by " + m.channel() + " --");
            if (m.channel() == Channel.EMAIL) {
                if (smtp != null) {
                    try {
                        smtp.send(m);
                        out.println("Sent to " + smtpHostOrNull + " (key " + m.idempotencyKey() + ")");
                    } catch (NotificationException e) {
                        out.println("Not sent: " + e.getMessage() + (e.isRetryable() ? " (would retry)" : ""));
                    }
                } else {
                    RenderedEmail email = templates.render(m);
                    out.println("To: " + m.recipient());
                    out.println("Subject: " + email.subject());
                    out.println();
                    out.print(email.text());
                }
            } else if (m.channel() == Channel.LETTER) {
                out.print(letters.render(m));
            } else {
                out.println("Webhook " + m.recipient() + ": signed JSON POST of " + m.event() + " for request "
                        + m.requestNumber() + " (key " + m.idempotencyKey() + ")");
            }
        }
    }

    private static MailSender mailSender(String hostAndPort, EmailTemplates templates) {
        int colon = hostAndPort.lastIndexOf(':');
        String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
        int port = colon < 0 ? 25 : Integer.parseInt(hostAndPort.substring(colon + 1));
        return MailSender.builder().server(host, port).security(SmtpSecurity.NONE)
                .from("records@example.org", "Medical records").templates(templates).build();
    }

    /**
     * Returns sample messages as the standard notification policy writes them: a submission
     * confirmation by email and an itemised invoice by letter.
     *
     * @return the messages, not null
     */
    static List<OutboxMessage> samples() {
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        Map<String, String> submitted = new LinkedHashMap<>();
        submitted.put("practice", "Seed Family Practice");
        submitted.put("requestNumber", "2026-000042");
        submitted.put("event", "SUBMITTED");
        submitted.put("status", "IN_PROCESS");
        submitted.put("statusWords", "We are preparing your records.");
        submitted.put("amountDue", "0.00");
        submitted.put("language", "en");
        Map<String, String> invoice = new LinkedHashMap<>(submitted);
        invoice.put("event", "INVOICE_ISSUED");
        invoice.put("status", "INVOICED");
        invoice.put("statusWords", "Your invoice is ready for payment.");
        invoice.put("invoiceNumber", "INV-2026-0007");
        invoice.put("amountDue", "21.50");
        invoice.put("line.01.description", "Paper copies, 80 pages");
        invoice.put("line.01.amount", "20.00");
        invoice.put("line.01.rule", "PRICE-PAPER");
        invoice.put("line.02.description", "Postage");
        invoice.put("line.02.amount", "1.50");
        invoice.put("line.02.rule", "PRICE-POSTAGE");
        invoice.put("quoteTotal", "21.50");
        invoice.put("mailingAddress", "12 Elm Street\nHartford, CT 06103");
        return List.of(
                OutboxMessage.pending("demo-1:EMAIL", PracticeId.of("seed"), RequestNumber.of(2026, 42),
                        EventType.SUBMITTED, Channel.EMAIL, "patient@example.org", submitted, at),
                OutboxMessage.pending("demo-2:LETTER", PracticeId.of("seed"), RequestNumber.of(2026, 42),
                        EventType.INVOICE_ISSUED, Channel.LETTER, "letter", invoice, at));
    }
}
