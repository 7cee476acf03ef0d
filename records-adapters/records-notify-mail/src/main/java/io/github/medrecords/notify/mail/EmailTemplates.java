package io.github.medrecords.notify.mail;

import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.workflow.EventType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The email templates: one per event, each in plain text and HTML, with the request number, the
 * status in plain words, the next step, the amount due and a link to the portal; the invoice itemises
 * the quote from the payload's {@code line.NN.description}, {@code line.NN.amount} and
 * {@code line.NN.rule} fields with {@code quoteTotal}.
 *
 * <p>The minimum necessary: a template reads only the payload fields named above and
 * {@code practice}, {@code invoiceNumber}, {@code amount} and {@code patientName} (the last only when
 * the practice switched it on in its notification policy, so present in the payload); never record
 * contents, diagnoses or dates of birth. Every payload value is HTML-escaped in the HTML body and
 * stripped of control characters everywhere; the subject never carries the patient's name.
 *
 * <p>Templates: {@code SUBMITTED}, {@code AUTHORIZATION_NEEDED}, {@code INVOICE_ISSUED}, {@code PAID},
 * {@code FEE_WAIVED}, {@code REFUNDED}, {@code RELEASED}, and a general status update for every other
 * event. Immutable and thread-safe.
 */
public final class EmailTemplates {

    private static final Pattern LINE_KEY = Pattern.compile("line\\.(\\d{1,4})\\.(description|amount|rule)");

    private final Optional<URI> portalBaseUrl;

    private EmailTemplates(Optional<URI> portalBaseUrl) {
        this.portalBaseUrl = portalBaseUrl;
    }

    /**
     * Returns templates without a portal link.
     *
     * @return the templates, not null
     */
    public static EmailTemplates withoutPortal() {
        return new EmailTemplates(Optional.empty());
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
        return new EmailTemplates(Optional.of(portalBaseUrl));
    }

    /** The wording of one event's message. */
    private record Wording(String subject, String intro, String nextStep) {
    }

    private static Wording wording(EventType event, String number, Map<String, String> p) {
        String amount = p.containsKey("amount") ? " of " + dollars(p.get("amount")) : "";
        return switch (event) {
            case SUBMITTED -> new Wording("We received your records request " + number,
                    "Thank you for your request for copies of medical records. We received it and gave it the"
                            + " number " + number + ".",
                    "There is nothing you need to do now. We will write when there is, or when your records"
                            + " are on their way.");
            case AUTHORIZATION_NEEDED -> new Wording("Your records request " + number + " needs a signed authorization",
                    "Before we can send these records we need an authorization signed by the patient or their"
                            + " personal representative.",
                    "Please sign and return our authorization form through the portal or by mail.");
            case INVOICE_ISSUED -> new Wording("Invoice " + clean(p.getOrDefault("invoiceNumber", "")).strip()
                    + " for your records request " + number,
                    "Your copies are ready. Here is what they cost; each line names the rule that sets it.",
                    "Please pay the amount due through the portal or by mail. We send the records once it is"
                            + " paid.");
            case PAID -> new Wording("Payment received for your records request " + number,
                    "Thank you: we received your payment" + amount + ".",
                    "We will send the records the way you asked.");
            case FEE_WAIVED -> new Wording("No fee for your records request " + number,
                    "We waived the fee for this request: there is nothing to pay.",
                    "We will send the records the way you asked.");
            case REFUNDED -> new Wording("Refund for your records request " + number,
                    "The final cost was less than you paid, so we refunded" + amount + ".",
                    "There is nothing you need to do.");
            case RELEASED -> new Wording("Your records for request " + number + " were sent",
                    "We sent the records you asked for, the way you asked.",
                    "If anything is missing, contact us and quote your request number.");
            default -> new Wording("Update on your records request " + number,
                    "There is news about your request.",
                    "See the portal for details, or contact us and quote your request number.");
        };
    }

