package org.example.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.intake.DeliveryForm;
import io.github.medrecords.core.intake.PatientForm;
import io.github.medrecords.core.intake.RecordSelectionForm;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.intake.RequesterForm;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class RecordsApplicationTest {

    @Autowired
    RequestService requests;

    @Autowired
    PracticeProfile practice;

    @Test
    void oneDependencyAndThreePropertiesTakeARequestFromPreviewToTheStore() {
        RecordsRequestSubmission form = new RecordsRequestSubmission();
        form.setIdempotencyKey("fresh-app-0001");
        RequesterForm requester = new RequesterForm();
        requester.setRole(RequesterRole.PATIENT);
        form.setRequester(requester);
        form.setLegalBasis(LegalBasis.INDIVIDUAL_ACCESS);
        form.setPurpose(PurposeKind.AT_REQUEST_OF_INDIVIDUAL);
        PatientForm patient = new PatientForm();
        patient.setGivenName("Maria");
        patient.setFamilyName("Kowalski");
        patient.setDateOfBirth(LocalDate.of(1971, 3, 14));
        patient.setEmail("maria@example.com");
        form.setPatient(patient);
        RecordSelectionForm xrays = new RecordSelectionForm();
        xrays.setType("XRAY_IMAGES");
        xrays.setCopies(1);
        form.getRecords().add(xrays);
        DeliveryForm delivery = new DeliveryForm();
        delivery.setMethod(DeliveryMethod.SECURE_LINK);
        delivery.setEmail("maria@example.com");
        form.setDelivery(delivery);
        form.setIdentityAttested(true);

        assertThat(practice.name()).isEqualTo("Seed Family Practice");
        assertThat(requests.preview(practice.id(), form).readyWindow()).isNotNull();
        RequestCase saved = requests.submit(practice.id(), form, Actor.requester("portal"));
        assertThat(saved.status()).isEqualTo(RequestStatus.IN_PROCESS);
        assertThat(requests.find(saved.id())).isPresent();
        assertThat(requests.requesterView(saved.id()).requestNumber()).isEqualTo(saved.number().value());
    }
}
