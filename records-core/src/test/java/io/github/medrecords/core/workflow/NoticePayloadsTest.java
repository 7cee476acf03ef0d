package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.ADDRESS;
import static io.github.medrecords.core.workflow.Cases.PATIENT;
import static io.github.medrecords.core.workflow.Cases.PRACTICE;
import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static io.github.medrecords.core.workflow.Cases.zonedAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.notification.NotificationPayload;
import io.github.medrecords.core.notification.PayloadKey;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.request.ThirdPartyKind;
import io.github.medrecords.core.service.RequesterView;
import io.github.medrecords.core.timeframe.Extension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Drives a real request to every event the requester can be told of, in English and in Spanish, and checks
 * what the standard policy puts in each message: a payload that keeps the contract, in the requester's
 * language, with no patient data beyond what the policy allows.
 */
class NoticePayloadsTest {

    private static final LicensedProfessional DR_LEE = LicensedProfessional.of("dr-lee", "Dr. Ana Lee",
            "MD, CT 041233");
    private static final LicensedProfessional DR_ROE = LicensedProfessional.of("dr-roe", "Dr. Sam Roe",
            "MD, CT 052311");
    /** What identifies the patient and must never travel unless the policy allows it. */
    private static final List<String> PATIENT_DATA = List.of("Kowalski", "Maria", "1971", "03-14", "maria.k@",
            "Elm Street", "06103", "MRN-5521");
    private static final PatientIdentity PATIENT_WITH_MRN = PatientIdentity.of(PersonName.of("Maria", "Kowalski"),
            LocalDate.of(1971, 3, 14), "MRN-5521", new ContactDetails(EmailAddress.parse("maria.k@example.com"),
                    null, ADDRESS));

    private static RecordsRequest.Builder patient(Language language, RecordType... types) {
        return Cases.patientRequest(Delivery.paperByMail(ADDRESS), types).patient(PATIENT_WITH_MRN)
                .language(language);
    }

    private static RequestCase submitted(RecordsRequest request) {
        return Cases.submitted(request, Optional.empty());
    }

    private static RecordsRequest attorney(Language language) {
        return RecordsRequest.builder(PRACTICE.id())
                .requester(Requester.thirdParty(ThirdPartyKind.ATTORNEY, "Dana Whitfield", "Whitfield & Ames LLP",
                        new ContactDetails(EmailAddress.parse("records@whitfield-ames.example"), null, null)))
                .legalBasis(LegalBasis.AUTHORIZATION).purpose(Purpose.of(PurposeKind.LEGAL)).patient(PATIENT_WITH_MRN)
                .selection(RecordSelection.of(RecordType.MRI_REPORT)).delivery(Delivery.paperByMail(ADDRESS))
                .language(language).build();
    }

