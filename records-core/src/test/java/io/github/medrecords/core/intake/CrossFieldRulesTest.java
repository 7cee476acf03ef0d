package io.github.medrecords.core.intake;

import static io.github.medrecords.core.intake.Submissions.CLOCK;
import static io.github.medrecords.core.intake.Submissions.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticePolicies;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.DocumentKind;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RepresentativeKind;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of a submission that span several fields, each seen through {@link RequestIntake#check}: the
 * problem is reported on the field a portal highlights, and the same form with the rule met passes.
 */
class CrossFieldRulesTest {

    private static final ValidatorFactory FACTORY = MedrecordsValidation.validatorFactory(CLOCK);
    private static final PracticeProfile PRACTICE = ExamplePractices.connecticutOrthopaedics();
    private final RequestIntake intake = new RequestIntake(FACTORY.getValidator());

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private List<String> problems(RecordsRequestSubmission s) {
        return intake.check(PRACTICE, s).stream().map(v -> v.field() + "=" + v.code()).toList();
    }

    private static DocumentForm document(DocumentKind kind) {
        DocumentForm d = new DocumentForm();
        d.setKind(kind);
        d.setReference("upload-" + kind.name().toLowerCase());
        return d;
    }

    private static RecordsRequestSubmission representative(RepresentativeKind kind) {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        RequesterForm r = new RequesterForm();
        r.setRole(RequesterRole.PERSONAL_REPRESENTATIVE);
        r.setRepresentativeKind(kind);
        r.setName("Ann Kowalski");
        r.setEmail("ann.k@example.com");
        s.setRequester(r);
        return s;
    }

    private static RecordsRequestSubmission directiveToAttorney() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        RequesterForm patient = new RequesterForm();
        patient.setRole(RequesterRole.PATIENT);
        s.setRequester(patient);
        s.setLegalBasis(LegalBasis.THIRD_PARTY_DIRECTIVE);
        s.setAuthorization(null);
        DirectiveForm d = new DirectiveForm();
        d.setSignerName("Maria Kowalski");
        d.setSignedOn(TODAY.minusDays(1));
        d.setRecipientName("Whitfield & Ames LLP");
        s.setDirective(d);
        return s;
    }

    // --- the submission as a whole ---

    @Test
    void refusesALegalBasisTheRequestersRoleCannotRelyOn() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getRequester().setRole(RequesterRole.PROVIDER);
        s.setLegalBasis(LegalBasis.INDIVIDUAL_ACCESS);

        assertThat(problems(s)).containsExactly("legalBasis=medrecords.legalBasis.notAllowedForRole");

        s.setLegalBasis(LegalBasis.TREATMENT);
        assertThat(problems(s)).isEmpty();
    }

    @Test
    void asksForTheAuthorizationAnAuthorizationBasedRequestNeeds() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.setAuthorization(null);

        assertThat(problems(s)).containsExactly("authorization=medrecords.authorization.required");
    }

    @Test
    void asksForTheSignedDirectiveAndADestinationWhenCopiesGoToSomeoneElse() {
        RecordsRequestSubmission s = directiveToAttorney();
        assertThat(problems(s)).isEmpty();

        s.setDirective(null);
        assertThat(problems(s)).containsExactly("directive=medrecords.directive.required");

        s = directiveToAttorney();
        s.getDelivery().setMethod(DeliveryMethod.PORTAL_DOWNLOAD);
        assertThat(problems(s)).containsExactly("delivery.method=medrecords.directive.destination.required");
    }

    @Test
    void asksForThePurposeInWordsOnlyWhenThePurposeIsOther() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.setPurpose(PurposeKind.OTHER);
        assertThat(problems(s)).containsExactly("purposeDescription=medrecords.purposeDescription.required");

        s.setPurposeDescription("Second opinion abroad");
        assertThat(problems(s)).isEmpty();
        assertThat(intake.accept(PRACTICE, s).request().purpose().description()).contains("Second opinion abroad");
    }

    @Test
    void asksARepresentativeForADocumentThatProvesTheirKindOfAuthority() {
        RecordsRequestSubmission s = representative(RepresentativeKind.HEALTH_CARE_AGENT);
        assertThat(problems(s)).containsExactly("documents=medrecords.documents.proofOfAuthority.required");

        s.getDocuments().add(document(DocumentKind.LETTERS_TESTAMENTARY));
        assertThat(problems(s)).as("proof of another kind of authority")
                .containsExactly("documents=medrecords.documents.proofOfAuthority.required");

        s.getDocuments().add(document(DocumentKind.HEALTH_CARE_POWER_OF_ATTORNEY));
        assertThat(problems(s)).isEmpty();
        assertThat(intake.accept(PRACTICE, s).request().documents()).extracting(d -> d.kind()).containsExactly(
                DocumentKind.LETTERS_TESTAMENTARY, DocumentKind.HEALTH_CARE_POWER_OF_ATTORNEY);
    }

    @Test
    void reportsADocumentWithoutAKindOnItsOwnFieldAndStillAsksForProof() {
        RecordsRequestSubmission s = representative(RepresentativeKind.PARENT_OF_MINOR);
        DocumentForm unknown = new DocumentForm();
        unknown.setReference("upload-1");
        s.getDocuments().add(unknown);

        assertThat(problems(s)).containsExactly("documents=medrecords.documents.proofOfAuthority.required",
                "documents[0].kind=medrecords.documents.kind.required");
    }

    @Test
    void asksForTheSubpoenaOrCourtOrderBehindALegalProcessRequest() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.setLegalBasis(LegalBasis.COURT_ORDER_OR_SUBPOENA);
        s.setAuthorization(null);
        assertThat(problems(s)).containsExactly("documents=medrecords.documents.legalProcess.required");

        s.getDocuments().add(document(DocumentKind.SUBPOENA));
        assertThat(problems(s)).isEmpty();
    }

    @Test
    void asksNoDocumentsOfAPatientAskingForTheirOwnRecords() {
        assertThat(problems(Submissions.patientImagesBySecureLink())).isEmpty();
    }

    // --- the requester ---

    @Test
    void asksSomeoneOtherThanThePatientForTheirNameAndAWayToReachThem() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getRequester().setName(null);
        s.getRequester().setEmail(null);

        assertThat(problems(s)).containsExactly("requester.email=medrecords.requester.contact.required",
                "requester.name=medrecords.requester.name.required");

        s.getRequester().setName("Dana Whitfield");
        s.getRequester().setPhone("860-555-0142");
        assertThat(problems(s)).as("a phone number is enough").isEmpty();
    }

    @Test
    void asksThePatientForNothingButTheirRole() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        assertThat(s.getRequester().getName()).isNull();
        assertThat(s.getRequester().getEmail()).isNull();

        assertThat(problems(s)).isEmpty();
    }

    @Test
    void asksAProviderForTheirOrganization() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getRequester().setRole(RequesterRole.PROVIDER);
        s.getRequester().setThirdPartyKind(null);
        s.getRequester().setOrganization(" ");

        assertThat(problems(s)).containsExactly("requester.organization=medrecords.requester.organization.required");
    }

    @Test
    void asksAThirdPartyWhatKindOfThirdPartyTheyAre() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getRequester().setThirdPartyKind(null);

        assertThat(problems(s)).containsExactly("requester.thirdPartyKind=medrecords.requester.thirdPartyKind.required");
    }

    @Test
    void asksARepresentativeWhatGivesThemAuthority() {
        RecordsRequestSubmission s = representative(null);

        assertThat(problems(s)).containsExactly(
                "requester.representativeKind=medrecords.requester.representativeKind.required");
    }

    // --- the records asked for ---

    @Test
    void asksForOtherDocumentsToBeDescribed() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getRecords().get(0).setType("OTHER_DOCUMENTS");
        assertThat(problems(s)).containsExactly("records[0].description=medrecords.records.description.required");

        s.getRecords().get(0).setDescription("Physical therapy notes");
        assertThat(problems(s)).isEmpty();
    }

    @Test
    void refusesADateRangeThatEndsBeforeItStartsButAcceptsASingleDay() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        RecordSelectionForm r = s.getRecords().get(0);
        r.setFrom(LocalDate.of(2026, 10, 15));
        r.setTo(LocalDate.of(2026, 10, 14));
        assertThat(problems(s)).containsExactly("records[0].to=medrecords.records.to.beforeFrom");

        r.setTo(LocalDate.of(2026, 10, 15));
        assertThat(problems(s)).isEmpty();
    }

    @Test
    void reportsAnEmptyRowInTheRecordsList() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getRecords().add(null);

        assertThat(problems(s)).containsExactly("records=medrecords.records.type.required");
    }

    @Test
    void appliesThePracticesCopiesMaximumInclusivelyAndLeavesTheLegalRangeToItsOwnRule() {
        PracticeProfile strict = PRACTICE.toBuilder()
                .policies(PracticePolicies.defaults().withMaximumCopiesPerSelection(2)).build();
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();

        s.getRecords().get(0).setCopies(2);
        assertThat(intake.check(strict, s)).isEmpty();
        s.getRecords().get(0).setCopies(RecordSelection.MAX_COPIES);
        assertThat(intake.check(strict, s)).extracting(FieldViolation::code)
                .containsExactly("medrecords.records.copies.practiceMaximum");
        s.getRecords().get(0).setCopies(RecordSelection.MAX_COPIES + 1);
        assertThat(intake.check(strict, s)).extracting(FieldViolation::code)
                .containsExactly("medrecords.records.copies.range");
    }

    // --- the delivery ---

    @Test
    void asksForTheOneDestinationEachDeliveryMethodNeeds() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getDelivery().setEmail(null);

        s.getDelivery().setMethod(DeliveryMethod.CD_BY_MAIL);
        assertThat(problems(s)).containsExactly("delivery.postalAddress=medrecords.delivery.postalAddress.required");
        s.getDelivery().setMethod(DeliveryMethod.PAPER_BY_MAIL);
        assertThat(problems(s)).containsExactly("delivery.postalAddress=medrecords.delivery.postalAddress.required");
        s.getDelivery().setMethod(DeliveryMethod.FAX);
        assertThat(problems(s)).containsExactly("delivery.faxNumber=medrecords.delivery.faxNumber.required");
        s.getDelivery().setMethod(DeliveryMethod.DIRECT_TO_PROVIDER);
        assertThat(problems(s)).containsExactly("delivery.provider=medrecords.delivery.provider.required");
        s.getDelivery().setMethod(DeliveryMethod.PORTAL_DOWNLOAD);
        assertThat(problems(s)).isEmpty();
    }

    @Test
    void asksForTheDeliveryMethodBeforeAnyDestination() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getDelivery().setMethod(null);
        s.getDelivery().setEmail(null);

        assertThat(problems(s)).containsExactly("delivery.method=medrecords.delivery.method.required");
    }

    // --- the authorization ---

    @Test
    void refusesAnAuthorizationWhoseCoveredDatesEndBeforeTheyStart() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getAuthorization().setCoveredFrom(LocalDate.of(2026, 9, 1));
        s.getAuthorization().setCoveredTo(LocalDate.of(2026, 8, 31));
        assertThat(problems(s)).containsExactly(
                "authorization.coveredTo=medrecords.authorization.coveredTo.beforeFrom");

        s.getAuthorization().setCoveredTo(LocalDate.of(2026, 9, 1));
        assertThat(problems(s)).isEmpty();
    }

    @Test
    void refusesAnAuthorizationThatEndsBothOnADateAndAtAnEvent() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getAuthorization().setExpirationEvent("End of the litigation");
        assertThat(problems(s)).containsExactly(
                "authorization.expirationEvent=medrecords.authorization.expiration.ambiguous");

        s.getAuthorization().setExpiresOn(null);
        assertThat(problems(s)).isEmpty();
    }

    @Test
    void refusesAMalformedOrUnofferedRecordTypeInTheAuthorization() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getAuthorization().getRecordTypes().add("mri images");
        assertThat(problems(s)).containsExactly("authorization.recordTypes=medrecords.records.type.unknown");

        s = Submissions.attorneyWithAuthorization();
        s.getAuthorization().getRecordTypes().add("PATHOLOGY_SLIDES");
        assertThat(problems(s)).containsExactly("authorization.recordTypes=medrecords.records.type.unknown");
    }

    @Test
    void refusesABlankRecipientInTheAuthorization() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getAuthorization().getRecipients().add("  ");

        assertThat(problems(s)).containsExactly("authorization.recipients=medrecords.authorization.recipients.blank");
    }

    @Test
    void refusesAStateCodeThatIsNotAUsState() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getDelivery().getPostalAddress().setState("ZZ");
        assertThat(problems(s)).containsExactly("delivery.postalAddress.state=medrecords.address.state.invalid");

        s.getDelivery().getPostalAddress().setState(" ");
        assertThat(problems(s)).as("a missing state is reported once")
                .containsExactly("delivery.postalAddress.state=medrecords.address.state.required");
    }

    @Test
    void reportsEveryCrossFieldProblemOfOneFormAtOnce() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getRequester().setThirdPartyKind(null);
        s.setPurpose(PurposeKind.OTHER);
        s.getAuthorization().setExpirationEvent("End of the litigation");
        s.getDelivery().setPostalAddress(null);

        assertThat(problems(s)).containsExactly(
                "authorization.expirationEvent=medrecords.authorization.expiration.ambiguous",
                "delivery.postalAddress=medrecords.delivery.postalAddress.required",
                "purposeDescription=medrecords.purposeDescription.required",
                "requester.thirdPartyKind=medrecords.requester.thirdPartyKind.required");
    }

    @Test
    void acceptsAThirdPartyRequesterForAPublicHealthReportWithoutDocuments() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getRequester().setThirdPartyKind(ThirdPartyKind.GOVERNMENT_AGENCY);
        s.setLegalBasis(LegalBasis.PUBLIC_HEALTH);
        s.setAuthorization(null);

        assertThat(problems(s)).isEmpty();
    }
}
