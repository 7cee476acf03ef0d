package io.github.medrecords.notify.mail;

import io.github.medrecords.core.notification.InvalidPayloadException;
import io.github.medrecords.core.notification.NotificationPayload;
import io.github.medrecords.core.notification.PayloadKey;
import io.github.medrecords.core.notification.PayloadSchema;
import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.wording.NoticeBundle;
import io.github.medrecords.core.workflow.EventType;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The email templates: one per event the requester is told of ({@link PayloadSchema#requesterEvents()}),
 * each in plain text and HTML, in the requester's language, with the request number, the status in plain
 * words, the notice's own content, the next step, the amount due and a link to the portal.
 *
 * <p>The wording is not here: every sentence comes from the notice bundle ({@link NoticeBundle}, keys
 * {@code event.<EVENT>.subject|intro|next}, {@code denial.*}, {@code extension.*}, labels), so a letter,
 * the denial notice and the requester view say the same words and a language is a translation. The
 * denial notices carry the full content R1.21 prescribes (basis, review right and how to use it or that
 * there is none, the practice's complaint contact and phone, the HHS Secretary, the release of the rest
 * for a partial denial); the extension its written reasons and new date (R1.9).
 *
 * <p>The payload is read through the contract ({@link NotificationPayload#read}); a payload with a
 * missing key, a value of the wrong type or a key outside the contract is refused with an
 * {@link InvalidPayloadException}, which the relay dead-letters. The minimum necessary: a template reads
 * only its event's keys, never record contents, diagnoses or dates of birth. Every value is HTML-escaped
 * in the HTML body and stripped of control characters everywhere; the subject never carries the patient's
 * name. Immutable and thread-safe.
 */
public final class EmailTemplates {

    private final Optional<URI> portalBaseUrl;
    private final NoticeBundle words;

    private EmailTemplates(Optional<URI> portalBaseUrl, NoticeBundle words) {
        this.portalBaseUrl = portalBaseUrl;
        this.words = words;
    }

    /**
     * Returns templates without a portal link.
     *
     * @return the templates, not null
     */
    public static EmailTemplates withoutPortal() {
        return new EmailTemplates(Optional.empty(), NoticeBundle.standard());
    }

    /**
     * Returns templates that link to the request's page in the portal, {@code <base>/requests/<number>}.
     *
     * @param portalBaseUrl  the portal's absolute http(s) URL, not null
     * @return the templates, not null
     * @throws IllegalArgumentException if the URL is not absolute http or https
     */
    public static EmailTemplates withPortal(URI portalBaseUrl) {
        Objects.requireNonNull(portalBaseUrl, "portalBaseUrl");
        String scheme = portalBaseUrl.getScheme() == null ? "" : portalBaseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || portalBaseUrl.getHost() == null) {
            throw new IllegalArgumentException("The portal needs an absolute http or https URL");
        }
        return new EmailTemplates(Optional.of(portalBaseUrl), NoticeBundle.standard());
    }

    /**
     * Returns a copy that reads its words from a practice's own bundle first ({@link
     * NoticeBundle#withOverrides}), key by key, falling back to the library's.
     *
     * @param bundle  the wording, not null
     * @return the changed templates, not null
     */
    public EmailTemplates withWording(NoticeBundle bundle) {
        return new EmailTemplates(portalBaseUrl, Objects.requireNonNull(bundle, "bundle"));
    }

    /**
     * Returns the wording the templates read.
     *
     * @return the bundle, not null
     */
    public NoticeBundle wording() {
        return words;
    }

    /**
     * Tells whether an event has a template: subject, intro and next step in every supported language.
     *
     * @param event  the event, not null
     * @return true if it has
     */
    public boolean hasTemplate(EventType event) {
        Objects.requireNonNull(event, "event");
        return Language.supported().stream().allMatch(l -> words.find(l, "event." + event + ".subject").isPresent()
                && words.find(l, "event." + event + ".intro").isPresent()
                && words.find(l, "event." + event + ".next").isPresent());
    }

    /**
     * Renders a message in the requester's language.
     *
     * @param message  an email or letter message, not null
     * @return the subject and bodies, not null
     * @throws InvalidPayloadException if the payload breaks the notification contract
     * @throws IllegalArgumentException if the message is a webhook message or its event has no template
     */
    public RenderedEmail render(OutboxMessage message) {
        Objects.requireNonNull(message, "message");
        if (message.channel() == Channel.WEBHOOK) {
            throw new IllegalArgumentException("Message " + message.id() + " is a webhook message");
        }
        NotificationPayload p = NotificationPayload.read(message);
        Language language = p.language();
        EventType event = message.event();
        if (!hasTemplate(event)) {
            throw new IllegalArgumentException("Event " + event + " has no requester template");
        }
        Map<String, String> v = values(p, language);
        String number = message.requestNumber().value();
        String practice = v.getOrDefault(PayloadKey.PRACTICE.wireName(), "");
        String subject = clean(words.format(language, "event." + event + ".subject", v)
                + (practice.isEmpty() ? "" : " - " + practice)).replaceAll(" {2,}", " ").strip();
        String greeting = p.has(PayloadKey.PATIENT_NAME) ? words.format(language, "greeting.named", v)
                : words.text(language, "greeting");
        String intro = words.format(language, "event." + event + ".intro", v);
        List<String> sections = sections(event, p, language, v);
        String status = v.getOrDefault(PayloadKey.STATUS_WORDS.wireName(), "");
        Optional<String> due = p.amount(PayloadKey.AMOUNT_DUE).filter(a -> a.amount().signum() != 0)
                .map(NoticeBundle::dollars);
        List<NotificationPayload.Line> lines = event == EventType.INVOICE_ISSUED ? p.lines() : List.of();
        Optional<String> total = p.amount(PayloadKey.QUOTE_TOTAL).map(NoticeBundle::dollars);
        Optional<String> link = portalBaseUrl.map(base -> link(base, number));
        String next = words.format(language, "event." + event + ".next", v);
        String signature = practice.isEmpty() ? words.text(language, "signature.anonymous")
                : words.format(language, "signature", v);
        String footer = words.text(language, "footer");
        String labelNumber = words.text(language, "label.requestNumber");
        String labelStatus = words.text(language, "label.status");
        String labelDue = words.text(language, "label.amountDue");
        String labelNext = words.text(language, "label.nextStep");
        String labelPortal = words.text(language, "label.portal");
        String labelTotal = words.text(language, "label.total");

        StringBuilder text = new StringBuilder();
        text.append(greeting).append("\n\n").append(intro).append("\n\n");
        for (String section : sections) {
            text.append(section).append("\n\n");
        }
        text.append(labelNumber).append(": ").append(number).append('\n');
        if (!status.isEmpty()) {
            text.append(labelStatus).append(": ").append(status).append('\n');
        }
        if (!lines.isEmpty()) {
            text.append('\n');
            for (NotificationPayload.Line l : lines) {
                text.append("  ").append(clean(l.description())).append(": ").append(NoticeBundle.dollars(l.amount()));
                if (!l.rule().isEmpty()) {
                    text.append(" (").append(clean(l.rule())).append(')');
                }
                text.append('\n');
            }
            total.ifPresent(t -> text.append("  ").append(labelTotal).append(": ").append(t).append('\n'));
        }
        due.ifPresent(d -> text.append(labelDue).append(": ").append(d).append('\n'));
        text.append('\n').append(labelNext).append(": ").append(next).append('\n');
        link.ifPresent(l -> text.append('\n').append(labelPortal).append(": ").append(l).append('\n'));
        text.append('\n').append(signature).append('\n');
        text.append('\n').append(footer).append('\n');

        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"").append(escape(language.tag()))
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(subject))
                .append("</title></head><body>\n");
        html.append("<p>").append(escape(greeting)).append("</p>\n");
        html.append("<p>").append(escape(intro)).append("</p>\n");
        for (String section : sections) {
            html.append("<p>").append(escape(section)).append("</p>\n");
        }
        html.append("<p>").append(escape(labelNumber)).append(": <strong>").append(escape(number))
                .append("</strong>");
        if (!status.isEmpty()) {
            html.append("<br>").append(escape(labelStatus)).append(": ").append(escape(status));
        }
        html.append("</p>\n");
        if (!lines.isEmpty()) {
            html.append("<table><thead><tr><th>").append(escape(words.text(language, "label.item")))
                    .append("</th><th>").append(escape(words.text(language, "label.amount"))).append("</th><th>")
                    .append(escape(words.text(language, "label.rule"))).append("</th></tr></thead><tbody>\n");
            for (NotificationPayload.Line l : lines) {
                html.append("<tr><td>").append(escape(clean(l.description()))).append("</td><td>")
                        .append(escape(NoticeBundle.dollars(l.amount()))).append("</td><td>")
                        .append(escape(clean(l.rule()))).append("</td></tr>\n");
            }
            html.append("</tbody>");
            total.ifPresent(t -> html.append("<tfoot><tr><th>").append(escape(labelTotal)).append("</th><th>")
                    .append(escape(t)).append("</th><th></th></tr></tfoot>"));
            html.append("</table>\n");
        }
        due.ifPresent(d -> html.append("<p>").append(escape(labelDue)).append(": <strong>").append(escape(d))
                .append("</strong></p>\n"));
        html.append("<p>").append(escape(labelNext)).append(": ").append(escape(next)).append("</p>\n");
        link.ifPresent(l -> html.append("<p><a href=\"").append(escape(l)).append("\">").append(escape(labelPortal))
                .append("</a></p>\n"));
        html.append("<p>").append(escape(signature)).append("</p>\n");
        html.append("<p><small>").append(escape(footer)).append("</small></p>\n</body></html>\n");
        return new RenderedEmail(subject, text.toString(), html.toString());
    }

    /**
     * Returns the paragraphs a notice adds between its intro and the request number: the denial notice's
     * prescribed content, the extension statement, the overdue notice's complaint route.
     */
    private List<String> sections(EventType event, NotificationPayload p, Language language, Map<String, String> v) {
        List<String> out = new ArrayList<>();
        switch (event) {
            case DENIED, PARTIALLY_DENIED, DENIAL_UPHELD -> {
                out.add(words.format(language, "denial.why", v));
                p.text(PayloadKey.REST_RELEASED).map(EmailTemplates::clean).ifPresent(out::add);
                if (event != EventType.DENIAL_UPHELD) {
                    out.add(p.text(PayloadKey.REVIEW_RIGHTS).map(EmailTemplates::clean)
                            .orElseGet(() -> words.text(language, "denial.noReview")));
                }
                out.add(clean(p.required(PayloadKey.PRACTICE_COMPLAINT)));
                out.add(clean(p.required(PayloadKey.SECRETARY_COMPLAINT)));
            }
            case EXTENDED -> {
                out.add(words.format(language, "extension.reason", v));
                out.add(words.format(language, "extension.newDate", v));
                if (!p.flag(PayloadKey.BINDING_DATE_MOVED)) {
                    out.add(words.format(language, "extension.stateLimit", v));
                }
                out.add(words.format(language, "extension.givenOn", v));
            }
            case OVERDUE -> out.add(words.text(language, "overdue.secretary"));
            default -> {
                // The intro and the next step say all there is.
            }
        }
        return out;
    }

    /**
     * Returns every payload value as the templates show it: amounts in dollars, dates in the language's long
     * form, text without control characters.
     */
    private static Map<String, String> values(NotificationPayload p, Language language) {
        Map<String, String> v = new HashMap<>();
        for (PayloadKey key : PayloadKey.values()) {
            if (key.indexed() || !p.has(key)) {
                continue;
            }
            String shown = switch (key.type()) {
                case AMOUNT -> NoticeBundle.dollars(p.amount(key).orElseThrow());
                case DATE -> NoticeBundle.date(language, p.date(key).orElseThrow());
                default -> clean(p.required(key)).strip();
            };
            v.put(key.wireName(), shown);
        }
        return v;
    }

    private static String link(URI base, String number) {
        String b = base.toString();
        return (b.endsWith("/") ? b : b + "/") + "requests/" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    /**
     * Replaces every control character (CR and LF included) with a space.
     *
     * @param value  the text, not null
     * @return the cleaned text, not null
     */
    static String clean(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                ? ' ' : c));
        return out.toString();
    }

    /**
     * Escapes text for HTML element content and attribute values.
     *
     * @param value  the text, not null
     * @return the escaped text, not null
     */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "EmailTemplates[portal=" + portalBaseUrl.map(URI::toString).orElse("none") + "]";
    }
}
