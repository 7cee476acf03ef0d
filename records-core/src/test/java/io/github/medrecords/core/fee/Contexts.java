package io.github.medrecords.core.fee;

import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;

/** Short builders of the contexts the tests use. */
final class Contexts {

    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);

    private Contexts() {
    }

    /** A patient's own request for copies of records (not images) in Connecticut. */
    static FeeContext.Builder patient(DeliveryMethod delivery, RecordKeeping keeping, int pages) {
        return FeeContext.builder(LegalBasis.INDIVIDUAL_ACCESS, RequesterRole.PATIENT, delivery, RECEIVED)
                .recordType(RecordType.CLINICAL_VISIT_SUMMARY).recordKeeping(keeping).pages(pages)
                .jurisdiction(UsState.CT);
    }

    /** A patient's own request for images in Connecticut. */
    static FeeContext.Builder patientImages(DeliveryMethod delivery) {
        return FeeContext.builder(LegalBasis.INDIVIDUAL_ACCESS, RequesterRole.PATIENT, delivery, RECEIVED)
                .recordType(RecordType.MRI_IMAGES).recordKeeping(RecordKeeping.ELECTRONIC).media(1)
                .jurisdiction(UsState.CT);
    }

    /** An attorney's request under the patient's authorization, for paper copies of records in Connecticut. */
    static FeeContext.Builder attorney(int pages) {
        return FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.THIRD_PARTY, DeliveryMethod.PAPER_BY_MAIL,
                RECEIVED).recordType(RecordType.BILLING_RECORDS).recordKeeping(RecordKeeping.PAPER).pages(pages)
                .jurisdiction(UsState.CT);
    }
}