    /**
     * Renders a message.
     *
     * @param message  an email or letter message, not null
     * @return the subject and bodies, not null
     */
    public RenderedEmail render(OutboxMessage message) {
        Objects.requireNonNull(message, "message");
        Map<String, String> p = message.payload();
        String number = message.requestNumber().value();
        String practice = clean(p.getOrDefault("practice", "")).strip();
        Wording w = wording(message.event(), number, p);
        String subject = (w.subject() + (practice.isEmpty() ? "" : " - " + practice)).replaceAll(" {2,}", " ");
        Optional<String> name = Optional.ofNullable(p.get("patientName")).map(EmailTemplates::clean)
                .map(String::strip).filter(s -> !s.isEmpty());
        String greeting = name.map(n -> "Dear " + n + ",").orElse("Hello,");
        String status = clean(p.getOrDefault("statusWords", "")).strip();
        Optional<String> due = Optional.ofNullable(p.get("amountDue")).filter(EmailTemplates::nonZero)
                .map(EmailTemplates::dollars);
        List<String[]> lines = message.event() == EventType.INVOICE_ISSUED ? lines(p) : List.of();
        Optional<String> total = Optional.ofNullable(p.get("quoteTotal")).map(EmailTemplates::dollars);
        Optional<String> link = portalBaseUrl.map(base -> link(base, number));

        StringBuilder text = new StringBuilder();
        text.append(greeting).append("\n\n").append(w.intro()).append("\n\n");
        text.append("Request number: ").append(number).append('\n');
        if (!status.isEmpty()) {
            text.append("Status: ").append(status).append('\n');
        }
        if (!lines.isEmpty()) {
            text.append('\n');
            for (String[] l : lines) {
                text.append("  ").append(l[0]).append(": ").append(l[1]);
                if (!l[2].isEmpty()) {
                    text.append(" (").append(l[2]).append(')');
                }
                text.append('\n');
            }
            total.ifPresent(t -> text.append("  Total: ").append(t).append('\n'));
        }
        due.ifPresent(d -> text.append("Amount due: ").append(d).append('\n'));
        text.append("\nNext step: ").append(w.nextStep()).append('\n');
        link.ifPresent(l -> text.append("\nYour request in the portal: ").append(l).append('\n'));
        String signature = practice.isEmpty() ? "Medical records office" : practice + ", medical records";
        text.append("\n").append(signature).append('\n');
        text.append("\nThis message holds no medical information. Please do not reply with medical details.\n");

        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(escape(subject))
                .append("</title></head><body>\n");
        html.append("<p>").append(escape(greeting)).append("</p>\n");
        html.append("<p>").append(escape(w.intro())).append("</p>\n");
        html.append("<p>Request number: <strong>").append(escape(number)).append("</strong>");
        if (!status.isEmpty()) {
            html.append("<br>Status: ").append(escape(status));
        }
        html.append("</p>\n");
        if (!lines.isEmpty()) {
            html.append("<table><thead><tr><th>Item</th><th>Amount</th><th>Rule</th></tr></thead><tbody>\n");
            for (String[] l : lines) {
                html.append("<tr><td>").append(escape(l[0])).append("</td><td>").append(escape(l[1]))
                        .append("</td><td>").append(escape(l[2])).append("</td></tr>\n");
            }
            html.append("</tbody>");
            total.ifPresent(t -> html.append("<tfoot><tr><th>Total</th><th>").append(escape(t))
                    .append("</th><th></th></tr></tfoot>"));
            html.append("</table>\n");
        }
        due.ifPresent(d -> html.append("<p>Amount due: <strong>").append(escape(d)).append("</strong></p>\n"));
        html.append("<p>Next step: ").append(escape(w.nextStep())).append("</p>\n");
        link.ifPresent(l -> html.append("<p><a href=\"").append(escape(l)).append("\">Your request in the portal</a>")
                .append("</p>\n"));
        html.append("<p>").append(escape(signature)).append("</p>\n");
        html.append("<p><small>This message holds no medical information. Please do not reply with medical")
                .append(" details.</small></p>\n</body></html>\n");
        return new RenderedEmail(subject, text.toString(), html.toString());
    }

    private static List<String[]> lines(Map<String, String> p) {
        Map<Integer, String[]> byIndex = new TreeMap<>();
        for (Map.Entry<String, String> e : p.entrySet()) {
            Matcher m = LINE_KEY.matcher(e.getKey());
            if (m.matches()) {
                String[] line = byIndex.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new String[] {"", "", ""});
                String value = clean(e.getValue()).strip();
                switch (m.group(2)) {
                    case "description" -> line[0] = value;
                    case "amount" -> line[1] = dollars(value);
                    default -> line[2] = value;
                }
            }
        }
        return new ArrayList<>(byIndex.values());
    }

    private static String link(URI base, String number) {
        String b = base.toString();
        return (b.endsWith("/") ? b : b + "/") + "requests/" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    private static boolean nonZero(String amount) {
        try {
            return new BigDecimal(amount.strip()).signum() != 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String dollars(String amount) {
        String a = clean(amount).strip();
        return a.startsWith("-") ? "-$" + a.substring(1) : "$" + a;
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
