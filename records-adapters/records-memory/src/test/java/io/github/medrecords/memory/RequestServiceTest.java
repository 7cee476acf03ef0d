package io.github.medrecords.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.MedrecordsException;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.intake.InvalidRequestException;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.service.SubmissionPreview;
import io.github.medrecords.core.workflow.HistoryAction;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.testkit.intake.SubmissionGenerator;
import io.github.medrecords.testkit.intake.SubmissionShape;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The application service end to end on the in-memory store.
 */
class RequestServiceTest {

    private static final PracticeProfile PRACTICE = ServiceFixture.PRACTICE;
    private static final ZoneId ZONE = ServiceFixture.ZONE;
    private static final Actor CLERK = Actor.staff("clerk-7");
    private static final Actor PORTAL = Actor.requester("portal");

    private final ServiceFixture fixture = new ServiceFixture();
    private final AtomicReference<Instant> now = fixture.now;
    private final InMemoryStore store = fixture.store;
    private final RequestService service = fixture.service;
    private final SubmissionGenerator forms = fixture.forms;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void showsTheEstimateDueDateAndWindowBeforeSubmission() {
        SubmissionPreview preview = service.preview(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_SECURE_LINK));

        assertThat(preview.dueDate()).map(d -> d.legalDate()).contains(LocalDate.of(2026, 12, 2));
        assertThat(preview.readyWindow().earliest()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(preview.estimate().lines()).isNotEmpty();
    }

    @Test
    void submitsOnceForAPortalThatPostsTwice() {
        RecordsRequestSubmission form = forms.valid(SubmissionShape.PATIENT_SECURE_LINK);

        RequestCase first = service.submit(PRACTICE.id(), form, PORTAL);
        RequestCase second = service.submit(PRACTICE.id(), form, PORTAL);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.number()).isEqualTo(first.number());
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.receivedAt()).isEqualTo(now.get());
    }

    @Test
    void refusesAnInvalidFormAndSavesNothing() {
        RecordsRequestSubmission form = forms.valid(SubmissionShape.PATIENT_SECURE_LINK);
        form.getDelivery().setEmail(null);

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> service.submit(PRACTICE.id(), form, PORTAL));
        assertThat(store.findByIdempotencyKey(PRACTICE.id(), form.getIdempotencyKey())).isEmpty();
    }

    @Test
    void refusesAnUnknownPractice() {
        assertThatExceptionOfType(MedrecordsException.class)
                .isThrownBy(() -> service.submit(PracticeId.of("elsewhere"), forms.valid(), PORTAL))
                .withMessageContaining("elsewhere");
    }

    @Test
    void linksARepeatRequestWithoutRestartingTheClock() {
        RecordsRequestSubmission first = forms.valid(SubmissionShape.PATIENT_PAPER_BY_MAIL);
        RequestCase original = service.submit(PRACTICE.id(), first, PORTAL);
        now.set(now.get().plus(Duration.ofDays(20)));
        RecordsRequestSubmission again = forms.valid(SubmissionShape.PATIENT_PAPER_BY_MAIL);
        again.setPatient(first.getPatient());
        again.setRecords(first.getRecords());

        RequestCase repeat = service.submit(PRACTICE.id(), again, PORTAL);

        assertThat(repeat.repeatOf()).contains(original.number());
        assertThat(repeat.dueDate()).isEqualTo(original.dueDate());
        RequestCase reloaded = service.require(original.id());
        assertThat(reloaded.priorityRaised()).isTrue();
        assertThat(reloaded.repeatCount()).isEqualTo(1);
        assertThat(reloaded.history()).last().extracting(h -> h.action()).isEqualTo(HistoryAction.REPEAT_RECEIVED);
    }

    @Test
    void runsAPatientRequestToReleaseWithItsNotifications() {
        RequestCase c = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_CD_BY_MAIL), PORTAL);
        c = service.verifyIdentity(c.id(), VerificationMethod.PHOTO_ID_COPY, CLERK);
        List<SelectionFulfilment> cd = List.of(SelectionFulfilment.ofMedia(0, 1, RecordKeeping.ELECTRONIC));
        c = service.recordFulfilment(c.id(), cd, Money.ZERO, CLERK);
        assertThat(c.status()).isEqualTo(RequestStatus.QUOTED);
        c = service.issueInvoice(c.id(), CLERK);
        c = service.recordPayment(c.id(), c.invoice().orElseThrow().number(), c.amountDue(), PaymentMethod.CARD,
                "ch_1", PORTAL);
        c = service.release(c.id(), CLERK);

        assertThat(c.status()).isEqualTo(RequestStatus.RELEASED);
        assertThat(c.version()).isEqualTo(6);
        List<OutboxMessage> sent = store.claim("test-relay", 100, now.get().plusSeconds(1), Duration.ofMinutes(1));
        assertThat(sent).filteredOn(m -> m.channel() == Channel.EMAIL).extracting(OutboxMessage::event)
                .containsExactly(EventType.SUBMITTED, EventType.INVOICE_ISSUED, EventType.PAID, EventType.RELEASED);
        assertThat(sent).filteredOn(m -> m.channel() == Channel.WEBHOOK).hasSizeGreaterThan(4)
                .allSatisfy(m -> assertThat(m.payload()).doesNotContainKeys("patientName", "mailingAddress"));
        assertThat(sent).filteredOn(m -> m.event() == EventType.INVOICE_ISSUED && m.channel() == Channel.EMAIL)
                .singleElement().satisfies(m -> assertThat(m.payload()).containsKeys("line.01.description",
                        "quoteTotal", "invoiceNumber"));
        assertThat(sent).extracting(OutboxMessage::idempotencyKey).doesNotHaveDuplicates();
    }

    @Test
    void writesTheDisclosureLogWhenTheAccountingListsTheRelease() {
        RequestCase c = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.COURT_ORDER), CLERK);
        c = service.verifyIdentity(c.id(), VerificationMethod.DOCUMENTS_OF_AUTHORITY, CLERK);
        c = service.recordFulfilment(c.id(), List.of(SelectionFulfilment.ofPages(0, 3, RecordKeeping.PAPER)),
                Money.ZERO, CLERK);
        c = service.issueInvoice(c.id(), CLERK);
        c = service.recordPayment(c.id(), c.invoice().orElseThrow().number(), c.amountDue(), PaymentMethod.CHECK,
                "chk-1", CLERK);
        RequestCase released = service.release(c.id(), CLERK);

        assertThat(store.entriesFor(PRACTICE.id(), released.patientKey(), Instant.EPOCH, now.get().plusSeconds(1)))
                .singleElement().satisfies(d -> assertThat(d.requestNumber()).contains(released.number()));
    }

    @Test
    void tellsARequesterWithoutEmailByLetter() {
        RecordsRequestSubmission form = forms.valid(SubmissionShape.PATIENT_PAPER_BY_MAIL);
        form.getPatient().setEmail(null);

        service.submit(PRACTICE.id(), form, PORTAL);

        assertThat(store.claim("relay", 10, now.get().plusSeconds(1), Duration.ofMinutes(1)))
                .filteredOn(m -> m.channel() != Channel.WEBHOOK).singleElement().satisfies(m -> {
                    assertThat(m.channel()).isEqualTo(Channel.LETTER);
                    assertThat(m.payload()).containsKey("mailingAddress");
                });
    }
}
