package io.github.medrecords.core.intake;

import static io.github.medrecords.core.intake.Submissions.CLOCK;
import static io.github.medrecords.core.intake.Submissions.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.AuthorizationDefect;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DateRange;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.DocumentKind;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.RepresentativeKind;
import io.github.medrecords.core.request.Requester;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What {@link RequestIntake#accept} makes of each part of a valid form: nothing the requester entered is
 * lost or changed on the way to the request and the authorization.
 */
class AcceptedSubmissionTest {

    private static final ValidatorFactory FACTORY = MedrecordsValidation.validatorFactory(CLOCK);
    private static final PracticeProfile PRACTICE = ExamplePractices.connecticutOrthopaedics();
    private final RequestIntake intake = new RequestIntake(FACTORY.getValidator());

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private RecordsRequest accept(RecordsRequestSubmission s) {
        return intake.accept(PRACTICE, s).request();
    }

    @Test
    void keepsEveryElementOfTheSignedAuthorization() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        AuthorizationForm form = s.getAuthorization();
        form.setCoveredFrom(LocalDate.of(2026, 9, 1));
        form.setCoveredTo(LocalDate.of(2026, 10, 31));
        form.setExpiresOn(null);
        form.setExpirationEvent("  End of the litigation ");
        form.setSignedByRepresentative(true);
        form.setRepresentativeAuthority(" Health-care agent ");
        form.setConditioningStatement(false);

        Authorization a = intake.accept(PRACTICE, s).authorization().orElseThrow();

        assertThat(a.informationDescription()).contains("MRI images of the left knee, September-October 2026");
        assertThat(a.coveredDates()).isEqualTo(DateRange.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)));
        assertThat(a.disclosingParty()).contains("Connecticut Orthopaedic Specialists");
        assertThat(a.recipients()).containsExactly("Whitfield & Ames LLP");
        assertThat(a.purposes()).containsExactly(PurposeKind.LEGAL);
        assertThat(a.expiration()).hasValueSatisfying(e -> {
            assertThat(e.event()).contains("End of the litigation");
            assertThat(e.date()).isEmpty();
        });
        assertThat(a.signerName()).contains("Maria Kowalski");
        assertThat(a.signedOn()).contains(TODAY.minusDays(3));
        assertThat(a.signedByRepresentative()).isTrue();
        assertThat(a.representativeAuthority()).contains("Health-care agent");
        assertThat(a.rightToRevokeStatement()).isTrue();
        assertThat(a.redisclosureStatement()).isTrue();
        assertThat(a.defects(ZonedDateTime.now(CLOCK)))
                .containsExactly(AuthorizationDefect.MISSING_CONDITIONING_STATEMENT);
    }

    @Test
    void reportsEachMissingStatementOfTheAuthorizationAsItsDefect() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getAuthorization().setRightToRevokeStatement(false);
        s.getAuthorization().setRedisclosureStatement(false);
        s.getAuthorization().setSignedByRepresentative(false);

        Authorization a = intake.accept(PRACTICE, s).authorization().orElseThrow();

        assertThat(a.signedByRepresentative()).isFalse();
        assertThat(a.defects(ZonedDateTime.now(CLOCK))).containsExactlyInAnyOrder(
                AuthorizationDefect.MISSING_RIGHT_TO_REVOKE_STATEMENT, AuthorizationDefect.MISSING_REDISCLOSURE_STATEMENT);
    }

    @Test
    void acceptsAnAuthorizationWithoutAnExpirationAndLetsItsDefectShow() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getAuthorization().setExpiresOn(null);

        Authorization a = intake.accept(PRACTICE, s).authorization().orElseThrow();

        assertThat(a.expiration()).isEmpty();
        assertThat(a.defects(ZonedDateTime.now(CLOCK))).containsExactly(AuthorizationDefect.MISSING_EXPIRATION);
    }

    @Test
    void keepsARepresentativesRoleNameAndContact() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        RequesterForm r = new RequesterForm();
        r.setRole(RequesterRole.PERSONAL_REPRESENTATIVE);
        r.setRepresentativeKind(RepresentativeKind.PARENT_OF_MINOR);
        r.setName(" Ann Kowalski ");
        r.setPhone("860-555-0100");
        s.setRequester(r);
        DocumentForm proof = new DocumentForm();
        proof.setKind(DocumentKind.PROOF_OF_PARENTHOOD);
        proof.setReference("upload-birth-certificate");
        s.setDocuments(new ArrayList<>(Arrays.asList(null, proof)));

        RecordsRequest request = accept(s);

        Requester requester = request.requester();
        assertThat(requester.role()).isEqualTo(RequesterRole.PERSONAL_REPRESENTATIVE);
        assertThat(requester.representativeKind()).contains(RepresentativeKind.PARENT_OF_MINOR);
        assertThat(requester.name()).contains("Ann Kowalski");
        assertThat(requester.contact().phoneNumber()).map(p -> p.formatted()).contains("860-555-0100");
        assertThat(requester.contact().emailAddress()).isEmpty();
        assertThat(request.documents()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DocumentKind.PROOF_OF_PARENTHOOD);
            assertThat(d.reference()).isEqualTo("upload-birth-certificate");
        });
    }

    @Test
    void keepsAProvidersAndAThirdPartysOrganization() {
        RecordsRequestSubmission attorney = Submissions.attorneyWithAuthorization();
        Requester third = accept(attorney).requester();
        assertThat(third.role()).isEqualTo(RequesterRole.THIRD_PARTY);
        assertThat(third.thirdPartyKind()).contains(ThirdPartyKind.ATTORNEY);
        assertThat(third.name()).contains("Dana Whitfield");
        assertThat(third.organization()).contains("Whitfield & Ames LLP");
        assertThat(third.contact().emailAddress()).map(e -> e.value()).contains("dana@whitfield-ames.example");

        RecordsRequestSubmission provider = Submissions.attorneyWithAuthorization();
        provider.getRequester().setRole(RequesterRole.PROVIDER);
        provider.getRequester().setThirdPartyKind(null);
        provider.setLegalBasis(LegalBasis.TREATMENT);
        provider.setAuthorization(null);
        Requester doctor = accept(provider).requester();
        assertThat(doctor.role()).isEqualTo(RequesterRole.PROVIDER);
        assertThat(doctor.name()).contains("Dana Whitfield");
        assertThat(doctor.organization()).contains("Whitfield & Ames LLP");
    }

    @Test
    void keepsThePatientsRecordNumberAndAddress() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getPatient().setMedicalRecordNumber(" MRN-4471 ");

        RecordsRequest request = accept(s);

        assertThat(request.patient().medicalRecordNumber()).contains("MRN-4471");
        assertThat(request.patient().dateOfBirth()).isEqualTo(LocalDate.of(1971, 3, 14));
        assertThat(request.patient().contact().postalAddress()).hasValueSatisfying(a -> {
            assertThat(a.line1()).isEqualTo("12 Elm Street");
            assertThat(a.city()).isEqualTo("Hartford");
            assertThat(a.state()).isEqualTo(UsState.CT);
            assertThat(a.zip()).isEqualTo("06103");
        });
    }

    @Test
    void deliversToTheDestinationEachMethodNeeds() {
        RecordsRequestSubmission cd = Submissions.attorneyWithAuthorization();
        cd.getDelivery().setMethod(DeliveryMethod.CD_BY_MAIL);
        assertThat(accept(cd).delivery()).satisfies(d -> {
            assertThat(d.method()).isEqualTo(DeliveryMethod.CD_BY_MAIL);
            assertThat(d.postalAddress()).map(a -> a.line1()).contains("12 Elm Street");
        });

        RecordsRequestSubmission fax = Submissions.patientImagesBySecureLink();
        fax.getDelivery().setMethod(DeliveryMethod.FAX);
        fax.getDelivery().setEmail(null);
        fax.getDelivery().setFaxNumber("(860) 555-0177");
        assertThat(accept(fax).delivery().faxNumber()).map(p -> p.formatted()).contains("860-555-0177");

        RecordsRequestSubmission portal = Submissions.patientImagesBySecureLink();
        portal.getDelivery().setMethod(DeliveryMethod.PORTAL_DOWNLOAD);
        portal.getDelivery().setEmail(null);
        assertThat(accept(portal).delivery()).isEqualTo(Delivery.portalDownload());
    }

    @Test
    void deliversDirectlyToTheNamedProvidersOffice() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getDelivery().setMethod(DeliveryMethod.DIRECT_TO_PROVIDER);
        s.getDelivery().setEmail(null);
        ProviderForm p = new ProviderForm();
        p.setName("Shoreline Physical Therapy");
        p.setNpi("1234567893");
        p.setAddress(Submissions.address());
        p.setFax("860-555-0123");
        s.getDelivery().setProvider(p);

        assertThat(accept(s).delivery().provider()).hasValueSatisfying(provider -> {
            assertThat(provider.name()).isEqualTo("Shoreline Physical Therapy");
            assertThat(provider.npi()).contains("1234567893");
            assertThat(provider.address().city()).isEqualTo("Hartford");
            assertThat(provider.fax()).map(f -> f.formatted()).contains("860-555-0123");
        });
        p.setFax(null);
        assertThat(accept(s).delivery().provider()).hasValueSatisfying(provider ->
                assertThat(provider.fax()).isEmpty());
    }

    @Test
    void keepsThePatientsSignedDirectiveToSendCopiesToSomeoneElse() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        RequesterForm patient = new RequesterForm();
        patient.setRole(RequesterRole.PATIENT);
        s.setRequester(patient);
        s.setLegalBasis(LegalBasis.THIRD_PARTY_DIRECTIVE);
        s.setAuthorization(null);
        DirectiveForm d = new DirectiveForm();
        d.setSignerName("Maria Kowalski");
        d.setSignedOn(TODAY.minusDays(1));
        d.setRecipientName(" Whitfield & Ames LLP ");
        s.setDirective(d);

        RecordsRequest request = accept(s);

        assertThat(request.directive()).hasValueSatisfying(directive -> {
            assertThat(directive.recipientName()).isEqualTo("Whitfield & Ames LLP");
            assertThat(directive.signature().signerName()).isEqualTo("Maria Kowalski");
            assertThat(directive.signature().signedOn()).isEqualTo(TODAY.minusDays(1));
        });
        assertThat(intake.accept(PRACTICE, s).authorization()).isEmpty();
    }

    @Test
    void ignoresADirectiveTheLegalBasisDoesNotUse() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        DirectiveForm d = new DirectiveForm();
        d.setSignerName("Maria Kowalski");
        d.setSignedOn(TODAY.minusDays(1));
        d.setRecipientName("Whitfield & Ames LLP");
        s.setDirective(d);

        assertThat(accept(s).directive()).isEmpty();
    }

    @Test
    void leavesTheIdempotencyKeyOutWhenThePortalSentNone() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.setIdempotencyKey("   ");

        assertThat(s.getIdempotencyKey()).isNull();
        assertThat(intake.accept(PRACTICE, s).idempotencyKey()).isEmpty();
    }

    @Test
    void dropsEmptyRowsAPortalSendsInItsLists() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.setRecords(new ArrayList<>(Arrays.asList(null, s.getRecords().get(0), null)));
        s.getAuthorization().setRecipients(Arrays.asList("Whitfield & Ames LLP", null));
        s.getAuthorization().setPurposes(Arrays.asList(null, PurposeKind.LEGAL));
        s.getAuthorization().setRecordTypes(null);

        assertThat(s.getRecords()).hasSize(1);
        assertThat(s.getAuthorization().getRecordTypes()).isEmpty();
        assertThat(intake.check(PRACTICE, s)).isEmpty();
        assertThat(intake.accept(PRACTICE, s).authorization()).hasValueSatisfying(a -> {
            assertThat(a.recipients()).containsExactly("Whitfield & Ames LLP");
            assertThat(a.purposes()).containsExactly(PurposeKind.LEGAL);
        });
    }
}
