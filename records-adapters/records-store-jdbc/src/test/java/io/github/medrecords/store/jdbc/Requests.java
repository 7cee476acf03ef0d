package io.github.medrecords.store.jdbc;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.Expiration;
import io.github.medrecords.core.authorization.IdentityVerification;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.party.PhoneNumber;
import io.github.medrecords.core.party.PostalAddress;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DateRange;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.DocumentKind;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.RepresentativeKind;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.request.SupportingDocument;
import io.github.medrecords.core.request.ThirdPartyKind;
import io.github.medrecords.core.timeframe.DeadlineCalculator;
import io.github.medrecords.core.timeframe.DeadlineQuery;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.timeframe.Extension;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.core.workflow.Transition;
import io.github.medrecords.core.workflow.Waiver;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests of the seed practice at each point of the workflow, built through the aggregate's own
 * commands, and change sets that save them.
 */
final class Requests {

    static final PracticeProfile PRACTICE = ExamplePractices.connecticutOrthopaedics();
    static final PracticeId OTHER_PRACTICE = PracticeId.of("other-practice");
    static final ZonedDateTime RECEIVED = ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, PRACTICE.zone());
    static final FeeCalculator FEES = FeeCalculator.standard();
    static final Actor STAFF = Actor.staff("clerk-7");
    static final Actor PATIENT = Actor.requester("portal-user-1");
    static final PostalAddress ADDRESS = PostalAddress.of("12 Elm Street", "Apt 4", "Hartford", UsState.CT,
            "06103-1234");
    static final PatientIdentity MARIA = patient("Maria", "Kowalski");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Requests() {
    }

    static PatientIdentity patient(String given, String family) {
        return PatientIdentity.of(PersonName.of(given, family), LocalDate.of(1971, 3, 14), "MRN-1",
                new ContactDetails(EmailAddress.parse("maria.k@example.com"), PhoneNumber.parse("(860) 555-0142"),
                        ADDRESS));
    }

    static RecordsRequest patientRequest(PatientIdentity patient, Delivery delivery, RecordType... types) {
        RecordsRequest.Builder b = RecordsRequest.builder(PRACTICE.id()).requester(Requester.patient())
                .legalBasis(LegalBasis.INDIVIDUAL_ACCESS).purpose(Purpose.of(PurposeKind.AT_REQUEST_OF_INDIVIDUAL))
                .patient(patient).delivery(delivery);
        for (RecordType t : types) {
            b.selection(RecordSelection.of(t, null, DateRange.of(LocalDate.of(2024, 1, 1), null), 2));
        }
        return b.build();
    }

    static RecordsRequest imagesOnCd() {
        return patientRequest(MARIA, Delivery.cdByMail(ADDRESS), RecordType.MRI_IMAGES);
    }

    static RecordsRequest attorney() {
        return RecordsRequest.builder(PRACTICE.id())
                .requester(Requester.thirdParty(ThirdPartyKind.ATTORNEY, "Dana Whitfield", "Whitfield & Ames LLP",
                        new ContactDetails(EmailAddress.parse("records@whitfield-ames.example"), null, null)))
                .legalBasis(LegalBasis.AUTHORIZATION).purpose(Purpose.of(PurposeKind.LEGAL)).patient(MARIA)
                .selection(RecordSelection.of(RecordType.MRI_REPORT)).delivery(Delivery.paperByMail(ADDRESS))
                .build();
    }

    static RecordsRequest subpoena() {
        return RecordsRequest.builder(PRACTICE.id())
                .requester(Requester.thirdParty(ThirdPartyKind.GOVERNMENT_AGENCY, "Clerk", "Superior Court",
                        ContactDetails.none()))
                .legalBasis(LegalBasis.COURT_ORDER_OR_SUBPOENA).purpose(Purpose.of(PurposeKind.LEGAL))
                .document(SupportingDocument.of(DocumentKind.SUBPOENA, "doc-77")).patient(MARIA)
                .selection(RecordSelection.of(RecordType.MRI_REPORT)).delivery(Delivery.paperByMail(ADDRESS))
                .build();
    }

    static RecordsRequest representative() {
        return RecordsRequest.builder(PRACTICE.id())
                .requester(Requester.personalRepresentative(RepresentativeKind.HEALTH_CARE_AGENT, "Lena Kowalski",
                        new ContactDetails(null, PhoneNumber.parse("860-555-0100"), null)))
                .legalBasis(LegalBasis.INDIVIDUAL_ACCESS)
                .purpose(Purpose.of(PurposeKind.OTHER, "Second opinion"))
                .document(SupportingDocument.of(DocumentKind.HEALTH_CARE_POWER_OF_ATTORNEY, "poa-2026-17"))
                .patient(MARIA)
                .selection(RecordSelection.of(RecordType.OTHER_DOCUMENTS, "Physio notes", DateRange.all(), 1))
                .selection(RecordSelection.of(RecordType.of("DENTAL_XRAY", "Dental X-rays", true)))
                .delivery(Delivery.secureLink(EmailAddress.parse("lena@example.org")))
                .build();
    }

    static Authorization authorization(String recipient) {
        return Authorization.builder().informationDescription("MRI report").covers(RecordType.MRI_REPORT)
                .disclosingParty(PRACTICE.name()).recipient(recipient).purpose(PurposeKind.LEGAL)
                .expiration(Expiration.onDate(RECEIVED.toLocalDate().plusMonths(6)))
                .signature("Maria Kowalski", RECEIVED.toLocalDate().minusDays(2)).statements(true, true, true)
                .build();
    }

    static Optional<DueDate> dueDate(RecordsRequest request, LocalDate on) {
        return DeadlineCalculator.of(DeadlineRules.defaults(), PRACTICE.businessCalendar())
                .dueDate(DeadlineQuery.forRequest(request, on, PRACTICE.jurisdictions()));
    }

    static Transition submit(RecordsRequest request, Optional<Authorization> authorization, String key,
            ZonedDateTime received) {
        LocalDate on = received.toLocalDate();
        int n = SEQUENCE.incrementAndGet();
        return RequestCase.submit(RequestId.random(), RequestNumber.of(2026, n), request, received.toInstant(),
                Optional.ofNullable(key), authorization, request.legalBasis().requiresAuthorization(),
                FEES.estimate(PRACTICE.priceList(), request, on, PRACTICE.jurisdictions()), dueDate(request, on),
                Optional.empty(), PATIENT, PRACTICE.zone());
    }

    static Transition submit(RecordsRequest request) {
        return submit(request, Optional.empty(), "key-" + SEQUENCE.get() + "-" + System.nanoTime(), RECEIVED);
    }

    static Quote quote(RequestCase c, List<SelectionFulfilment> fulfilment) {
        return FEES.quote(PRACTICE.priceList(), c.request(), RequestCase.totals(fulfilment), RECEIVED.toLocalDate(),
                PRACTICE.jurisdictions());
    }

    static Instant at(int days) {
        return RECEIVED.plusDays(days).toInstant();
    }

    static ChangeSet changeOf(Transition t) {
        return ChangeSet.of(t, List.of(message(t.after(), EventType.SUBMITTED)));
    }

    static OutboxMessage message(RequestCase c, EventType event) {
        return OutboxMessage.pending(c.number() + ":" + event + ":" + c.history().size(), c.practiceId(), c.number(),
                event, Channel.EMAIL, "maria.k@example.com", Map.of("status", c.status().name(), "number",
                        c.number().value()), c.history().get(c.history().size() - 1).at());
    }

    /**
     * Every transition of a request from submission to release under an authorization, with an
     * identity check, an invoice, an overpayment, a recount, a refund and a deviated delivery.
     */
    static List<Transition> fullLifecycle() {
        Transition submitted = submit(subpoena(), Optional.empty(), "life-" + System.nanoTime(), RECEIVED);
        RequestCase c = submitted.after().withVersion(1);
        Transition attached = c.attachAuthorization(authorization("Superior Court"), STAFF,
                RECEIVED.plusDays(1));
        c = attached.after().withVersion(2);
        Transition verified = c.verifyIdentity(IdentityVerification.of("clerk-7", VerificationMethod.PHOTO_ID_COPY,
                at(1)), STAFF);
        c = verified.after().withVersion(3);
        List<SelectionFulfilment> pages = List.of(SelectionFulfilment.ofPages(0, 300, RecordKeeping.PAPER));
        Transition fulfilled = c.recordFulfilment(pages, quote(c, pages), STAFF, at(2));
        c = fulfilled.after().withVersion(4);
        Transition invoiced = c.issueInvoice(STAFF, at(2));
        c = invoiced.after().withVersion(5);
        Money billed = c.invoice().orElseThrow().amount();
        Transition paid = c.recordPayment(c.invoice().orElseThrow().number(), billed, PaymentMethod.CHECK, "chk-1001",
                STAFF, at(3));
        c = paid.after().withVersion(6);
        List<SelectionFulfilment> fewer = List.of(SelectionFulfilment.ofPages(0, 1, RecordKeeping.PAPER));
        Transition recounted = c.recordFulfilment(fewer, quote(c, fewer), STAFF, at(3));
        c = recounted.after().withVersion(7);
        Transition refunded = c.refund("r-1", STAFF, at(4));
        c = refunded.after().withVersion(8);
        Transition released = c.release(DeliveryMethod.PAPER_BY_MAIL, Optional.of("Printer at the branch office"),
                PRACTICE.name(), STAFF, RECEIVED.plusDays(5));
        return List.of(submitted, attached, verified, fulfilled, invoiced, paid, recounted, refunded, released);
    }

    /**
     * A snapshot with every optional part present, including an extended due date and a waiver,
     * whatever the workflow would allow together.
     */
    static RequestCase.Snapshot kitchenSink() {
        List<Transition> life = fullLifecycle();
        RequestCase.Snapshot s = life.get(life.size() - 1).after().snapshot();
        Authorization auth = authorization("Whitfield & Ames LLP").toBuilder()
                .signedByRepresentative("Health care agent under a power of attorney").compound(true)
                .conditioned(true).knownFalse(true).revokedAt(at(9)).expirationEventOccurredAt(at(10))
                .coveredDates(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)))
                .covers(RecordType.of("DENTAL_XRAY", "Dental X-rays", true)).recipient("Acme Insurance")
                .purpose(PurposeKind.INSURANCE).build();
        DueDate due = dueDate(representative(), RECEIVED.toLocalDate()).orElseThrow();
        DueDate extended = due.withExtension(Extension.of(RECEIVED.toLocalDate().plusDays(5),
                due.legalDate().plusDays(10), "Records are archived off site"));
        RequestCase.Snapshot.Filing f = s.filing();
        return new RequestCase.Snapshot(new RequestCase.Snapshot.Filing(f.id(), f.number(), f.practiceId(),
                representative(), f.receivedAt(), f.idempotencyKey(), f.patientKey(),
                Optional.of(RequestNumber.of(2025, 7))),
                new RequestCase.Snapshot.Progress(s.status(), true, 3, true, Optional.of(auth), s.identity(),
                        Optional.of(extended), s.alertsRaised()),
                new RequestCase.Snapshot.Fees(s.estimate(), s.fulfilment(), s.quote(), s.invoice(), s.payments(),
                        Optional.of(new Waiver("Hardship", STAFF, at(4))), s.refunds()),
                s.outcome(), s.history(), s.version());
    }
}
