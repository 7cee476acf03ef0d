package io.github.medrecords.core.notification;

import io.github.medrecords.core.fee.FeeLine;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.PostalAddress;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.workflow.DenialNotice;
import io.github.medrecords.core.workflow.DomainEvent;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The default notifications: the requester hears of the events meant for them (submitted, waiting
 * for an authorization, invoice, payment, waiver, refund, release) by email where an address was
 * given and by letter otherwise; optionally every event goes to a webhook too.
 *
 * <p>Each message carries the request number, the event, the status in plain words, the amount
 * where the event is about money, and the practice's name; an invoice's message itemises the quote
 * ({@code line.NN.description}, {@code line.NN.amount}, {@code line.NN.rule}, {@code quoteTotal}); a letter also carries the mailing
 * address, and an email the address it goes to. A denial's message carries what R1.21 requires
 * ({@code denialBasis}, {@code reviewRights} for a reviewable ground, {@code complaintContact},
 * {@code complaintPhone}, {@code secretaryComplaint}, {@code restReleased} for a partial denial, and the
 * whole {@code noticeText}); a review's its {@code reviewOutcome}; an extension's the written statement
 * ({@code extensionReason}, {@code extensionNewDate}, {@code extensionGivenOn}) and whether it moved the
 * binding date ({@code bindingDateMoved}, {@code legalDate}, {@code extensionLimitedBy}). The patient's
 * name is added only when the practice switches it on ({@link #withPatientName(boolean)}). Immutable and thread-safe.
 */
public final class StandardNotificationPolicy implements NotificationPolicy {

    /** The recipient of a letter message: the address is in its payload. */
    public static final String LETTER_RECIPIENT = "letter";

    private final Optional<String> webhook;
    private final boolean patientName;

    private StandardNotificationPolicy(Optional<String> webhook, boolean patientName) {
        this.webhook = webhook;
        this.patientName = patientName;
    }

    /**
     * Returns the policy that notifies the requester only, without the patient's name.
     *
     * @return the policy, not null
     */
    public static StandardNotificationPolicy requesterOnly() {
        return new StandardNotificationPolicy(Optional.empty(), false);
    }

    /**
     * Returns a copy that also sends every event to a named webhook.
     *
     * @param name  the webhook's name, as the webhook sender knows it, not blank
     * @return the changed policy, not null
     */
    public StandardNotificationPolicy withWebhook(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A webhook needs a name");
        }
        return new StandardNotificationPolicy(Optional.of(name), patientName);
    }

    /**
     * Returns a copy that does or does not put the patient's name in emails and letters.
     *
     * @param include  whether to include it
     * @return the changed policy, not null
     */
    public StandardNotificationPolicy withPatientName(boolean include) {
        return new StandardNotificationPolicy(webhook, include);
    }

    @Override
    public List<OutboxMessage> messagesFor(DomainEvent event, RequestCase request, PracticeProfile practice) {
        List<OutboxMessage> messages = new ArrayList<>();
        Map<String, String> common = new LinkedHashMap<>();
        common.put("practice", practice.name());
        common.put("requestNumber", request.number().value());
        common.put("event", event.type().name());
        common.put("status", request.status().name());
        common.put("statusWords", request.status().plainWords());
        event.amount().ifPresent(a -> common.put("amount", a.amount().toPlainString()));
        common.put("amountDue", request.amountDue().amount().toPlainString());
        if (event.type().toldToRequester()) {
            Map<String, String> personal = new LinkedHashMap<>(common);
            if (event.type() == EventType.INVOICE_ISSUED) {
                request.invoice().ifPresent(i -> personal.put("invoiceNumber", i.number()));
                request.quote().ifPresent(q -> {
                    List<FeeLine> lines = q.lines();
                    for (int i = 0; i < lines.size(); i++) {
                        FeeLine line = lines.get(i);
                        personal.put(String.format("line.%02d.description", i + 1), line.explain());
                        personal.put(String.format("line.%02d.amount", i + 1), line.amount().amount().toPlainString());
                        personal.put(String.format("line.%02d.rule", i + 1), line.ruleId());
                    }
                    personal.put("quoteTotal", q.total().amount().toPlainString());
                });
            }
            personal.putAll(noticeFields(event.type(), request, practice));
            if (patientName) {
                personal.put("patientName", request.request().patient().name().fullName());
            }
            Optional<EmailAddress> email = requesterEmail(request.request());
            if (email.isPresent()) {
                messages.add(OutboxMessage.pending(event.idempotencyKey() + ":EMAIL", event.practiceId(),
                        event.number(), event.type(), Channel.EMAIL, email.get().value(), personal, event.at()));
            } else {
                requesterAddress(request.request()).ifPresent(a -> personal.put("mailingAddress", format(a)));
                messages.add(OutboxMessage.pending(event.idempotencyKey() + ":LETTER", event.practiceId(),
                        event.number(), event.type(), Channel.LETTER, LETTER_RECIPIENT, personal, event.at()));
            }
        }
        webhook.ifPresent(name -> messages.add(OutboxMessage.pending(event.idempotencyKey() + ":WEBHOOK",
                event.practiceId(), event.number(), event.type(), Channel.WEBHOOK, name, common, event.at())));
        return messages;
    }

    /**
     * Returns the fields a notice needs beyond the common ones: a denial's R1.21 contents, a review's
     * outcome, an extension's written statement and what it did to the binding date, a hand-off's company.
     */
    private static Map<String, String> noticeFields(EventType type, RequestCase request, PracticeProfile practice) {
        Map<String, String> f = new LinkedHashMap<>();
        switch (type) {
            case DENIED, PARTIALLY_DENIED, DENIAL_UPHELD -> {
                DenialNotice notice = DenialNotice.of(request, practice.complaintContact());
                f.put("denialGround", notice.ground().name());
                f.put("denialRule", notice.ground().ruleId());
                f.put("denialBasis", notice.basis());
                f.put("denialWhole", Boolean.toString(notice.whole()));
                f.put("withheld", String.join(", ", notice.withheld()));
                f.put("reviewable", Boolean.toString(notice.ground().reviewable()));
                notice.reviewRights().ifPresent(r -> f.put("reviewRights", r));
                notice.restReleased().ifPresent(r -> f.put("restReleased", r));
                f.put("complaintContact", notice.complaintContact().nameOrTitle());
                f.put("complaintPhone", notice.complaintContact().phone().formatted());
                f.put("practiceComplaint", notice.practiceComplaint());
                f.put("secretaryComplaint", notice.secretaryComplaint());
                f.put("noticeText", notice.text());
                if (type == EventType.DENIAL_UPHELD) {
                    putReview(f, request);
                }
            }
            case DENIAL_REVERSED -> putReview(f, request);
            case EXTENDED -> request.dueDate().ifPresent(due -> {
                due.extension().ifPresent(e -> {
                    f.put("extensionGivenOn", e.givenOn().toString());
                    f.put("extensionNewDate", e.newDate().toString());
                    f.put("extensionReason", e.writtenReason());
                });
                f.put("legalDate", due.legalDate().toString());
                f.put("bindingDateMoved", Boolean.toString(due.extensionMovesBindingDate()));
                due.extensionLimitedBy().ifPresent(r -> f.put("extensionLimitedBy", r.ruleId()));
            });
            case HANDED_OFF -> request.handOff().ifPresent(h -> {
                f.put("company", h.company());
                f.put("companyReference", h.reference());
            });
            default -> {
                // The common fields say all there is.
            }
        }
        return f;
    }

    private static void putReview(Map<String, String> f, RequestCase request) {
        request.review().ifPresent(r -> {
            f.put("reviewOutcome", r.outcome().name());
            f.put("reviewerName", r.reviewer().name());
            f.put("reviewerLicence", r.reviewer().licence());
        });
    }

    private static Optional<EmailAddress> requesterEmail(RecordsRequest r) {
        if (r.requester().role() == RequesterRole.PATIENT) {
            return r.patient().contact().emailAddress().or(r.delivery()::email);
        }
        return r.requester().contact().emailAddress();
    }

    private static Optional<PostalAddress> requesterAddress(RecordsRequest r) {
        if (r.requester().role() == RequesterRole.PATIENT) {
            return r.patient().contact().postalAddress().or(r.delivery()::postalAddress);
        }
        return r.requester().contact().postalAddress();
    }

    private static String format(PostalAddress a) {
        return a.line1() + a.line2().map(l -> "\n" + l).orElse("") + "\n" + a.city() + ", " + a.state() + " " + a.zip();
    }

    @Override
    public String toString() {
        return "StandardNotificationPolicy[webhook=" + webhook.isPresent() + ", patientName=" + patientName + "]";
    }
}
