package io.github.medrecords.notify.mail;

import io.github.medrecords.core.notification.LetterSender;
import io.github.medrecords.core.notification.NotificationPayload;
import io.github.medrecords.core.notification.PayloadKey;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.wording.NoticeBundle;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Renders a letter message as printable text from the email templates and the same notice bundle, so
 * that a patient without an email address reads the same words in the same language: the practice, the
 * mailing address block (the payload's {@link PayloadKey#MAILING_ADDRESS}), a subject line and the
 * plain-text body. A payload that breaks the notification contract is refused with an
 * {@link io.github.medrecords.core.notification.InvalidPayloadException}, which the relay dead-letters.
 *
 * <p>Immutable and thread-safe.
 */
public final class LetterRenderer {

    private final EmailTemplates templates;

    private LetterRenderer(EmailTemplates templates) {
        this.templates = templates;
    }

    /**
     * Returns a renderer using templates.
     *
     * @param templates  the templates, not null
     * @return the renderer, not null
     */
    public static LetterRenderer using(EmailTemplates templates) {
        return new LetterRenderer(Objects.requireNonNull(templates, "templates"));
    }

    /**
     * Renders a message as a letter.
     *
     * @param message  a letter or email message, not null
     * @return the letter's text, lines ending in LF, not null
     */
    public String render(OutboxMessage message) {
        Objects.requireNonNull(message, "message");
        RenderedEmail email = templates.render(message);
        NotificationPayload payload = NotificationPayload.read(message);
        NoticeBundle words = templates.wording();
        StringBuilder out = new StringBuilder();
        String practice = EmailTemplates.clean(payload.required(PayloadKey.PRACTICE)).strip();
        out.append(practice).append('\n').append(words.text(payload.language(), "letter.office")).append("\n\n");
        payload.text(PayloadKey.MAILING_ADDRESS).ifPresent(address -> {
            for (String line : address.split("\\R")) {
                out.append(EmailTemplates.clean(line).strip()).append('\n');
            }
            out.append('\n');
        });
        out.append(words.text(payload.language(), "letter.re")).append(' ').append(email.subject()).append("\n\n")
                .append(email.text());
        return out.toString();
    }

    /**
     * Returns a letter sender that renders each letter and hands the text to a printer (a print queue,
     * a mailing service, a staff work list). A failure of the printer is retried by the relay.
     *
     * @param printer  takes each letter's text, thread-safe, not null
     * @return the sender, not null
     */
    public LetterSender sender(Consumer<String> printer) {
        Objects.requireNonNull(printer, "printer");
        return message -> {
            Objects.requireNonNull(message, "message");
            if (message.channel() != Channel.LETTER) {
                throw new IllegalArgumentException("Message " + message.id() + " is not a letter message");
            }
            printer.accept(render(message));
        };
    }

    @Override
    public String toString() {
        return "LetterRenderer[" + templates + "]";
    }
}
