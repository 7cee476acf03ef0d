package io.github.medrecords.notify.webhook;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a named webhook goes: its URL and the secret shared with the receiver.
 *
 * <p>{@link #toString()} leaves out the secret. Immutable and thread-safe.
 */
public final class WebhookEndpoint {

    private final String name;
    private final URI url;
    private final String secret;

    private WebhookEndpoint(String name, URI url, String secret) {
        this.name = name;
        this.url = url;
        this.secret = secret;
    }

    /**
     * Returns an endpoint.
     *
     * @param name  the webhook's name, as the notification policy writes it in a message's recipient, not blank
     * @param url  an absolute {@code http} or {@code https} URL, not null
     * @param secret  the shared secret for the signature, at least 16 characters
     * @return the endpoint, not null
     * @throws IllegalArgumentException if the name is blank, the URL not absolute http(s), or the secret short
     */
    public static WebhookEndpoint of(String name, URI url, String secret) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A webhook needs a name");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("Webhook " + name + " needs an absolute http or https URL");
        }
        if (secret.length() < 16) {
            throw new IllegalArgumentException("The secret of webhook " + name + " is shorter than 16 characters");
        }
        return new WebhookEndpoint(name, url, secret);
    }

    /**
     * Returns the webhook's name.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns the URL the events are posted to.
     *
     * @return the URL, not null
     */
    public URI url() {
        return url;
    }

    /**
     * Returns the shared secret.
     *
     * @return the secret, not null
     */
    public String secret() {
        return secret;
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[" + name + ", " + url + "]";
    }
}
