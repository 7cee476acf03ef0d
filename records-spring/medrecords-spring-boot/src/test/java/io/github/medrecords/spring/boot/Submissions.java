package io.github.medrecords.spring.boot;

import io.github.medrecords.core.intake.DeliveryForm;
import io.github.medrecords.core.intake.PatientForm;
import io.github.medrecords.core.intake.RecordSelectionForm;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.intake.RequesterForm;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.util.UUID;

/** A patient's valid request for her MRI images by secure link, as the portal form posts it. */
final class Submissions {

    private Submissions() {
    }

    static RecordsRequestSubmission mriImagesBySecureLink(String email) {
        RecordsRequestSubmission s = new RecordsRequestSubmission();
        s.setIdempotencyKey("test-" + UUID.randomUUID());
        RequesterForm requester = new RequesterForm();
        requester.setRole(RequesterRole.PATIENT);
        s.setRequester(requester);
        s.setLegalBasis(LegalBasis.INDIVIDUAL_ACCESS);
        s.setPurpose(PurposeKind.AT_REQUEST_OF_INDIVIDUAL);
        PatientForm patient = new PatientForm();
        patient.setGivenName("Maria");
        patient.setFamilyName("Kowalski");
        patient.setDateOfBirth(LocalDate.of(1971, 3, 14));
        patient.setEmail(email);
        s.setPatient(patient);
        RecordSelectionForm r = new RecordSelectionForm();
        r.setType("MRI_IMAGES");
        r.setFrom(LocalDate.of(2025, 1, 1));
        r.setTo(LocalDate.of(2025, 3, 1));
        r.setCopies(1);
        s.getRecords().add(r);
        DeliveryForm delivery = new DeliveryForm();
        delivery.setMethod(DeliveryMethod.SECURE_LINK);
        delivery.setEmail(email);
        s.setDelivery(delivery);
        s.setIdentityAttested(true);
        return s;
    }
}
