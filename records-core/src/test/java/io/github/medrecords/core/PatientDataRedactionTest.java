package io.github.medrecords.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.Expiration;
import io.github.medrecords.core.intake.AcceptedSubmission;
import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.party.PhoneNumber;
import io.github.medrecords.core.party.PostalAddress;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DateRange;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.Directive;
import io.github.medrecords.core.request.DocumentKind;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.request.ProviderRecipient;
import io.github.medrecords.core.request.Purpose;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.RepresentativeKind;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.request.Signature;
import io.github.medrecords.core.request.SupportingDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every public type that can hold protected health information keeps it out of {@code toString()},
 * where it would otherwise reach log lines and exception messages.
 */
class PatientDataRedactionTest {

    private static final List<String> PHI = List.of("Maria", "Kowalski", "1971", "03-14", "maria.k", "example.com",
            "203", "0199", "Elm", "Hartford", "06103", "MRN-4471", "knee", "Ana", "Shoreline", "1234567893",
            "2026-09", "Advocates", "disability", "Whitfield");

    @Test
    void noPublicTypeHoldingPatientDataPrintsIt() {
        PersonName name = PersonName.of("Maria", "Kowalski");
        EmailAddress email = EmailAddress.parse("maria.k@example.com");
        PhoneNumber phone = PhoneNumber.parse("(203) 555-0199");
        PostalAddress address = PostalAddress.of("12 Elm Street", "Apt 3", "Hartford", UsState.CT, "06103");
        ContactDetails contact = new ContactDetails(email, phone, address);
        PatientIdentity patient = PatientIdentity.of(name, LocalDate.of(1971, 3, 14), "MRN-4471", contact);
        Requester parent = Requester.personalRepresentative(RepresentativeKind.PARENT_OF_MINOR, "Ana Kowalski",
                contact);
        ProviderRecipient provider = ProviderRecipient.of("Shoreline Physical Therapy", "1234567893", address, phone);
        DateRange dates = DateRange.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
        RecordSelection selection = RecordSelection.of(RecordType.OTHER_DOCUMENTS, "knee surgery notes", dates, 2);
        Purpose purpose = Purpose.of(PurposeKind.OTHER, "disability paperwork for Maria");
        Signature signature = Signature.of("Maria Kowalski", LocalDate.of(2026, 9, 2));
        Directive directive = Directive.of(signature, "Disability Advocates");
        RecordsRequest request = RecordsRequest.builder(PracticeId.of("ct-orthopaedics"))
                .requester(parent)
                .legalBasis(LegalBasis.THIRD_PARTY_DIRECTIVE)
                .directive(directive)
                .purpose(purpose)
                .document(SupportingDocument.of(DocumentKind.PROOF_OF_PARENTHOOD, "doc-1"))
                .patient(patient)
                .selection(selection)
                .delivery(Delivery.directToProvider(provider))
                .build();
        Authorization authorization = Authorization.builder().informationDescription("knee MRI for Maria")
                .recipient("Whitfield & Ames").signature("Maria Kowalski", LocalDate.of(2026, 9, 2))
                .expiration(Expiration.onEvent("Maria's lawsuit ends")).coveredDates(dates).build();
        AcceptedSubmission accepted = new AcceptedSubmission(request, Optional.of(authorization), Optional.of("k-1"));

        List<Object> holders = List.of(name, email, phone, address, contact, patient, parent, provider, dates,
                selection, purpose, signature, directive, request, authorization, authorization.expiration().get(),
                Delivery.secureLink(email), Delivery.cdByMail(address), Delivery.paperByMail(address),
                Delivery.fax(phone), Delivery.directToProvider(provider), accepted);
        for (Object holder : holders) {
            assertThat(holder.toString()).as(holder.getClass().getSimpleName()).doesNotContain(PHI);
        }
    }
}
