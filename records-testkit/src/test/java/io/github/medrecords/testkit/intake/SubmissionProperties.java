package io.github.medrecords.testkit.intake;

import static io.github.medrecords.testkit.intake.IntakeFixture.INTAKE;
import static io.github.medrecords.testkit.intake.IntakeFixture.PRACTICE;
import static io.github.medrecords.testkit.intake.IntakeFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.medrecords.core.intake.AcceptedSubmission;
import io.github.medrecords.core.intake.FieldViolation;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import org.junit.jupiter.api.Test;

/**
 * Properties of intake over generated submissions.
 */
class SubmissionProperties {

    @Test
    void generatedValidSubmissionsPassAndBecomeRequests() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            RecordsRequestSubmission submission = new SubmissionGenerator(seed, TODAY).valid();

            assertThat(INTAKE.check(PRACTICE, submission)).isEmpty();
            AcceptedSubmission accepted = INTAKE.accept(PRACTICE, submission);
            assertThat(accepted.request().selections()).hasSameSizeAs(submission.getRecords());
            assertThat(accepted.request().legalBasis()).isEqualTo(submission.getLegalBasis());
            assertThat(accepted.authorization().isPresent()).isEqualTo(submission.getAuthorization() != null);
        });
    }

    @Test
    void eachSingleCorruptionYieldsExactlyItsViolation() {
        int corruptions = Corruption.values().length;
        qt().withExamples(500).forAll(longs().all(), integers().between(0, corruptions - 1))
                .checkAssert((seed, index) -> {
                    InvalidSubmission invalid = new SubmissionGenerator(seed, TODAY).invalid(Corruption.values()[index]);

                    assertThat(INTAKE.check(PRACTICE, invalid.submission()))
                            .extracting(FieldViolation::field, FieldViolation::code)
                            .containsExactly(tuple(invalid.expectedField(), invalid.expectedCode()));
                });
    }
}