    /** One transition raising each event the requester can be told of. */
    static Map<EventType, Transition> everyNotice(Language language) {
        Map<EventType, Transition> t = new EnumMap<>(EventType.class);
        RecordsRequest cd = Cases.patientRequest(Delivery.cdByMail(ADDRESS), RecordType.MRI_IMAGES)
                .patient(PATIENT_WITH_MRN).language(language).build();
        t.put(EventType.SUBMITTED, Cases.submit(cd, Optional.empty(), false));
        t.put(EventType.AUTHORIZATION_NEEDED, Cases.submit(attorney(language), Optional.empty(), true));
        RequestCase quoted = Cases.fulfilled(submitted(cd), Cases.oneCd());
        t.put(EventType.FEE_WAIVED, quoted.waiveFee("Financial hardship", STAFF, at(2)));
        t.put(EventType.INVOICE_ISSUED, quoted.issueInvoice(STAFF, at(2)));
        RequestCase invoiced = t.get(EventType.INVOICE_ISSUED).after();
        Invoice invoice = invoiced.invoice().orElseThrow();
        t.put(EventType.PAID, invoiced.recordPayment(invoice.number(), invoice.amount(), PaymentMethod.CARD, "ch_1",
                STAFF, at(3)));
        RequestCase paid = t.get(EventType.PAID).after();
        t.put(EventType.RELEASED, Cases.verified(paid).release(paid.request().delivery().method(), Optional.empty(),
                PRACTICE.name(), STAFF, zonedAt(4)));
        RequestCase paper = Cases.fulfilled(submitted(patient(language, RecordType.MRI_REPORT).build()),
                Cases.paperPages(8));
        RequestCase paperInvoiced = paper.issueInvoice(STAFF, at(2)).after();
        RequestCase paperPaid = paperInvoiced.recordPayment(paperInvoiced.invoice().orElseThrow().number(),
                paperInvoiced.invoice().orElseThrow().amount(), PaymentMethod.CHECK, "chk-1", STAFF, at(3)).after();
        t.put(EventType.REFUNDED, Cases.fulfilled(paperPaid, Cases.paperPages(2)).refund("r-1", STAFF, at(4)));
        RequestCase two = submitted(patient(language, RecordType.MRI_REPORT, RecordType.CLINICAL_VISIT_SUMMARY)
                .build());
        t.put(EventType.DENIED, two.deny(DenialGround.ENDANGERMENT, Set.of(0, 1), Optional.of(DR_LEE), STAFF, at(1)));
        t.put(EventType.PARTIALLY_DENIED, two.deny(DenialGround.LITIGATION_MATERIAL, Set.of(1), Optional.empty(),
                STAFF, at(1)));
        RequestCase denied = t.get(EventType.DENIED).after();
        t.put(EventType.DENIAL_UPHELD, denied.review(DR_ROE, Review.Outcome.UPHELD, STAFF, at(5)));
        t.put(EventType.DENIAL_REVERSED, denied.review(DR_ROE, Review.Outcome.REVERSED, STAFF, at(5)));
        RequestCase ct = Cases.submittedUnder(cd, Set.of(UsState.CT));
        LocalDate legal = ct.dueDate().orElseThrow().legalDate();
        t.put(EventType.EXTENDED, ct.extend(Extension.of(Cases.RECEIVED.toLocalDate().plusDays(20),
                legal.plusDays(30), "Your older films are stored off site"), STAFF, at(20)));
        t.put(EventType.NO_RECORDS_FOUND, ct.recordNoRecordsFound("Nothing before 2019", STAFF, at(3)));
        t.put(EventType.CANCELLED, ct.cancel("Got them elsewhere", PATIENT, at(3)));
        t.put(EventType.HANDED_OFF, ct.handOff("Acme ROI Services", "ACME-991", STAFF, at(1)));
        LocalDate target = ct.dueDate().orElseThrow().workingTarget();
        t.put(EventType.DUE_SOON, ct.raiseDeadlineAlerts(target.minusDays(5), 5, at(25)).orElseThrow());
        t.put(EventType.OVERDUE, t.get(EventType.DUE_SOON).after().raiseDeadlineAlerts(legal.plusDays(1), 5, at(31))
                .orElseThrow());
        RequestCase ready = Cases.fulfilled(Cases.verified(Cases.submitted(attorney(language),
                Optional.of(Cases.validAuthorization()))), Cases.paperPages(3));
        if (ready.status() == RequestStatus.QUOTED) {
            ready = ready.waiveFee("Courtesy", STAFF, at(2)).after();
        }
        t.put(EventType.AUTHORIZATION_WITHDRAWN, ready.withdrawAuthorization(STAFF, at(3)));
        return t;
    }

    private static List<OutboxMessage> messages(StandardNotificationPolicy policy, EventType event, Transition t) {
        List<OutboxMessage> out = new ArrayList<>();
        t.events().stream().filter(e -> e.type() == event)
                .forEach(e -> out.addAll(policy.messagesFor(e, t.after(), PRACTICE)));
        return out;
    }

    @Test
    void everyNoticeReachesTheRequesterInTheirLanguageWithAPayloadThatKeepsTheContract() {
        StandardNotificationPolicy policy = StandardNotificationPolicy.requesterOnly().withDeadlineNotices(true)
                .withWebhook("ehr");
        for (Language language : Language.supported()) {
            Map<EventType, Transition> notices = everyNotice(language);
            assertThat(notices.keySet()).isEqualTo(policy.requesterEvents());
            notices.forEach((event, t) -> {
                List<OutboxMessage> sent = messages(policy, event, t);
                assertThat(sent).as("%s in %s", event, language).extracting(OutboxMessage::channel)
                        .containsExactly(Channel.EMAIL, Channel.WEBHOOK);
                for (OutboxMessage m : sent) {
                    NotificationPayload p = NotificationPayload.read(m);
                    if (m.channel() == Channel.EMAIL) {
                        assertThat(p.language()).isEqualTo(language);
                        assertThat(p.required(PayloadKey.STATUS_WORDS))
                                .isEqualTo(t.after().status().plainWords(language));
                    } else {
                        assertThat(p.has(PayloadKey.LANGUAGE)).isFalse();
                    }
                }
            });
        }
    }

