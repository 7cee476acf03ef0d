package io.github.medrecords.core.notification;

import io.github.medrecords.core.fee.FeeLine;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.Language;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The default notifications: the requester hears of the events meant for them (those
 * {@link EventType#toldToRequester()}, and the deadline notices {@link EventType#DUE_SOON} and
 * {@link EventType#OVERDUE} where the practice chooses to tell, {@link #withDeadlineNotices(boolean)}) by
 * email where an address was given and by letter otherwise, in the language they chose; optionally every
 * event goes to a webhook too.
 *
 * <p>Payloads follow the typed contract: the keys are {@link PayloadKey}s, and which ones each event carries
 * on each channel is {@link PayloadSchema}'s. A requester's message carries the request number, the event,
 * the status in plain words in their language, the amounts, the practice's name and the language; an
 * invoice itemises the quote; a denial carries what R1.21 requires (basis, review rights for a reviewable
 * ground, complaint contact and phone, the HHS Secretary, the release of the rest for a partial denial,
 * the whole notice), written by {@link DenialNotice} in the requester's language; a review its outcome; an
 * extension the written statement (R1.9) and whether it moved the binding date; a hand-off the company. A
 * letter also carries the mailing address. The patient's name is added only when the practice switches it
 * on ({@link #withPatientName(boolean)}). A webhook message carries only facts without patient data.
 * Immutable and thread-safe.
 */
public final class StandardNotificationPolicy implements NotificationPolicy {

    /** The recipient of a letter message: the address is in its payload. */
    public static final String LETTER_RECIPIENT = "letter";

    private final Optional<String> webhook;
    private final boolean patientName;
    private final boolean deadlineNotices;

    private StandardNotificationPolicy(Optional<String> webhook, boolean patientName, boolean deadlineNotices) {
        this.webhook = webhook;
        this.patientName = patientName;
        this.deadlineNotices = deadlineNotices;
    }

    /**
     * Returns the policy that notifies the requester only, without the patient's name and without deadline
     * notices.
     *
     * @return the policy, not null
     */
    public static StandardNotificationPolicy requesterOnly() {
        return new StandardNotificationPolicy(Optional.empty(), false, false);
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
        return new StandardNotificationPolicy(Optional.of(name), patientName, deadlineNotices);
    }

    /**
     * Returns a copy that does or does not put the patient's name in emails and letters.
     *
     * @param include  whether to include it
     * @return the changed policy, not null
     */
    public StandardNotificationPolicy withPatientName(boolean include) {
        return new StandardNotificationPolicy(webhook, include, deadlineNotices);
    }

    /**
     * Returns a copy that does or does not tell the requester when their request is due soon
     * ({@link EventType#DUE_SOON}: the date the practice works to) and when it is overdue
     * ({@link EventType#OVERDUE}: an apology, the legal date and where to complain).
     *
     * @param tell  whether to tell the requester
     * @return the changed policy, not null
     */
    public StandardNotificationPolicy withDeadlineNotices(boolean tell) {
        return new StandardNotificationPolicy(webhook, patientName, tell);
    }

    /**
     * Returns the events this policy tells the requester of; each has a template in every language.
     *
     * @return the events, unmodifiable, not null
     */
    public Set<EventType> requesterEvents() {
        Set<EventType> told = EnumSet.noneOf(EventType.class);
        for (EventType type : EventType.values()) {
            if (tellsRequester(type)) {
                told.add(type);
            }
        }
        return Collections.unmodifiableSet(told);
    }

    private boolean tellsRequester(EventType type) {
        return type.toldToRequester() || deadlineNotices && (type == EventType.DUE_SOON || type == EventType.OVERDUE);
    }

    @Override
    public List<OutboxMessage> messagesFor(DomainEvent event, RequestCase request, PracticeProfile practice) {
        List<OutboxMessage> messages = new ArrayList<>();
        EventType type = event.type();
        Language language = request.request().language();
        NotificationPayload.Builder common = NotificationPayload.builder()
                .put(PayloadKey.PRACTICE, practice.name())
                .put(PayloadKey.REQUEST_NUMBER, request.number().value())
                .put(PayloadKey.EVENT, type)
                .put(PayloadKey.STATUS, request.status())
                .put(PayloadKey.AMOUNT_DUE, request.amountDue());
        event.amount().ifPresent(a -> common.put(PayloadKey.AMOUNT, a));
        if (tellsRequester(type)) {
            NotificationPayload.Builder personal = common.copy()
                    .put(PayloadKey.STATUS_WORDS, request.status().plainWords(language))
                    .language(language);
            if (type == EventType.INVOICE_ISSUED) {
                request.invoice().ifPresent(i -> personal.put(PayloadKey.INVOICE_NUMBER, i.number()));
                request.quote().ifPresent(q -> {
                    List<FeeLine> lines = q.lines();
                    for (int i = 0; i < lines.size(); i++) {
                        FeeLine line = lines.get(i);
                        personal.line(i + 1, line.explain(), line.amount(), line.ruleId());
                    }
                    personal.put(PayloadKey.QUOTE_TOTAL, q.total());
                });
            }
            noticeFields(personal, type, request, practice);
            if (patientName) {
                personal.put(PayloadKey.PATIENT_NAME, request.request().patient().name().fullName());
            }
            Optional<EmailAddress> email = requesterEmail(request.request());
            if (email.isPresent()) {
                messages.add(OutboxMessage.pending(event.idempotencyKey() + ":EMAIL", event.practiceId(),
                        event.number(), type, Channel.EMAIL, email.get().value(),
                        personal.build(type, Channel.EMAIL).asMap(), event.at()));
            } else {
                requesterAddress(request.request()).ifPresent(a -> personal.put(PayloadKey.MAILING_ADDRESS,
                        format(a)));
                messages.add(OutboxMessage.pending(event.idempotencyKey() + ":LETTER", event.practiceId(),
                        event.number(), type, Channel.LETTER, LETTER_RECIPIENT,
                        personal.build(type, Channel.LETTER).asMap(), event.at()));
            }
        }
        if (webhook.isPresent()) {
            common.put(PayloadKey.STATUS_WORDS, request.status().plainWords(Language.ENGLISH));
            webhookFacts(common, type, request);
            messages.add(OutboxMessage.pending(event.idempotencyKey() + ":WEBHOOK", event.practiceId(),
                    event.number(), type, Channel.WEBHOOK, webhook.get(),
                    common.build(type, Channel.WEBHOOK).asMap(), event.at()));
        }
        return messages;
    }

    /**
     * Puts the fields a notice needs beyond the common ones: a denial's R1.21 contents, a review's outcome,
     * an extension's written statement and what it did to the binding date, a hand-off's company, a deadline
     * notice's date.
     */
    private static void noticeFields(NotificationPayload.Builder f, EventType type, RequestCase request,
            PracticeProfile practice) {
        switch (type) {
            case DENIED, PARTIALLY_DENIED, DENIAL_UPHELD -> {
                DenialNotice notice = DenialNotice.of(request, practice.complaintContact());
                f.put(PayloadKey.DENIAL_GROUND, notice.ground());
                f.put(PayloadKey.DENIAL_RULE, notice.ground().ruleId());
                f.put(PayloadKey.DENIAL_BASIS, notice.basis());
                f.put(PayloadKey.DENIAL_WHOLE, notice.whole());
                f.put(PayloadKey.WITHHELD, String.join(", ", notice.withheld()));
                f.put(PayloadKey.REVIEWABLE, notice.ground().reviewable());
                notice.reviewRights().ifPresent(r -> f.put(PayloadKey.REVIEW_RIGHTS, r));
                notice.restReleased().ifPresent(r -> f.put(PayloadKey.REST_RELEASED, r));
                f.put(PayloadKey.COMPLAINT_CONTACT, notice.complaintContact().nameOrTitle());
                f.put(PayloadKey.COMPLAINT_PHONE, notice.complaintContact().phone().formatted());
                f.put(PayloadKey.PRACTICE_COMPLAINT, notice.practiceComplaint());
                f.put(PayloadKey.SECRETARY_COMPLAINT, notice.secretaryComplaint());
                f.put(PayloadKey.NOTICE_TEXT, notice.text());
                if (type == EventType.DENIAL_UPHELD) {
                    putReview(f, request);
                }
            }
            case DENIAL_REVERSED -> putReview(f, request);
            case EXTENDED -> request.dueDate().ifPresent(due -> {
                due.extension().ifPresent(e -> {
                    f.put(PayloadKey.EXTENSION_GIVEN_ON, e.givenOn());
                    f.put(PayloadKey.EXTENSION_NEW_DATE, e.newDate());
                    f.put(PayloadKey.EXTENSION_REASON, e.writtenReason());
                });
                f.put(PayloadKey.LEGAL_DATE, due.legalDate());
                f.put(PayloadKey.BINDING_DATE_MOVED, due.extensionMovesBindingDate());
                due.extensionLimitedBy().ifPresent(r -> f.put(PayloadKey.EXTENSION_LIMITED_BY, r.ruleId()));
            });
            case HANDED_OFF -> request.handOff().ifPresent(h -> {
                f.put(PayloadKey.COMPANY, h.company());
                f.put(PayloadKey.COMPANY_REFERENCE, h.reference());
            });
            case DUE_SOON -> request.dueDate().ifPresent(due -> f.put(PayloadKey.TARGET_DATE, due.workingTarget()));
            case OVERDUE -> {
                request.dueDate().ifPresent(due -> f.put(PayloadKey.LEGAL_DATE, due.legalDate()));
                f.put(PayloadKey.COMPLAINT_CONTACT, practice.complaintContact().nameOrTitle());
                f.put(PayloadKey.COMPLAINT_PHONE, practice.complaintContact().phone().formatted());
            }
            default -> {
                // The common fields say all there is.
            }
        }
    }

    /** Puts the facts a webhook receives beyond the common ones: codes, dates and flags, no free text. */
    private static void webhookFacts(NotificationPayload.Builder f, EventType type, RequestCase request) {
        switch (type) {
            case DENIED, PARTIALLY_DENIED, DENIAL_UPHELD -> request.denial().ifPresent(d -> {
                f.put(PayloadKey.DENIAL_GROUND, d.ground());
                f.put(PayloadKey.DENIAL_WHOLE, d.whole());
                f.put(PayloadKey.REVIEWABLE, d.reviewable());
                if (type == EventType.DENIAL_UPHELD) {
                    request.review().ifPresent(r -> f.put(PayloadKey.REVIEW_OUTCOME, r.outcome()));
                }
            });
            case DENIAL_REVERSED -> request.review().ifPresent(r -> f.put(PayloadKey.REVIEW_OUTCOME, r.outcome()));
            case EXTENDED -> request.dueDate().ifPresent(due -> {
                due.extension().ifPresent(e -> f.put(PayloadKey.EXTENSION_NEW_DATE, e.newDate()));
                f.put(PayloadKey.LEGAL_DATE, due.legalDate());
                f.put(PayloadKey.BINDING_DATE_MOVED, due.extensionMovesBindingDate());
                due.extensionLimitedBy().ifPresent(r -> f.put(PayloadKey.EXTENSION_LIMITED_BY, r.ruleId()));
            });
            case HANDED_OFF -> request.handOff().ifPresent(h -> f.put(PayloadKey.COMPANY, h.company()));
            default -> {
                // The common fields say all there is.
            }
        }
    }

    private static void putReview(NotificationPayload.Builder f, RequestCase request) {
        request.review().ifPresent(r -> {
            f.put(PayloadKey.REVIEW_OUTCOME, r.outcome());
            f.put(PayloadKey.REVIEWER_NAME, r.reviewer().name());
            f.put(PayloadKey.REVIEWER_LICENCE, r.reviewer().licence());
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
        return "StandardNotificationPolicy[webhook=" + webhook.isPresent() + ", patientName=" + patientName
                + ", deadlineNotices=" + deadlineNotices + "]";
    }
}
