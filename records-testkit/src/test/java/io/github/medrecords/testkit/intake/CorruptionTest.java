package io.github.medrecords.testkit.intake;

import static io.github.medrecords.testkit.intake.IntakeFixture.INTAKE;
import static io.github.medrecords.testkit.intake.IntakeFixture.PRACTICE;
import static io.github.medrecords.testkit.intake.IntakeFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.medrecords.core.intake.FieldViolation;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One test per form rule: each mistake, made alone on a valid submission, is reported exactly once,
 * on its field, with its code and a message from the library's bundle. Removing a rule makes its
 * case report nothing and fail.
 */
class CorruptionTest {

    @ParameterizedTest
    @EnumSource(SubmissionShape.class)
    void acceptsEveryShapeOfValidSubmission(SubmissionShape shape) {
        RecordsRequestSubmission submission = new SubmissionGenerator(42, TODAY).valid(shape);

        assertThat(INTAKE.check(PRACTICE, submission)).isEmpty();
        assertThat(INTAKE.accept(PRACTICE, submission).request().practiceId()).isEqualTo(PRACTICE.id());
    }

    @ParameterizedTest
    @EnumSource(Corruption.class)
    void reportsEachMistakeExactlyOnceOnItsField(Corruption corruption) {
        InvalidSubmission invalid = new SubmissionGenerator(7, TODAY).invalid(corruption);

        List<FieldViolation> violations = INTAKE.check(PRACTICE, invalid.submission());

        assertThat(violations).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple(invalid.expectedField(), invalid.expectedCode()));
        assertThat(violations.get(0).message()).doesNotStartWith("{").doesNotContain("medrecords.");
    }
}
