package io.github.medrecords.notify.mail;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.notification.NotificationPayload;
import io.github.medrecords.core.notification.PayloadKey;
import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.wording.NoticeBundle;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.Review;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Outbox messages shaped like the ones StandardNotificationPolicy writes, built through the payload contract. */
final class Messages {

    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    static final String CONTACT = "Privacy Officer";
    static final String PHONE = "(860) 555-0100";

    private Messages() {
    }

    /** An English payload for the event, with the status words the mail sender's tests expect. */
    static Map<String, String> payload(EventType event) {
        Map<String, String> p = payload(event, Language.ENGLISH, DenialGround.ENDANGERMENT, true);
        p.put("statusWords", "Waiting for payment");
        return p;
    }

    /** A full payload for the event in a language: every key the contract requires for an email, typed. */
    static Map<String, String> payload(EventType event, Language language, DenialGround ground, boolean whole) {
        NoticeBundle words = NoticeBundle.standard();
        RequestStatus status = switch (event) {
            case DENIED, DENIAL_UPHELD -> RequestStatus.DENIED;
            case RELEASED, PARTIALLY_DENIED -> RequestStatus.RELEASED;
            case INVOICE_ISSUED -> RequestStatus.INVOICED;
            case NO_RECORDS_FOUND -> RequestStatus.NO_RECORDS;
            case CANCELLED -> RequestStatus.CANCELLED;
            case AUTHORIZATION_WITHDRAWN -> RequestStatus.WITHDRAWN;
            case HANDED_OFF -> RequestStatus.HANDED_OFF;
            case AUTHORIZATION_NEEDED -> RequestStatus.AWAITING_AUTHORIZATION;
            default -> RequestStatus.IN_PROCESS;
        };
        NotificationPayload.Builder b = NotificationPayload.builder().put(PayloadKey.PRACTICE, "Seed Family Practice")
                .put(PayloadKey.REQUEST_NUMBER, "2026-000042").put(PayloadKey.EVENT, event)
                .put(PayloadKey.STATUS, status).put(PayloadKey.STATUS_WORDS, status.plainWords(language))
                .put(PayloadKey.AMOUNT_DUE, Money.ZERO).language(language);
        Map<String, String> contact = Map.of("complaintContact", CONTACT, "complaintPhone", PHONE, "requestNumber",
                "2026-000042");
        switch (event) {
            case PAID, REFUNDED -> b.put(PayloadKey.AMOUNT, Money.parse("31.50"));
            case INVOICE_ISSUED -> b.put(PayloadKey.INVOICE_NUMBER, "INV-2026-0007")
                    .put(PayloadKey.AMOUNT_DUE, Money.parse("31.50"))
                    .line(1, "Search and handling fee", Money.parse("15.00"), "NY-PHL-18")
                    .line(2, "Paper copies, 60 pages at $0.25", Money.parse("15.00"), "PRICE-PAPER")
                    .line(10, "Postage", Money.parse("1.50"), "PRICE-POSTAGE")
                    .put(PayloadKey.QUOTE_TOTAL, Money.parse("31.50"));
            case DENIED, PARTIALLY_DENIED, DENIAL_UPHELD -> {
                String withheld = words.text(language, "recordType.MRI_REPORT");
                b.put(PayloadKey.DENIAL_GROUND, ground).put(PayloadKey.DENIAL_RULE, ground.ruleId())
                        .put(PayloadKey.DENIAL_BASIS, ground.basis(language)).put(PayloadKey.DENIAL_WHOLE, whole)
                        .put(PayloadKey.WITHHELD, withheld).put(PayloadKey.REVIEWABLE, ground.reviewable())
                        .put(PayloadKey.COMPLAINT_CONTACT, CONTACT).put(PayloadKey.COMPLAINT_PHONE, PHONE)
                        .put(PayloadKey.PRACTICE_COMPLAINT, words.format(language, "denial.practiceComplaint", contact))
                        .put(PayloadKey.SECRETARY_COMPLAINT, words.text(language, "denial.secretaryComplaint"))
                        .put(PayloadKey.NOTICE_TEXT, "(the whole notice)");
                if (ground.reviewable()) {
                    b.put(PayloadKey.REVIEW_RIGHTS, words.format(language, "denial.reviewRights", contact));
                }
                if (!whole) {
                    b.put(PayloadKey.REST_RELEASED, words.text(language, "denial.restReleased"));
                }
                if (event == EventType.DENIAL_UPHELD) {
                    b.put(PayloadKey.REVIEW_OUTCOME, Review.Outcome.UPHELD);
                }
            }
            case DENIAL_REVERSED -> b.put(PayloadKey.REVIEW_OUTCOME, Review.Outcome.REVERSED);
            case EXTENDED -> b.put(PayloadKey.EXTENSION_GIVEN_ON, LocalDate.of(2026, 3, 20))
                    .put(PayloadKey.EXTENSION_NEW_DATE, LocalDate.of(2026, 4, 30))
                    .put(PayloadKey.EXTENSION_REASON, "Older films are stored off site & must be retrieved")
                    .put(PayloadKey.LEGAL_DATE, LocalDate.of(2026, 4, 30)).put(PayloadKey.BINDING_DATE_MOVED, true);
            case HANDED_OFF -> b.put(PayloadKey.COMPANY, "Acme ROI Services")
                    .put(PayloadKey.COMPANY_REFERENCE, "ACME-991");
            case DUE_SOON -> b.put(PayloadKey.TARGET_DATE, LocalDate.of(2026, 3, 27));
            case OVERDUE -> b.put(PayloadKey.LEGAL_DATE, LocalDate.of(2026, 3, 31))
                    .put(PayloadKey.COMPLAINT_CONTACT, CONTACT).put(PayloadKey.COMPLAINT_PHONE, PHONE);
            default -> {
                // The common keys are all.
            }
        }
        return new LinkedHashMap<>(b.build(event, Channel.EMAIL).asMap());
    }

    static Map<String, String> invoicePayload() {
        Map<String, String> p = payload(EventType.INVOICE_ISSUED);
        p.put("amountDue", "31.50");
        return p;
    }

    static OutboxMessage email(EventType event, String recipient, Map<String, String> payload) {
        return OutboxMessage.pending("evt-" + event.name() + ":EMAIL", PracticeId.of("seed"),
                RequestNumber.of(2026, 42), event, Channel.EMAIL, recipient, payload, AT);
    }

    static OutboxMessage letter(EventType event, Map<String, String> payload) {
        return OutboxMessage.pending("evt-" + event.name() + ":LETTER", PracticeId.of("seed"),
                RequestNumber.of(2026, 42), event, Channel.LETTER, "letter", payload, AT);
    }
}