    @Test
    void noMessageCarriesPatientDataBeyondWhatThePolicyAllows() {
        StandardNotificationPolicy plain = StandardNotificationPolicy.requesterOnly().withDeadlineNotices(true)
                .withWebhook("ehr");
        StandardNotificationPolicy named = plain.withPatientName(true);
        for (Language language : Language.supported()) {
            everyNotice(language).forEach((event, t) -> {
                for (OutboxMessage m : messages(plain, event, t)) {
                    assertThat(m.payload().values()).as("%s by %s in %s", event, m.channel(), language)
                            .allSatisfy(v -> assertThat(v).doesNotContain(PATIENT_DATA));
                }
                for (OutboxMessage m : messages(named, event, t)) {
                    m.payload().forEach((k, v) -> {
                        if (!k.equals(PayloadKey.PATIENT_NAME.wireName())) {
                            assertThat(v).as("%s of %s", k, event).doesNotContain(PATIENT_DATA);
                        }
                    });
                    assertThat(m.payload().containsKey(PayloadKey.PATIENT_NAME.wireName()))
                            .isEqualTo(m.channel() != Channel.WEBHOOK);
                }
            });
        }
    }

    @Test
    void theDenialNoticeAndTheRequesterViewAreInSpanishForASpanishRequester() {
        Transition denied = everyNotice(Language.SPANISH).get(EventType.DENIED);
        DenialNotice notice = DenialNotice.of(denied.after(), PRACTICE.complaintContact());

        assertThat(notice.text()).startsWith("No podemos darle los expedientes que pidió en la solicitud 2026-000042: "
                + "Informe de resonancia magnética, Resumen de consultas médicas.")
                .contains("Por qué: Un profesional de la salud con licencia decidió",
                        "Usted tiene derecho a que revise esta decisión",
                        PRACTICE.complaintContact().nameOrTitle(), "Oficina de Derechos Civiles", "1-800-368-1019");
        RequesterView view = RequesterView.of(denied.after(), PRACTICE);
        assertThat(view.language()).isEqualTo(Language.SPANISH);
        assertThat(view.statusWords())
                .isEqualTo("No podemos darle los expedientes que pidió; su aviso explica por qué y qué puede hacer.");
        assertThat(view.nextStep()).isEqualTo("Puede pedir una revisión de la negación; su aviso de negación explica"
                + " cómo.");
        RequestCase invoiced = everyNotice(Language.SPANISH).get(EventType.INVOICE_ISSUED).after();
        assertThat(RequesterView.of(invoiced, PRACTICE).nextStep()).isEqualTo("Por favor, pague su factura de "
                + invoiced.amountDue() + ".");
        assertThat(invoiced.amountDue()).isNotEqualTo(Money.ZERO);
    }

    @Test
    void aRequesterWithoutEmailGetsALetterWithTheAddressAndNothingElseAboutThePatient() {
        PatientIdentity noEmail = PatientIdentity.of(PersonName.of("Maria", "Kowalski"), LocalDate.of(1971, 3, 14),
                "MRN-5521", new ContactDetails(null, null, ADDRESS));
        RecordsRequest request = Cases.patientRequest(Delivery.paperByMail(ADDRESS), RecordType.MRI_REPORT)
                .patient(noEmail).language(Language.SPANISH).build();
        Transition t = Cases.submit(request, Optional.empty(), false);

        List<OutboxMessage> sent = messages(StandardNotificationPolicy.requesterOnly(), EventType.SUBMITTED, t);

        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(Channel.LETTER);
            assertThat(m.payload()).containsEntry("mailingAddress", "12 Elm Street\nHartford, CT 06103")
                    .containsEntry("language", "es");
            m.payload().forEach((k, v) -> {
                if (!k.equals("mailingAddress")) {
                    assertThat(v).doesNotContain(PATIENT_DATA);
                }
            });
        });
    }
}
