package io.github.medrecords.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.party.ContactDetails;
import io.github.medrecords.core.party.EmailAddress;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.party.PracticeId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordsRequestTest {

    private static final PracticeId PRACTICE = PracticeId.of("ct-orthopaedics");

    static RecordsRequest.Builder patientRequest() {
        return RecordsRequest.builder(PRACTICE)
                .requester(Requester.patient())
                .legalBasis(LegalBasis.INDIVIDUAL_ACCESS)
                .purpose(Purpose.of(PurposeKind.AT_REQUEST_OF_INDIVIDUAL))
                .patient(PatientIdentity.of(PersonName.of("Maria", "Kowalski"), LocalDate.of(1971, 3, 14), null,
                        ContactDetails.none()))
                .selection(RecordSelection.of(RecordType.MRI_IMAGES))
                .delivery(Delivery.secureLink(EmailAddress.parse("maria.k@example.com")));
    }

    @Test
    void buildsAValidPatientRequest() {
        RecordsRequest request = patientRequest().build();

        assertThat(request.legalBasis().requiresAuthorization()).isFalse();
        assertThat(request.legalBasis().listedInAccounting()).isFalse();
        assertThat(request.isDocumentedBenefitClaim()).isFalse();
    }

    @Test
    void refusesEveryBrokenRuleAtOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> RecordsRequest.builder(PRACTICE)
                        .requester(Requester.thirdParty(ThirdPartyKind.ATTORNEY, "Dana Whitfield", null,
                                ContactDetails.none()))
                        .legalBasis(LegalBasis.INDIVIDUAL_ACCESS).build())
                .withMessageContaining("purpose is missing")
                .withMessageContaining("no record selection")
                .withMessageContaining("role THIRD_PARTY may not rely on INDIVIDUAL_ACCESS");
    }

    @Test
    void needsTheDirectiveAndWhereToSendForADirectedCopy() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> patientRequest().legalBasis(LegalBasis.THIRD_PARTY_DIRECTIVE).build())
                .withMessageContaining("R1.15");
        assertThatIllegalArgumentException().isThrownBy(() -> patientRequest()
                        .legalBasis(LegalBasis.THIRD_PARTY_DIRECTIVE)
                        .directive(Directive.of(Signature.of("Maria Kowalski", LocalDate.of(2026, 11, 1)), "Advocates"))
                        .delivery(Delivery.portalDownload()).build())
                .withMessageContaining("where to send");
    }

    @Test
    void needsProofOfARepresentativesAuthority() {
        RecordsRequest.Builder parent = patientRequest().requester(Requester.personalRepresentative(
                RepresentativeKind.PARENT_OF_MINOR, "Ana Kowalski", ContactDetails.none()));

        assertThatIllegalArgumentException().isThrownBy(parent::build).withMessageContaining("R1.2");
        assertThat(parent.document(SupportingDocument.of(DocumentKind.PROOF_OF_PARENTHOOD, "doc-1")).build()
                .hasDocument(DocumentKind.PROOF_OF_PARENTHOOD)).isTrue();
    }

    @Test
    void recognisesADocumentedSocialSecurityClaim() {
        RecordsRequest.Builder claim = patientRequest().purpose(Purpose.of(PurposeKind.SOCIAL_SECURITY_CLAIM));

        assertThat(claim.build().isDocumentedBenefitClaim()).isFalse();
        assertThat(claim.document(SupportingDocument.of(DocumentKind.SOCIAL_SECURITY_CLAIM, "ssa-827")).build()
                .isDocumentedBenefitClaim()).isTrue();
    }

    @Test
    void listsOnlyDisclosuresTheLawRequiresInTheAccounting() {
        assertThat(LegalBasis.values()).filteredOn(LegalBasis::listedInAccounting).containsExactly(
                LegalBasis.COURT_ORDER_OR_SUBPOENA, LegalBasis.PUBLIC_HEALTH, LegalBasis.HEALTH_OVERSIGHT);
        assertThat(LegalBasis.values()).filteredOn(LegalBasis::requiresAuthorization)
                .containsExactly(LegalBasis.AUTHORIZATION);
    }

    @Test
    void keepsTheRecordTypeSetOpen() {
        RecordType slides = RecordType.of("PATHOLOGY_SLIDES", "Pathology slides", true);

        assertThat(RecordType.of("MRI_IMAGES", "anything", false)).isSameAs(RecordType.MRI_IMAGES);
        assertThat(slides.isImaging()).isTrue();
        assertThat(RecordType.wellKnownTypes()).contains(RecordType.BILLING_RECORDS, RecordType.LAB_RESULTS)
                .doesNotContain(slides);
        assertThatIllegalArgumentException().isThrownBy(() -> RecordType.of("slides", "Slides", true));
    }

    @Test
    void overlapsDateRangesInclusively() {
        DateRange autumn = DateRange.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31));

        assertThat(autumn.overlaps(DateRange.of(LocalDate.of(2026, 10, 31), null))).isTrue();
        assertThat(autumn.overlaps(DateRange.of(null, LocalDate.of(2026, 8, 31)))).isFalse();
        assertThat(autumn.contains(LocalDate.of(2026, 9, 1))).isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DateRange.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1)));
    }
}
