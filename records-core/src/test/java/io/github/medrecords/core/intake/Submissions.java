package io.github.medrecords.core.intake;

import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Submissions as the seed practice's form produces them, for the core's own tests.
 */
final class Submissions {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZONE).toInstant(), ZONE);
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    private Submissions() {
    }

    static AddressForm address() {
        AddressForm a = new AddressForm();
        a.setLine1("12 Elm Street");
        a.setCity("Hartford");
        a.setState("CT");
        a.setZip("06103");
        return a;
    }

    /** A patient asking for MRI images by secure link: the practice page's main case. */
    static RecordsRequestSubmission patientImagesBySecureLink() {
        RecordsRequestSubmission s = new RecordsRequestSubmission();
        s.setIdempotencyKey("portal-7f3a9c21");
        RequesterForm requester = new RequesterForm();
        requester.setRole(RequesterRole.PATIENT);
        s.setRequester(requester);
        s.setLegalBasis(LegalBasis.INDIVIDUAL_ACCESS);
        s.setPurpose(PurposeKind.AT_REQUEST_OF_INDIVIDUAL);
        PatientForm patient = new PatientForm();
        patient.setGivenName("Maria");
        patient.setFamilyName("Kowalski");
        patient.setDateOfBirth(LocalDate.of(1971, 3, 14));
        patient.setEmail("maria.k@example.com");
        patient.setPhone("(203) 555-0199");
        patient.setAddress(address());
        s.setPatient(patient);
        RecordSelectionForm images = new RecordSelectionForm();
        images.setType("MRI_IMAGES");
        images.setFrom(LocalDate.of(2026, 9, 1));
        images.setTo(LocalDate.of(2026, 10, 15));
        images.setCopies(1);
        s.getRecords().add(images);
        DeliveryForm delivery = new DeliveryForm();
        delivery.setMethod(DeliveryMethod.SECURE_LINK);
        delivery.setEmail("maria.k@example.com");
        s.setDelivery(delivery);
        s.setIdentityAttested(true);
        return s;
    }

    /** An attorney asking under the patient's authorization, paper by mail. */
    static RecordsRequestSubmission attorneyWithAuthorization() {
        RecordsRequestSubmission s = patientImagesBySecureLink();
        RequesterForm requester = new RequesterForm();
        requester.setRole(RequesterRole.THIRD_PARTY);
        requester.setThirdPartyKind(ThirdPartyKind.ATTORNEY);
        requester.setName("Dana Whitfield");
        requester.setOrganization("Whitfield & Ames LLP");
        requester.setEmail("dana@whitfield-ames.example");
        s.setRequester(requester);
        s.setLegalBasis(LegalBasis.AUTHORIZATION);
        s.setPurpose(PurposeKind.LEGAL);
        AuthorizationForm a = new AuthorizationForm();
        a.setInformationDescription("MRI images of the left knee, September-October 2026");
        a.getRecordTypes().add("MRI_IMAGES");
        a.setDisclosingParty("Connecticut Orthopaedic Specialists");
        a.getRecipients().add("Whitfield & Ames LLP");
        a.getPurposes().add(PurposeKind.LEGAL);
        a.setExpiresOn(TODAY.plusMonths(6));
        a.setSignerName("Maria Kowalski");
        a.setSignedOn(TODAY.minusDays(3));
        a.setRightToRevokeStatement(true);
        a.setConditioningStatement(true);
        a.setRedisclosureStatement(true);
        s.setAuthorization(a);
        DeliveryForm delivery = new DeliveryForm();
        delivery.setMethod(DeliveryMethod.PAPER_BY_MAIL);
        delivery.setPostalAddress(address());
        s.setDelivery(delivery);
        return s;
    }
}
