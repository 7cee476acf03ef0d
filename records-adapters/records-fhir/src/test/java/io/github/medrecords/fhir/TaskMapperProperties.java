package io.github.medrecords.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import ca.uhn.fhir.parser.IParser;
import io.github.medrecords.core.intake.AcceptedSubmission;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.testkit.intake.Corruption;
import io.github.medrecords.testkit.intake.InvalidSubmission;
import io.github.medrecords.testkit.intake.SubmissionGenerator;
import io.github.medrecords.testkit.intake.SubmissionShape;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Across generated forms, valid and invalid, the Task a form becomes (sent as JSON and read back) says what
 * the form says: the intake accepts the same request from it, or reports exactly the same problems.
 * {@code -Dmedrecords.fhir.examples=N} runs more than the default build's 300.
 */
class TaskMapperProperties {

    private static final int EXAMPLES = Integer.getInteger("medrecords.fhir.examples", 300);
    private static final Fixture FIXTURE = new Fixture();
    private static final IParser JSON = R4Validation.CONTEXT.newJsonParser();
    private final TaskMapper tasks = new TaskMapper();

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private TaskSubmission throughFhir(RecordsRequestSubmission form) {
        Task sent = (Task) JSON.parseResource(JSON.encodeResourceToString(tasks.toTask(form)));
        return tasks.fromTask(sent);
    }

    @Test
    void aValidFormsTaskGivesTheSameRequest() {
        SubmissionShape[] shapes = SubmissionShape.values();
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, shapes.length - 1))
                .checkAssert((seed, shape) -> {
                    RecordsRequestSubmission form = new SubmissionGenerator(seed, Fixture.TODAY).valid(shapes[shape]);
                    TaskSubmission read = throughFhir(form);

                    assertThat(read.problems()).isEmpty();
                    AcceptedSubmission direct = FIXTURE.intake.accept(Fixture.PRACTICE, form);
                    AcceptedSubmission viaFhir = FIXTURE.intake.accept(Fixture.PRACTICE, read.submission());
                    assertThat(viaFhir.request()).isEqualTo(direct.request());
                    assertThat(viaFhir.authorization()).isEqualTo(direct.authorization());
                });
    }

    @Test
    void anInvalidFormsTaskGetsExactlyTheSameProblems() {
        Corruption[] corruptions = Corruption.values();
        qt().withExamples(EXAMPLES).forAll(longs().all(), integers().between(0, corruptions.length - 1))
                .checkAssert((seed, corruption) -> {
                    InvalidSubmission bad = new SubmissionGenerator(seed, Fixture.TODAY).invalid(corruptions[corruption]);
                    TaskSubmission read = throughFhir(bad.submission());

                    assertThat(read.problems()).as(corruptions[corruption].name()).isEmpty();
                    assertThat(FIXTURE.intake.check(Fixture.PRACTICE, read.submission())).as(corruptions[corruption].name())
                            .isNotEmpty()
                            .isEqualTo(FIXTURE.intake.check(Fixture.PRACTICE, bad.submission()));
                });
    }

    @Test
    void everyCorruptionSurvivesTheTask() {
        for (Corruption c : Corruption.values()) {
            InvalidSubmission bad = new SubmissionGenerator(c.ordinal(), Fixture.TODAY).invalid(c);
            TaskSubmission read = throughFhir(bad.submission());

            assertThat(read.problems()).as(c.name()).isEmpty();
            assertThat(FIXTURE.intake.check(Fixture.PRACTICE, read.submission())).as(c.name())
                    .isEqualTo(FIXTURE.intake.check(Fixture.PRACTICE, bad.submission()))
                    .anySatisfy(v -> assertThat(v.field()).isEqualTo(bad.expectedField()));
        }
    }
}
