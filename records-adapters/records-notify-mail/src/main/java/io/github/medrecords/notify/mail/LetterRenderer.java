package io.github.medrecords.notify.mail;

import io.github.medrecords.core.notification.LetterSender;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Renders a letter message as printable text from the email templates, so that a patient without an
 * email address reads the same words: the practice, the mailing address block (the payload's
 * {@code mailingAddress}), a subject line and the plain-text body.
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
        StringBuilder out = new StringBuilder();
        String practice = EmailTemplates.clean(message.payload().getOrDefault("practice", "")).strip();
        if (!practice.isEmpty()) {
            out.append(practice).append("\nMedical records\n\n");
        }
        String address = message.payload().get("mailingAddress");
        if (address != null) {
            for (String line : address.split("\\R")) {
                out.append(EmailTemplates.clean(line).strip()).append('\n');
            }
            out.append('\n');
        }
        out.append("Re: ").append(email.subject()).append("\n\n").append(email.text());
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
