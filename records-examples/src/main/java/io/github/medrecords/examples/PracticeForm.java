package io.github.medrecords.examples;

import io.github.medrecords.core.intake.AddressForm;
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

/**
 * Submissions as the seed practice's "Request Medical Records" form would post them: record types,
 * approximate appointment dates, copies, delivery and the verification box.
 */
final class PracticeForm {

    private PracticeForm() {
    }

    /** A patient asking for her MRI images and report by secure link, filled in correctly. */
    static RecordsRequestSubmission mriImagesBySecureLink(LocalDate today) {
        RecordsRequestSubmission s = new RecordsRequestSubmission();
        s.setIdempotencyKey("demo-form-0001");
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
        s.setPatient(patient);
        s.getRecords().add(selection("MRI_IMAGES", today.minusMonths(3), today.minusMonths(2), 1));
        s.getRecords().add(selection("MRI_REPORT", today.minusMonths(3), today.minusMonths(2), 1));
        DeliveryForm delivery = new DeliveryForm();
        delivery.setMethod(DeliveryMethod.SECURE_LINK);
        delivery.setEmail("maria.k@example.com");
        s.setDelivery(delivery);
        s.setIdentityAttested(true);
        return s;
    }

    /** The same form with the mistakes people make: a CD with no address, dates backwards, 0 copies, no tick. */
    static RecordsRequestSubmission xraysOnCdWithMistakes(LocalDate today) {
        RecordsRequestSubmission s = mriImagesBySecureLink(today);
        s.getRecords().clear();
        s.getRecords().add(selection("XRAY_IMAGES", today.minusDays(10), today.minusDays(40), 0));
        s.getRecords().add(selection("OTHER_DOCUMENTS", null, null, 1));
        s.getPatient().setDateOfBirth(null);
        DeliveryForm delivery = new DeliveryForm();
        delivery.setMethod(DeliveryMethod.CD_BY_MAIL);
        s.setDelivery(delivery);
        s.setIdentityAttested(false);
        return s;
    }

    /** A mailing address as the form collects it. */
    static AddressForm address() {
        AddressForm a = new AddressForm();
        a.setLine1("12 Elm Street");
        a.setCity("Hartford");
        a.setState("CT");
        a.setZip("06103");
        return a;
    }

    private static RecordSelectionForm selection(String type, LocalDate from, LocalDate to, int copies) {
        RecordSelectionForm r = new RecordSelectionForm();
        r.setType(type);
        r.setFrom(from);
        r.setTo(to);
        r.setCopies(copies);
        return r;
    }
}
