package io.github.medrecords.portal;

import io.github.medrecords.core.intake.AddressForm;
import io.github.medrecords.core.intake.AuthorizationForm;
import io.github.medrecords.core.intake.DeliveryForm;
import io.github.medrecords.core.intake.PatientForm;
import io.github.medrecords.core.intake.ProviderForm;
import io.github.medrecords.core.intake.RecordSelectionForm;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.intake.RequesterForm;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import java.util.UUID;

/**
 * The page's form is the library's own {@link RecordsRequestSubmission}, bound field by field. An HTML form
 * posts every field, so the parts the patient left empty (the mailing address of a secure-link request, the
 * authorization of a patient's own request) are dropped before the library checks it.
 */
final class FormInput {

    /** Rows for record selections on a blank form. */
    static final int RECORD_ROWS = 3;

    private FormInput() {
    }

    static RecordsRequestSubmission blank() {
        RecordsRequestSubmission s = new RecordsRequestSubmission();
        s.setIdempotencyKey("portal-" + UUID.randomUUID());
        RequesterForm requester = new RequesterForm();
        requester.setRole(RequesterRole.PATIENT);
        s.setRequester(requester);
        // The seed page is for patients: their own access right, at their own request (R1.1).
        s.setLegalBasis(LegalBasis.INDIVIDUAL_ACCESS);
        s.setPurpose(PurposeKind.AT_REQUEST_OF_INDIVIDUAL);
        s.setPatient(new PatientForm());
        s.setDelivery(new DeliveryForm());
        return withRows(s);
    }

    /** Adds empty rows and empty parts so that the page can show every field again. */
    static RecordsRequestSubmission withRows(RecordsRequestSubmission s) {
        while (s.getRecords().size() < RECORD_ROWS) {
            RecordSelectionForm r = new RecordSelectionForm();
            s.getRecords().add(r);
        }
        if (s.getRequester() == null) {
            s.setRequester(new RequesterForm());
        }
        if (s.getPatient() == null) {
            s.setPatient(new PatientForm());
        }
        if (s.getDelivery() == null) {
            s.setDelivery(new DeliveryForm());
        }
        if (s.getDelivery().getPostalAddress() == null) {
            s.getDelivery().setPostalAddress(new AddressForm());
        }
        if (s.getDelivery().getProvider() == null) {
            ProviderForm p = new ProviderForm();
            p.setAddress(new AddressForm());
            s.getDelivery().setProvider(p);
        } else if (s.getDelivery().getProvider().getAddress() == null) {
            s.getDelivery().getProvider().setAddress(new AddressForm());
        }
        if (s.getAuthorization() == null) {
            s.setAuthorization(new AuthorizationForm());
        }
        return s;
    }

    /** Drops what the patient left empty: blank record rows, an untouched address, provider or authorization. */
    static RecordsRequestSubmission pruned(RecordsRequestSubmission s) {
        s.getRecords().removeIf(r -> r == null || r.getType() == null && r.getFrom() == null && r.getTo() == null
                && r.getDescription() == null);
        DeliveryForm d = s.getDelivery();
        if (d != null) {
            if (empty(d.getPostalAddress())) {
                d.setPostalAddress(null);
            }
            ProviderForm p = d.getProvider();
            if (p != null && p.getName() == null && p.getNpi() == null && p.getFax() == null
                    && empty(p.getAddress())) {
                d.setProvider(null);
            } else if (p != null && empty(p.getAddress())) {
                p.setAddress(null);
            }
        }
        if (s.getPatient() != null && empty(s.getPatient().getAddress())) {
            s.getPatient().setAddress(null);
        }
        AuthorizationForm a = s.getAuthorization();
        if (a != null) {
            a.getRecipients().removeIf(t -> t == null || t.isBlank());
            a.getRecordTypes().removeIf(t -> t == null || t.isBlank());
        }
        if (a != null && a.getSignerName() == null && a.getSignedOn() == null && a.getInformationDescription() == null
                && a.getExpiresOn() == null && a.getExpirationEvent() == null && a.getRecipients().isEmpty()
                && a.getRecordTypes().isEmpty() && a.getPurposes().isEmpty() && a.getDisclosingParty() == null) {
            s.setAuthorization(null);
        }
        return s;
    }

    private static boolean empty(AddressForm a) {
        return a == null || a.getLine1() == null && a.getLine2() == null && a.getCity() == null && a.getState() == null
                && a.getZip() == null;
    }
}
