package io.github.medrecords.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FieldViolationTest {

    @Test
    void ordersProblemsByFieldThenByCode() {
        FieldViolation emailFormat = new FieldViolation("delivery.email", "medrecords.email.invalid", "m");
        FieldViolation emailMissing = new FieldViolation("delivery.email", "medrecords.delivery.email.required", "m");
        FieldViolation attested = new FieldViolation("identityAttested", "medrecords.identityAttested.required", "m");

        assertThat(new TreeSet<>(List.of(attested, emailFormat, emailMissing)))
                .containsExactly(emailMissing, emailFormat, attested);
    }

    @Test
    void countsASingleProblemInTheSingular() {
        InvalidRequestException e = new InvalidRequestException(List.of(
                new FieldViolation("patient.givenName", "medrecords.patient.givenName.required", "Enter it.")));

        assertThat(e.getMessage()).isEqualTo(
                "The submission has 1 problem: patient.givenName (medrecords.patient.givenName.required)");
        assertThat(e.getViolations()).hasSize(1);
    }

    @Test
    void namesAProblemOfTheWholeFormAsTheForm() {
        InvalidRequestException e = new InvalidRequestException(List.of(
                new FieldViolation("", "medrecords.form.inconsistent", "Some answers do not fit together."),
                new FieldViolation("records", "medrecords.records.required", "Choose one.")));

        assertThat(e.getMessage()).isEqualTo("The submission has 2 problems: form (medrecords.form.inconsistent), "
                + "records (medrecords.records.required)");
    }
}
