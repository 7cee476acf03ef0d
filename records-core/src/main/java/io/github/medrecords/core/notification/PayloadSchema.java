package io.github.medrecords.core.notification;

import static io.github.medrecords.core.notification.PayloadKey.AMOUNT;
import static io.github.medrecords.core.notification.PayloadKey.AMOUNT_DUE;
import static io.github.medrecords.core.notification.PayloadKey.BINDING_DATE_MOVED;
import static io.github.medrecords.core.notification.PayloadKey.COMPANY;
import static io.github.medrecords.core.notification.PayloadKey.COMPANY_REFERENCE;
import static io.github.medrecords.core.notification.PayloadKey.COMPLAINT_CONTACT;
import static io.github.medrecords.core.notification.PayloadKey.COMPLAINT_PHONE;
import static io.github.medrecords.core.notification.PayloadKey.DENIAL_BASIS;
import static io.github.medrecords.core.notification.PayloadKey.DENIAL_GROUND;
import static io.github.medrecords.core.notification.PayloadKey.DENIAL_RULE;
import static io.github.medrecords.core.notification.PayloadKey.DENIAL_WHOLE;
import static io.github.medrecords.core.notification.PayloadKey.EVENT;
import static io.github.medrecords.core.notification.PayloadKey.EXTENSION_GIVEN_ON;
import static io.github.medrecords.core.notification.PayloadKey.EXTENSION_LIMITED_BY;
import static io.github.medrecords.core.notification.PayloadKey.EXTENSION_NEW_DATE;
import static io.github.medrecords.core.notification.PayloadKey.EXTENSION_REASON;
import static io.github.medrecords.core.notification.PayloadKey.INVOICE_NUMBER;
import static io.github.medrecords.core.notification.PayloadKey.LANGUAGE;
import static io.github.medrecords.core.notification.PayloadKey.LEGAL_DATE;
import static io.github.medrecords.core.notification.PayloadKey.LINE_AMOUNT;
import static io.github.medrecords.core.notification.PayloadKey.LINE_DESCRIPTION;
import static io.github.medrecords.core.notification.PayloadKey.LINE_RULE;
import static io.github.medrecords.core.notification.PayloadKey.MAILING_ADDRESS;
import static io.github.medrecords.core.notification.PayloadKey.NOTICE_TEXT;
import static io.github.medrecords.core.notification.PayloadKey.PATIENT_NAME;
import static io.github.medrecords.core.notification.PayloadKey.PRACTICE;
import static io.github.medrecords.core.notification.PayloadKey.PRACTICE_COMPLAINT;
import static io.github.medrecords.core.notification.PayloadKey.QUOTE_TOTAL;
import static io.github.medrecords.core.notification.PayloadKey.REQUEST_NUMBER;
import static io.github.medrecords.core.notification.PayloadKey.REST_RELEASED;
import static io.github.medrecords.core.notification.PayloadKey.REVIEWABLE;
import static io.github.medrecords.core.notification.PayloadKey.REVIEWER_LICENCE;
import static io.github.medrecords.core.notification.PayloadKey.REVIEWER_NAME;
import static io.github.medrecords.core.notification.PayloadKey.REVIEW_OUTCOME;
import static io.github.medrecords.core.notification.PayloadKey.REVIEW_RIGHTS;
import static io.github.medrecords.core.notification.PayloadKey.SECRETARY_COMPLAINT;
import static io.github.medrecords.core.notification.PayloadKey.STATUS;
import static io.github.medrecords.core.notification.PayloadKey.STATUS_WORDS;
import static io.github.medrecords.core.notification.PayloadKey.TARGET_DATE;
import static io.github.medrecords.core.notification.PayloadKey.WITHHELD;

