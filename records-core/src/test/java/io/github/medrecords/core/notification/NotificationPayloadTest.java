package io.github.medrecords.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationPayloadTest {

    private static NotificationPayload.Builder common(EventType event) {
        return NotificationPayload.builder().put(PayloadKey.PRACTICE, "Seed Family Practice")
                .put(PayloadKey.REQUEST_NUMBER, "2026-000042").put(PayloadKey.EVENT, event)
                .put(PayloadKey.STATUS, RequestStatus.IN_PROCESS).put(PayloadKey.STATUS_WORDS, "We are preparing")
                .put(PayloadKey.AMOUNT_DUE, Money.ZERO);
    }

    @Test
    void readsTypedValuesBackFromWhatTheBuilderWrote() {
        NotificationPayload p = common(EventType.EXTENDED).language(Language.SPANISH)
                .put(PayloadKey.EXTENSION_GIVEN_ON, LocalDate.of(2026, 3, 20))
                .put(PayloadKey.EXTENSION_NEW_DATE, LocalDate.of(2026, 4, 30))
                .put(PayloadKey.EXTENSION_REASON, "Archived records")
                .put(PayloadKey.LEGAL_DATE, LocalDate.of(2026, 4, 30))
                .put(PayloadKey.BINDING_DATE_MOVED, true).build(EventType.EXTENDED, Channel.EMAIL);

        NotificationPayload again = NotificationPayload.read(EventType.EXTENDED, Channel.EMAIL, p.asMap());

        assertThat(again).isEqualTo(p);
        assertThat(again.language()).isEqualTo(Language.SPANISH);
        assertThat(again.date(PayloadKey.EXTENSION_NEW_DATE)).contains(LocalDate.of(2026, 4, 30));
        assertThat(again.flag(PayloadKey.BINDING_DATE_MOVED)).isTrue();
        assertThat(again.amount(PayloadKey.AMOUNT_DUE)).contains(Money.ZERO);
        assertThat(again.asMap()).containsEntry("extensionNewDate", "2026-04-30").containsEntry("amountDue", "0.00");
    }

    @Test
    void listsEveryMissingKeyAndWrongTypeNamingKeysButNeverValues() {
        Map<String, String> p = new LinkedHashMap<>(common(EventType.PAID).language(Language.ENGLISH)
                .put(PayloadKey.AMOUNT, Money.parse("31.50")).build(EventType.PAID, Channel.EMAIL).asMap());
        p.remove("amount");
        p.put("amountDue", "Jane Doe owes 31.5");
        p.put("language", "tlh");
        p.put("diagnosis", "Something private");

        assertThatExceptionOfType(InvalidPayloadException.class)
                .isThrownBy(() -> NotificationPayload.read(EventType.PAID, Channel.EMAIL, p))
                .satisfies(e -> {
                    assertThat(e.problems()).containsExactlyInAnyOrder("key amount is missing",
                            "key amountDue is not an amount with two decimals",
                            "key language is not a supported language",
                            "key diagnosis is not in the notification contract");
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).startsWith("Invalid payload for PAID by EMAIL: ")
                            .doesNotContain("Jane", "31.5", "tlh", "Something private");
                });
    }

    @Test
    void refusesAKeyThatBelongsToAnotherEventOrChannel() {
        Map<String, String> p = new LinkedHashMap<>(common(EventType.SUBMITTED)
                .build(EventType.SUBMITTED, Channel.WEBHOOK).asMap());
        p.put("patientName", "Jane Doe");
        p.put("extensionReason", "x");

        assertThat(NotificationPayload.problems(EventType.SUBMITTED, Channel.WEBHOOK, p)).containsExactlyInAnyOrder(
                "key extensionReason does not belong to SUBMITTED by WEBHOOK",
                "key patientName does not belong to SUBMITTED by WEBHOOK");
    }

    @Test
    void holdsADenialToTheContentR121Prescribes() {
        NotificationPayload.Builder b = common(EventType.DENIED).language(Language.ENGLISH)
                .put(PayloadKey.DENIAL_GROUND, DenialGround.ENDANGERMENT).put(PayloadKey.DENIAL_RULE, "R1.18")
                .put(PayloadKey.DENIAL_BASIS, "basis").put(PayloadKey.DENIAL_WHOLE, true)
                .put(PayloadKey.WITHHELD, "Lab results").put(PayloadKey.REVIEWABLE, true)
                .put(PayloadKey.COMPLAINT_CONTACT, "Privacy Officer").put(PayloadKey.COMPLAINT_PHONE, "(860) 555-0100")
                .put(PayloadKey.PRACTICE_COMPLAINT, "complain").put(PayloadKey.SECRETARY_COMPLAINT, "hhs")
                .put(PayloadKey.NOTICE_TEXT, "text");

        assertThatExceptionOfType(InvalidPayloadException.class).isThrownBy(() -> b.build(EventType.DENIED,
                Channel.LETTER)).satisfies(e -> assertThat(e.problems()).containsExactly(
                        "key reviewRights must be present exactly when reviewable is true (R1.21)"));
        assertThat(b.put(PayloadKey.REVIEW_RIGHTS, "review").build(EventType.DENIED, Channel.LETTER)
                .has(PayloadKey.REVIEW_RIGHTS)).isTrue();
    }

    @Test
    void numbersInvoiceLinesAndReadsThemInOrder() {
        NotificationPayload p = common(EventType.INVOICE_ISSUED).language(Language.ENGLISH)
                .put(PayloadKey.INVOICE_NUMBER, "INV-7").put(PayloadKey.QUOTE_TOTAL, Money.parse("16.50"))
                .line(10, "Postage", Money.parse("1.50"), "PRICE-POSTAGE")
                .line(2, "Search fee", Money.parse("15.00"), "NY-PHL-18")
                .build(EventType.INVOICE_ISSUED, Channel.EMAIL);

        assertThat(p.asMap()).containsKeys("line.02.description", "line.10.amount");
        assertThat(p.lines()).extracting(NotificationPayload.Line::description).containsExactly("Search fee",
                "Postage");
    }

    @Test
    void theBuilderRefusesAValueOfTheWrongType() {
        assertThatIllegalArgumentException().isThrownBy(() -> NotificationPayload.builder()
                .put(PayloadKey.AMOUNT_DUE, "12.50")).withMessageContaining("amountDue");
        assertThatIllegalArgumentException().isThrownBy(() -> NotificationPayload.builder()
                .put(PayloadKey.STATUS, EventType.PAID)).withMessageContaining("status");
    }

    @Test
    void everyKeyHasAUniqueWireNameAndEveryEventAKnownSchema() {
        assertThat(PayloadKey.values()).extracting(PayloadKey::wireName).doesNotHaveDuplicates();
        for (EventType event : EventType.values()) {
            for (Channel channel : Channel.values()) {
                assertThat(PayloadSchema.required(event, channel)).contains(PayloadKey.REQUEST_NUMBER)
                        .allSatisfy(k -> assertThat(PayloadSchema.optional(event, channel)).doesNotContain(k));
            }
        }
    }
}
