package io.github.medrecords.core.workflow;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.Expiration;
import io.github.medrecords.core.authorization.IdentityVerification;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.party.PostalAddress;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.DocumentKind;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.request.ProviderRecipient;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.request.SupportingDocument;
import io.github.medrecords.core.request.ThirdPartyKind;
import io.github.medrecords.core.timeframe.DeadlineCalculator;
import io.github.medrecords.core.timeframe.DeadlineQuery;
import io.github.medrecords.core.timeframe.DeadlineRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Requests of the seed practice at each point of the workflow, for the aggregate's tests.
 */
final class Cases {

    // The seed practice with its cost basis recorded: its invoices are not refused for a missing one (#13).
    static final PracticeProfile PRACTICE = ExamplePractices.connecticutOrthopaedicsWithCostBasis();
    static final ZoneId ZONE = PRACTICE.zone();
    static final ZonedDateTime RECEIVED = ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ZONE);
    static final FeeCalculator FEES = FeeCalculator.standard();
    static final Actor STAFF = Actor.staff("clerk-7");
    static final Actor PATIENT = Actor.requester("portal-user-1");
    static final PostalAddress ADDRESS = PostalAddress.of("12 Elm Street", null, "Hartford", UsState.CT, "06103");
    static final PatientIdentity MARIA = PatientIdentity.of(PersonName.of("Maria", "Kowalski"),
            LocalDate.of(1971, 3, 14), null, new ContactDetails(EmailAddress.parse("maria.k@example.com"), null,
                    ADDRESS));

    private Cases() {
    }

    static RecordsRequest.Builder patientRequest(Delivery delivery, RecordType... types) {
        RecordsRequest.Builder b = RecordsRequest.builder(PRACTICE.id()).requester(Requester.patient())
                .legalBasis(LegalBasis.INDIVIDUAL_ACCESS).purpose(Purpose.of(PurposeKind.AT_REQUEST_OF_INDIVIDUAL))
                .patient(MARIA).delivery(delivery);
        for (RecordType t : types) {
            b.selection(RecordSelection.of(t));
        }
        return b;
    }

    static RecordsRequest imagesOnCd() {
        return patientRequest(Delivery.cdByMail(ADDRESS), RecordType.MRI_IMAGES).build();
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

    static RecordsRequest continuingCare() {
        ProviderRecipient provider = ProviderRecipient.of("Shoreline Physical Therapy", null, ADDRESS, null);
        return RecordsRequest.builder(PRACTICE.id())
                .requester(Requester.provider("Dr. Hart", "Shoreline Physical Therapy", ContactDetails.none()))
                .legalBasis(LegalBasis.TREATMENT).purpose(Purpose.of(PurposeKind.CONTINUING_CARE)).patient(MARIA)
                .selection(RecordSelection.of(RecordType.MRI_IMAGES)).delivery(Delivery.directToProvider(provider))
                .build();
    }

    static Authorization authorization(LocalDate expires, String recipient) {
        return Authorization.builder().informationDescription("MRI report").covers(RecordType.MRI_REPORT)
                .disclosingParty(PRACTICE.name()).recipient(recipient).purpose(PurposeKind.LEGAL)
                .expiration(Expiration.onDate(expires)).signature("Maria Kowalski", RECEIVED.toLocalDate().minusDays(2))
                .statements(true, true, true).build();
    }

    static Authorization validAuthorization() {
        return authorization(RECEIVED.toLocalDate().plusMonths(6), "Whitfield & Ames LLP");
    }

    static RequestCase submitted(RecordsRequest request, Optional<Authorization> authorization) {
        return submit(request, authorization, request.legalBasis().requiresAuthorization()).after().withVersion(1);
    }

    static Transition submit(RecordsRequest request, Optional<Authorization> authorization, boolean required) {
        LocalDate on = RECEIVED.toLocalDate();
        return RequestCase.submit(RequestId.random(), RequestNumber.of(2026, 42), request, RECEIVED.toInstant(),
                Optional.of("portal-key-1"), authorization, required,
                FEES.estimate(PRACTICE.priceList(), request, on, PRACTICE.jurisdictions()),
                DeadlineCalculator.of(DeadlineRules.defaults(), PRACTICE.businessCalendar())
                        .dueDate(DeadlineQuery.forRequest(request, on, PRACTICE.jurisdictions())),
                Optional.empty(), PATIENT, ZONE);
    }

    static RecordsRequest reportAndNotes() {
        return patientRequest(Delivery.paperByMail(ADDRESS), RecordType.MRI_REPORT, RecordType.CLINICAL_VISIT_SUMMARY)
                .build();
    }

    static RequestCase submittedUnder(RecordsRequest request, Set<UsState> jurisdictions) {
        LocalDate on = RECEIVED.toLocalDate();
        return RequestCase.submit(RequestId.random(), RequestNumber.of(2026, 43), request, RECEIVED.toInstant(),
                Optional.of("portal-key-2"), Optional.empty(), false,
                FEES.estimate(PRACTICE.priceList(), request, on, PRACTICE.jurisdictions()),
                DeadlineCalculator.of(DeadlineRules.defaults(), PRACTICE.businessCalendar())
                        .dueDate(DeadlineQuery.forRequest(request, on, jurisdictions)),
                Optional.empty(), PATIENT, ZONE).after().withVersion(1);
    }

    static Quote quote(RequestCase c, List<SelectionFulfilment> fulfilment) {
        return FEES.quote(PRACTICE.priceList(), c.request(), RequestCase.totals(fulfilment), RECEIVED.toLocalDate(),
                PRACTICE.jurisdictions());
    }

    static RequestCase fulfilled(RequestCase c, List<SelectionFulfilment> fulfilment) {
        return c.recordFulfilment(fulfilment, quote(c, fulfilment), STAFF, at(1)).after();
    }

    static List<SelectionFulfilment> oneCd() {
        return List.of(SelectionFulfilment.ofMedia(0, 1, RecordKeeping.ELECTRONIC));
    }

    static List<SelectionFulfilment> paperPages(int pages) {
        return List.of(SelectionFulfilment.ofPages(0, pages, RecordKeeping.PAPER));
    }

    static RequestCase verified(RequestCase c) {
        return c.verifyIdentity(IdentityVerification.of("clerk-7", VerificationMethod.PHOTO_ID_COPY, at(1)), STAFF)
                .after();
    }

    static Instant at(int days) {
        return RECEIVED.plusDays(days).toInstant();
    }

    static ZonedDateTime zonedAt(int days) {
        return RECEIVED.plusDays(days);
    }
}
