package io.github.medrecords.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.intake.AcceptedSubmission;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.testkit.intake.SubmissionShape;
import java.util.EnumSet;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskMapperTest {

    private static final Fixture FIXTURE = new Fixture();
    private final TaskMapper tasks = new TaskMapper();

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    @ParameterizedTest
    @EnumSource(SubmissionShape.class)
    void writesEveryShapeOfFormAsATaskWithoutValidationErrors(SubmissionShape shape) {
        Task task = tasks.toTask(FIXTURE.forms.valid(shape));

        ReleaseMappingTest.assertValid(task);
    }

    @ParameterizedTest
    @EnumSource(SubmissionShape.class)
    void readsBackTheSameRequestFromTheTaskItsFormBecomes(SubmissionShape shape) {
        RecordsRequestSubmission form = FIXTURE.forms.valid(shape);
        Task posted = (Task) R4Validation.CONTEXT.newJsonParser().parseResource(
                R4Validation.CONTEXT.newJsonParser().encodeResourceToString(tasks.toTask(form)));

        TaskSubmission read = tasks.fromTask(posted);

        assertThat(read.problems()).isEmpty();
        AcceptedSubmission direct = FIXTURE.intake.accept(Fixture.PRACTICE, form);
        AcceptedSubmission viaFhir = FIXTURE.intake.accept(Fixture.PRACTICE, read.submission());
        assertThat(viaFhir.request()).isEqualTo(direct.request());
        assertThat(viaFhir.authorization()).isEqualTo(direct.authorization());
        assertThat(viaFhir.idempotencyKey()).isEqualTo(direct.idempotencyKey());
    }

    @Test
    void showsEveryRequestStatusAsATaskStatusAndKeepsItInTheBusinessStatus() {
        assertThat(TaskMapper.status(RequestStatus.AWAITING_AUTHORIZATION)).isEqualTo(Task.TaskStatus.ONHOLD);
        assertThat(TaskMapper.status(RequestStatus.IN_PROCESS)).isEqualTo(Task.TaskStatus.INPROGRESS);
        assertThat(TaskMapper.status(RequestStatus.READY_FOR_RELEASE)).isEqualTo(Task.TaskStatus.READY);
        assertThat(TaskMapper.status(RequestStatus.RELEASED)).isEqualTo(Task.TaskStatus.COMPLETED);
        assertThat(TaskMapper.status(RequestStatus.DENIED)).isEqualTo(Task.TaskStatus.REJECTED);
        assertThat(TaskMapper.status(RequestStatus.WITHDRAWN)).isEqualTo(Task.TaskStatus.CANCELLED);
        EnumSet<Task.TaskStatus> used = EnumSet.noneOf(Task.TaskStatus.class);
        for (RequestStatus s : RequestStatus.values()) {
            used.add(TaskMapper.status(s));
        }
        assertThat(used).doesNotContain(Task.TaskStatus.DRAFT, Task.TaskStatus.REQUESTED,
                Task.TaskStatus.ENTEREDINERROR, Task.TaskStatus.NULL);
    }
}
