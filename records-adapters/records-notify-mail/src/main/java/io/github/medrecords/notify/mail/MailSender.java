package io.github.medrecords.notify.mail;

import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.notification.NotificationPayload;
import io.github.medrecords.core.port.NotificationException;
import io.github.medrecords.core.port.NotificationSender;
import io.github.medrecords.core.port.OutboxMessage;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Sends {@link Channel#EMAIL} messages over SMTP with Jakarta Mail: a multipart/alternative email
 * (plain text and HTML) rendered by {@link EmailTemplates} and sent to the message's recipient.
 *
 * <p>The recipient must be one bare address ({@code name@example.org}): anything else (a display
 * name, a list, CR or LF, any control character, header syntax) is refused with a non-retryable
 * {@link NotificationException} and never reaches a header. The subject is built by the templates
 * from fixed wording, the request number and the practice's name stripped of control characters.
 * The idempotency key goes in the {@code X-Medrecords-Idempotency-Key} header and decides the
 * {@code Message-ID}, so a repeat after a crash carries the same id.
 *
 * <p>Failures: authentication failures and addresses the server refuses are final; connection
 * failures, timeouts and other server errors are retryable. Failure messages name the exception type,
 * never an address. Immutable and thread-safe.
 */
public final class MailSender implements NotificationSender {

    /** The header that carries the message's idempotency key. */
    public static final String IDEMPOTENCY_HEADER = "X-Medrecords-Idempotency-Key";

    // printable ASCII only in the local part: the sender does not use SMTPUTF8 (RFC 6531)
    private static final Pattern BARE_ADDRESS = Pattern.compile("[!-~&&[^<>()\\[\\],;:\"\\\\@]]{1,64}"
            + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");

    private final Session session;
    private final InternetAddress from;
    private final String domain;
    private final Optional<String> username;
    private final Optional<String> password;
    private final EmailTemplates templates;
    private final Clock clock;

    private MailSender(Builder b, InternetAddress from) {
        this.session = Session.getInstance(sessionProperties(b));
        this.from = from;
        this.domain = b.fromAddress.substring(b.fromAddress.indexOf('@') + 1);
        this.username = Optional.ofNullable(b.username);
        this.password = Optional.ofNullable(b.password);
        this.templates = b.templates;
        this.clock = b.clock;
    }

    static Properties sessionProperties(Builder b) {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", b.host);
        p.setProperty("mail.smtp.port", Integer.toString(b.port));
        p.setProperty("mail.smtp.connectiontimeout", Long.toString(b.connectTimeout.toMillis()));
        p.setProperty("mail.smtp.timeout", Long.toString(b.readTimeout.toMillis()));
        p.setProperty("mail.smtp.writetimeout", Long.toString(b.writeTimeout.toMillis()));
        p.setProperty("mail.smtp.auth", Boolean.toString(b.username != null));
        p.setProperty("mail.smtp.from", b.fromAddress);
        switch (b.security) {
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                p.setProperty("mail.smtp.ssl.enable", "true");
                p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            default -> {
                // plain SMTP
            }
        }
        return p;
    }

    /**
     * Returns a builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /**
     * Renders and sends an email message.
     *
     * @param message  an email message, not null
     * @throws NotificationException if the recipient is not one valid address (final), the payload breaks the
     *     notification contract (final, an {@link io.github.medrecords.core.notification.InvalidPayloadException}),
     *     or sending failed
     * @throws IllegalArgumentException if the message is not an email message
     */
    @Override
    public void send(OutboxMessage message) {
        Objects.requireNonNull(message, "message");
        if (message.channel() != Channel.EMAIL) {
            throw new IllegalArgumentException("Message " + message.id() + " is not an email message");
        }
        InternetAddress to = recipient(message.recipient());
        RenderedEmail email = templates.render(message);
        try {
            MimeMessage mime = new KeyedMimeMessage(session, messageId(message.idempotencyKey()));
            mime.setFrom(from);
            mime.setRecipients(Message.RecipientType.TO, new Address[] {to});
            mime.setSubject(email.subject(), "UTF-8");
            mime.setHeader("Content-Language", NotificationPayload.read(message).language().tag());
            mime.setSentDate(Date.from(clock.instant()));
            mime.setHeader(IDEMPOTENCY_HEADER, EmailTemplates.clean(message.idempotencyKey()));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.html(), "UTF-8", "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            mime.setContent(alternative);
            mime.saveChanges();
            if (username.isPresent()) {
                Transport.send(mime, username.get(), password.orElse(""));
            } else {
                Transport.send(mime);
            }
        } catch (AuthenticationFailedException e) {
            throw new NotificationException("The SMTP server refused the credentials", false, null, e);
        } catch (SendFailedException e) {
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new NotificationException(refused ? "The SMTP server refused the recipient"
                    : "Sending the email failed: SendFailedException", !refused, null, e);
        } catch (MessagingException e) {
            throw new NotificationException("Sending the email failed: " + e.getClass().getSimpleName(), true, null,
                    e);
        }
    }

    /**
     * Checks that a recipient is one bare address and parses it.
     *
     * @param recipient  the message's recipient, not null
     * @return the address, not null
     * @throws NotificationException (not retryable) if it is anything else
     */
    static InternetAddress recipient(String recipient) {
        if (recipient.length() > 254 || !BARE_ADDRESS.matcher(recipient).matches()) {
            throw new NotificationException("The recipient is not one plain email address", false, null, null);
        }
        try {
            InternetAddress address = new InternetAddress(recipient, true);
            address.validate();
            if (!recipient.equals(address.getAddress()) || address.getPersonal() != null) {
                throw new NotificationException("The recipient is not one plain email address", false, null, null);
            }
            return address;
        } catch (AddressException e) {
            throw new NotificationException("The recipient is not one plain email address", false, null, null);
        }
    }

    private String messageId(String idempotencyKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + ".medrecords@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "MailSender[" + session.getProperty("mail.smtp.host") + ":" + session.getProperty("mail.smtp.port")
                + "]";
    }

    /** A message whose Message-ID comes from the idempotency key, the same on every attempt. */
    private static final class KeyedMimeMessage extends MimeMessage {
        private final String id;

        KeyedMimeMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }

    /**
     * Builds a {@link MailSender}. Defaults: port 587 with {@link SmtpSecurity#STARTTLS}, no
     * authentication, connect, read and write timeouts of 10 seconds, templates without a portal link,
     * the system UTC clock. Host and from address are required. Not thread-safe.
     */
    public static final class Builder {

        private String host;
        private int port = 587;
        private SmtpSecurity security = SmtpSecurity.STARTTLS;
        private String username;
        private String password;
        private String fromAddress;
        private String fromName;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(10);
        private Duration writeTimeout = Duration.ofSeconds(10);
        private EmailTemplates templates = EmailTemplates.withoutPortal();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the SMTP server.
         *
         * @param newHost  the host name, not blank, no whitespace
         * @param newPort  the port, 1 to 65535
         * @return this builder, not null
         * @throws IllegalArgumentException if out of range
         */
        public Builder server(String newHost, int newPort) {
            Objects.requireNonNull(newHost, "host");
            if (newHost.isBlank() || newHost.chars().anyMatch(c -> Character.isWhitespace(c)
                    || Character.isISOControl(c))) {
                throw new IllegalArgumentException("The SMTP host must be a host name");
            }
            if (newPort < 1 || newPort > 65535) {
                throw new IllegalArgumentException("SMTP port " + newPort + " is out of range");
            }
            this.host = newHost;
            this.port = newPort;
            return this;
        }

        /**
         * Sets how the connection is protected.
         *
         * @param newSecurity  STARTTLS, TLS or (tests and local relays only) none, not null
         * @return this builder, not null
         */
        public Builder security(SmtpSecurity newSecurity) {
            this.security = Objects.requireNonNull(newSecurity, "security");
            return this;
        }

        /**
         * Authenticates with a user name and password.
         *
         * @param newUsername  the user name, not blank
         * @param newPassword  the password, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the user name is blank
         */
        public Builder authentication(String newUsername, String newPassword) {
            Objects.requireNonNull(newUsername, "username");
            Objects.requireNonNull(newPassword, "password");
            if (newUsername.isBlank()) {
                throw new IllegalArgumentException("The SMTP user name must not be blank");
            }
            this.username = newUsername;
            this.password = newPassword;
            return this;
        }

        /**
         * Sets the sender of every email.
         *
         * @param address  one plain address, not null
         * @param displayName  the name shown, for example the practice's, without control characters; may be null
         * @return this builder, not null
         * @throws IllegalArgumentException if the address is not one plain address or the name holds a control
         *     character
         */
        public Builder from(String address, String displayName) {
            Objects.requireNonNull(address, "address");
            try {
                recipient(address);
            } catch (NotificationException e) {
                throw new IllegalArgumentException("The from address is not one plain email address", e);
            }
            if (displayName != null && displayName.chars().anyMatch(c -> Character.isISOControl(c))) {
                throw new IllegalArgumentException("The from name must not hold control characters");
            }
            this.fromAddress = address;
            this.fromName = displayName;
            return this;
        }

        /**
         * Sets the connect, read and write timeouts at once.
         *
         * @param connect  to open the connection, positive, not null
         * @param read  to wait for each server reply, positive, not null
         * @param write  to write each block, positive, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if one is not positive
         */
        public Builder timeouts(Duration connect, Duration read, Duration write) {
            this.connectTimeout = positive(connect, "Connect timeout");
            this.readTimeout = positive(read, "Read timeout");
            this.writeTimeout = positive(write, "Write timeout");
            return this;
        }

        /**
         * Sets the templates.
         *
         * @param newTemplates  the templates, not null
         * @return this builder, not null
         */
        public Builder templates(EmailTemplates newTemplates) {
            this.templates = Objects.requireNonNull(newTemplates, "templates");
            return this;
        }

        /**
         * Sets the clock the sent date comes from.
         *
         * @param newClock  the clock, not null
         * @return this builder, not null
         */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /**
         * Builds the sender.
         *
         * @return the sender, not null
         * @throws IllegalStateException if the server or the from address is missing
         */
        public MailSender build() {
            if (host == null || fromAddress == null) {
                throw new IllegalStateException("A mail sender needs a server and a from address");
            }
            try {
                return new MailSender(this, new InternetAddress(fromAddress, fromName, "UTF-8"));
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is unavailable", e);
            }
        }

        private static Duration positive(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(what + " " + d + " is out of range");
            }
            return d;
        }
    }
}
