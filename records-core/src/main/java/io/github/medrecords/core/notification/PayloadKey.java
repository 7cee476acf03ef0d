package io.github.medrecords.core.notification;

import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.Review;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every key a notification's payload may carry, with the type of its value: the published contract
 * between the {@link NotificationPolicy} that writes a payload and the adapters that read it (email and
 * letter templates, the webhook's JSON). No module spells a payload key as a string of its own.
 *
 * <p>On the wire (the outbox stores {@code Map<String, String>}) a key is its {@link #wireName()} and a
 * value its text: an {@link ValueType#AMOUNT} a plain decimal with two places ({@code 12.50}), a
 * {@link ValueType#DATE} an ISO date, a {@link ValueType#FLAG} {@code true} or {@code false}, a
 * {@link ValueType#CODE} one of {@link #codes()}. The three invoice-line keys are indexed: their wire names
 * are {@code line.01.description}, {@code line.02.description} and so on. Which keys an event needs on a
 * channel is {@link PayloadSchema}'s business; {@link NotificationPayload} reads and checks a payload.
 */
public enum PayloadKey {
    /** The practice's name. */
    PRACTICE("practice", ValueType.TEXT),
    /** The request number. */
    REQUEST_NUMBER("requestNumber", ValueType.TEXT),
    /** The event, an {@link EventType} name. */
    EVENT("event", ValueType.CODE, EventType.class),
    /** The request's status after the event, a {@link RequestStatus} name. */
    STATUS("status", ValueType.CODE, RequestStatus.class),
    /** The status in plain words, in the requester's language. */
    STATUS_WORDS("statusWords", ValueType.TEXT),
    /** What the requester owes now. */
    AMOUNT_DUE("amountDue", ValueType.AMOUNT),
    /** The amount the event is about (a payment, a refund, an invoice, a waived fee). */
    AMOUNT("amount", ValueType.AMOUNT),
    /** The language the requester reads their notices in, a tag such as {@code es}. */
    LANGUAGE("language", ValueType.LANGUAGE),
    /** The patient's name, only where the practice switched it on. */
    PATIENT_NAME("patientName", ValueType.TEXT),
    /** A letter's mailing address, lines separated by LF, as the requester typed it. */
    MAILING_ADDRESS("mailingAddress", ValueType.LINES),
    /** The invoice's number. */
    INVOICE_NUMBER("invoiceNumber", ValueType.TEXT),
    /** The quote's total. */
    QUOTE_TOTAL("quoteTotal", ValueType.AMOUNT),
    /** What an invoice line is for (indexed). */
    LINE_DESCRIPTION("line.NN.description", ValueType.TEXT),
    /** An invoice line's amount (indexed). */
    LINE_AMOUNT("line.NN.amount", ValueType.AMOUNT),
    /** The rule an invoice line applies (indexed). */
    LINE_RULE("line.NN.rule", ValueType.TEXT),
    /** The denial's ground, a {@link DenialGround} name. */
    DENIAL_GROUND("denialGround", ValueType.CODE, DenialGround.class),
    /** The rule behind the ground, an id the law book defines. */
    DENIAL_RULE("denialRule", ValueType.TEXT),
    /** The basis of the denial in plain language (R1.21(i)). */
    DENIAL_BASIS("denialBasis", ValueType.TEXT),
    /** Whether every record asked for is withheld. */
    DENIAL_WHOLE("denialWhole", ValueType.FLAG),
    /** The kinds of record withheld, comma-separated. */
    WITHHELD("withheld", ValueType.TEXT),
    /** Whether the ground gives a right to a review (R1.20). */
    REVIEWABLE("reviewable", ValueType.FLAG),
    /** The right to a review and how to use it, for a reviewable ground (R1.21(ii)). */
    REVIEW_RIGHTS("reviewRights", ValueType.TEXT),
    /** For a partial denial, that the other records will be provided (164.524(d)(1)). */
    REST_RELEASED("restReleased", ValueType.TEXT),
    /** The practice's complaint contact, a name or title (R1.21(iii)). */
    COMPLAINT_CONTACT("complaintContact", ValueType.TEXT),
    /** The complaint contact's phone number (R1.21(iii)). */
    COMPLAINT_PHONE("complaintPhone", ValueType.TEXT),
    /** How to complain to the practice, one sentence (R1.21(iii)). */
    PRACTICE_COMPLAINT("practiceComplaint", ValueType.TEXT),
    /** How to complain to the Secretary of Health and Human Services (R1.21(iii)). */
    SECRETARY_COMPLAINT("secretaryComplaint", ValueType.TEXT),
    /** The whole denial notice as plain text, for a portal or a letter. */
    NOTICE_TEXT("noticeText", ValueType.LINES),
    /** A review's outcome, a {@link Review.Outcome} name. */
    REVIEW_OUTCOME("reviewOutcome", ValueType.CODE, Review.Outcome.class),
    /** The reviewing professional's name. */
    REVIEWER_NAME("reviewerName", ValueType.TEXT),
    /** The reviewing professional's licence. */
    REVIEWER_LICENCE("reviewerLicence", ValueType.TEXT),
    /** The day the written extension statement was given (R1.9). */
    EXTENSION_GIVEN_ON("extensionGivenOn", ValueType.DATE),
    /** The date the extension promises access by (R1.9). */
    EXTENSION_NEW_DATE("extensionNewDate", ValueType.DATE),
    /** The written reasons for the delay (R1.9), as staff wrote them. */
    EXTENSION_REASON("extensionReason", ValueType.TEXT),
    /** The date the law binds the practice to. */
    LEGAL_DATE("legalDate", ValueType.DATE),
    /** Whether the extension moved the binding date (false where a state rule allows none). */
    BINDING_DATE_MOVED("bindingDateMoved", ValueType.FLAG),
    /** The rule that kept the extension from moving the binding date. */
    EXTENSION_LIMITED_BY("extensionLimitedBy", ValueType.TEXT),
    /** The outside company a request was handed to. */
    COMPANY("company", ValueType.TEXT),
    /** The outside company's reference. */
    COMPANY_REFERENCE("companyReference", ValueType.TEXT),
    /** The date the practice works to, for a due-soon notice. */
    TARGET_DATE("targetDate", ValueType.DATE);

    /** The type of a key's value. */
    public enum ValueType {
        /** One line of text. */
        TEXT,
        /** Text that may span lines. */
        LINES,
        /** Dollars, a plain decimal with two places, may be negative. */
        AMOUNT,
        /** An ISO date, {@code 2026-03-04}. */
        DATE,
        /** {@code true} or {@code false}. */
        FLAG,
        /** One of a fixed list of names. */
        CODE,
        /** A supported language tag. */
        LANGUAGE
    }

    private static final Map<String, PayloadKey> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(PayloadKey::wireName, Function.identity()));

    private final String wireName;
    private final ValueType type;
    private final List<String> codes;

    PayloadKey(String wireName, ValueType type) {
        this.wireName = wireName;
        this.type = type;
        this.codes = List.of();
    }

    PayloadKey(String wireName, ValueType type, Class<? extends Enum<?>> codes) {
        this.wireName = wireName;
        this.type = type;
        this.codes = Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
    }

    /**
     * Returns the key's name in a stored payload and in templates ({@code {requestNumber}}); for an indexed
     * key the pattern, with {@code NN} for the line's two-digit number.
     *
     * @return the name, not null
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the wire name of one line of an indexed key.
     *
     * @param line  the line's number, from 1
     * @return the name, for example {@code line.03.amount}, not null
     * @throws IllegalStateException if the key is not indexed
     * @throws IllegalArgumentException if the line is not positive
     */
    public String wireName(int line) {
        if (!indexed()) {
            throw new IllegalStateException(this + " is not an indexed key");
        }
        if (line < 1 || line > 9999) {
            throw new IllegalArgumentException("Line " + line + " is not between 1 and 9999");
        }
        return wireName.replace("NN", String.format("%02d", line));
    }

    /**
     * Returns the type of the key's value.
     *
     * @return the type, not null
     */
    public ValueType type() {
        return type;
    }

    /**
     * Returns the names a {@link ValueType#CODE} value may take.
     *
     * @return the names, empty for other types, not null
     */
    public List<String> codes() {
        return codes;
    }

    /**
     * Tells whether the key is one of the numbered invoice-line keys.
     *
     * @return true for {@link #LINE_DESCRIPTION}, {@link #LINE_AMOUNT}, {@link #LINE_RULE}
     */
    public boolean indexed() {
        return wireName.contains("NN");
    }

    /**
     * Finds the key of a wire name that is not indexed.
     *
     * @param wireName  the name, not null
     * @return the key, empty if no key has that name
     */
    public static Optional<PayloadKey> ofWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName)).filter(k -> !k.indexed());
    }
}