import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.workflow.EventType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which {@link PayloadKey}s a message carries, per event and channel: the keys it must carry and the
 * ones it may. The {@link StandardNotificationPolicy} writes exactly this; {@link NotificationPayload#read}
 * checks a stored payload against it before a sender uses it; the webhook's documented JSON schema and
 * the templates' tests are derived from it.
 *
 * <p>Every message carries {@link PayloadKey#PRACTICE}, {@link PayloadKey#REQUEST_NUMBER},
 * {@link PayloadKey#EVENT}, {@link PayloadKey#STATUS}, {@link PayloadKey#STATUS_WORDS} and
 * {@link PayloadKey#AMOUNT_DUE}. A message to the requester (email or letter) adds the
 * {@link PayloadKey#LANGUAGE} and what its notice needs: a denial its R1.21 content, an extension its R1.9
 * statement, and so on. A webhook message adds only facts without patient data. Stateless.
 */
public final class PayloadSchema {

    /** The version of the webhook body the schema describes; it grows when a key is added or changed. */
    public static final int WEBHOOK_VERSION = 1;

    private static final Set<PayloadKey> COMMON = EnumSet.of(PRACTICE, REQUEST_NUMBER, EVENT, STATUS, STATUS_WORDS,
            AMOUNT_DUE);
    private static final Set<PayloadKey> DENIAL = EnumSet.of(DENIAL_GROUND, DENIAL_RULE, DENIAL_BASIS, DENIAL_WHOLE,
            WITHHELD, REVIEWABLE, COMPLAINT_CONTACT, COMPLAINT_PHONE, PRACTICE_COMPLAINT, SECRETARY_COMPLAINT,
            NOTICE_TEXT);
    private static final Set<EventType> REQUESTER_EVENTS;

    static {
        Set<EventType> told = EnumSet.noneOf(EventType.class);
        Arrays.stream(EventType.values()).filter(EventType::toldToRequester).forEach(told::add);
        told.add(EventType.DUE_SOON);
        told.add(EventType.OVERDUE);
        REQUESTER_EVENTS = Set.copyOf(told);
    }

    private PayloadSchema() {
    }

    /**
     * Returns the events a requester can be told of: those {@link EventType#toldToRequester()} and the
     * deadline notices ({@link EventType#DUE_SOON}, {@link EventType#OVERDUE}) a practice may choose to send.
     * Each has a requester template in every supported language.
     *
     * @return the events, unmodifiable, not null
     */
    public static Set<EventType> requesterEvents() {
        return REQUESTER_EVENTS;
    }

    /**
     * Returns the keys a message must carry.
     *
     * @param event  the event, not null
     * @param channel  the channel, not null
     * @return the keys, a new set, not null
     */
    public static Set<PayloadKey> required(EventType event, Channel channel) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(channel, "channel");
        Set<PayloadKey> keys = EnumSet.copyOf(COMMON);
        if (event == EventType.PAID || event == EventType.REFUNDED) {
            keys.add(AMOUNT);
        }
        if (channel == Channel.WEBHOOK) {
            switch (event) {
                case DENIED, PARTIALLY_DENIED -> keys.addAll(EnumSet.of(DENIAL_GROUND, DENIAL_WHOLE, REVIEWABLE));
                case DENIAL_UPHELD -> keys.addAll(EnumSet.of(DENIAL_GROUND, DENIAL_WHOLE, REVIEWABLE,
                        REVIEW_OUTCOME));
                case DENIAL_REVERSED -> keys.add(REVIEW_OUTCOME);
                case EXTENDED -> keys.addAll(EnumSet.of(EXTENSION_NEW_DATE, LEGAL_DATE, BINDING_DATE_MOVED));
                default -> {
                    // The common keys say all a webhook needs.
                }
            }
            return keys;
        }
        keys.add(LANGUAGE);
        switch (event) {
            case INVOICE_ISSUED -> keys.addAll(EnumSet.of(INVOICE_NUMBER, QUOTE_TOTAL));
            case DENIED, PARTIALLY_DENIED -> keys.addAll(DENIAL);
            case DENIAL_UPHELD -> {
                keys.addAll(DENIAL);
                keys.add(REVIEW_OUTCOME);
            }
            case DENIAL_REVERSED -> keys.add(REVIEW_OUTCOME);
            case EXTENDED -> keys.addAll(EnumSet.of(EXTENSION_GIVEN_ON, EXTENSION_NEW_DATE, EXTENSION_REASON,
                    LEGAL_DATE, BINDING_DATE_MOVED));
            case HANDED_OFF -> keys.add(COMPANY);
            case DUE_SOON -> keys.add(TARGET_DATE);
            case OVERDUE -> keys.addAll(EnumSet.of(LEGAL_DATE, COMPLAINT_CONTACT, COMPLAINT_PHONE));
            default -> {
                // The common keys and the language say all there is.
            }
        }
        return keys;
    }

    /**
     * Returns the keys a message may carry beyond the required ones.
     *
     * @param event  the event, not null
     * @param channel  the channel, not null
     * @return the keys, a new set, not null
     */
    public static Set<PayloadKey> optional(EventType event, Channel channel) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(channel, "channel");
        Set<PayloadKey> keys = EnumSet.of(AMOUNT);
        if (channel == Channel.WEBHOOK) {
            if (event == EventType.HANDED_OFF) {
                keys.add(COMPANY);
            }
            if (event == EventType.EXTENDED) {
                keys.add(EXTENSION_LIMITED_BY);
            }
        } else {
            keys.add(PATIENT_NAME);
            if (channel == Channel.LETTER) {
                keys.add(MAILING_ADDRESS);
            }
            switch (event) {
                case INVOICE_ISSUED -> keys.addAll(EnumSet.of(LINE_DESCRIPTION, LINE_AMOUNT, LINE_RULE));
                case DENIED, PARTIALLY_DENIED -> keys.addAll(EnumSet.of(REVIEW_RIGHTS, REST_RELEASED));
                case DENIAL_UPHELD -> keys.addAll(EnumSet.of(REVIEW_RIGHTS, REST_RELEASED, REVIEWER_NAME,
                        REVIEWER_LICENCE));
                case DENIAL_REVERSED -> keys.addAll(EnumSet.of(REVIEWER_NAME, REVIEWER_LICENCE));
                case EXTENDED -> keys.add(EXTENSION_LIMITED_BY);
                case HANDED_OFF -> keys.add(COMPANY_REFERENCE);
                default -> {
                    // Nothing more.
                }
            }
        }
        keys.removeAll(required(event, channel));
        return keys;
    }
}
