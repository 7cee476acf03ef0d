package io.github.medrecords.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.intake.RecordSelectionForm;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.service.AccountingOfDisclosures;
import io.github.medrecords.core.service.AccountingService;
import io.github.medrecords.core.service.DashboardRow;
import io.github.medrecords.core.service.DeadlineSweep;
import io.github.medrecords.core.service.ExtensionResult;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.service.RequesterView;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.ExtensionRefusedException;
import io.github.medrecords.core.timeframe.StandingPolicy;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.DeadlineAlert;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.DenialNotice;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.LicensedProfessional;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.Review;
import io.github.medrecords.testkit.intake.SubmissionGenerator;
import io.github.medrecords.testkit.intake.SubmissionShape;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Denials and reviews, extensions, closures, hand-offs and deadline sweeps through the service on the
 * in-memory store, with the notifications they cause.
 */
class WorkflowPartTwoServiceTest {

    private static final PracticeProfile PRACTICE = ServiceFixture.PRACTICE;
    private static final ZoneId ZONE = ServiceFixture.ZONE;
    private static final Actor CLERK = Actor.staff("clerk-7");
    private static final Actor PORTAL = Actor.requester("portal");
    private static final ZonedDateTime DAY_0 = ServiceFixture.DAY_0;
    private static final LicensedProfessional DR_LEE = LicensedProfessional.of("dr-lee", "Dr. Ana Lee", "MD, CT 1");
    private static final LicensedProfessional DR_ROE = LicensedProfessional.of("dr-roe", "Dr. Sam Roe", "MD, CT 2");

    private final ServiceFixture fixture = new ServiceFixture();
    private final AtomicReference<Instant> now = fixture.now;
    private final InMemoryStore store = fixture.store;
    private final RequestService service = fixture.service;
    private final SubmissionGenerator forms = fixture.forms;

    @AfterEach
    void close() {
        fixture.close();
    }

    private void day(int days) {
        now.set(DAY_0.plusDays(days).toInstant());
    }

    private List<OutboxMessage> sent() {
        return store.claim("test-relay", 500, now.get().plusSeconds(1), Duration.ofMinutes(1));
    }

    private static Map<String, String> emailFor(List<OutboxMessage> sent, EventType event) {
        return sent.stream().filter(m -> m.event() == event && m.channel() == Channel.EMAIL).findFirst()
                .orElseThrow().payload();
    }

    private static Set<Integer> every(RequestCase c) {
        return IntStream.range(0, c.request().selections().size()).boxed().collect(Collectors.toSet());
    }

    @Test
    void aReviewableDenialSendsItsNoticeAndAReviewThatReversesItIsToldToo() {
        RequestCase c = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_CD_BY_MAIL), PORTAL);
        day(1);
        c = service.deny(c.id(), DenialGround.ENDANGERMENT, every(c), Optional.of(DR_LEE), CLERK);
        assertThat(c.status()).isEqualTo(RequestStatus.DENIED);
        DenialNotice notice = service.denialNotice(c.id());
        day(5);
        c = service.review(c.id(), DR_ROE, Review.Outcome.REVERSED, CLERK);
        assertThat(c.status()).isEqualTo(RequestStatus.IN_PROCESS);

        List<OutboxMessage> sent = sent();
        Map<String, String> denied = emailFor(sent, EventType.DENIED);
        assertThat(denied).containsEntry("denialGround", "ENDANGERMENT")
                .containsEntry("denialRule", "R1.18")
                .containsEntry("denialBasis", DenialGround.ENDANGERMENT.basis())
                .containsEntry("denialWhole", "true")
                .containsEntry("reviewable", "true")
                .containsEntry("reviewRights", notice.reviewRights().orElseThrow())
                .containsEntry("complaintContact", PRACTICE.complaintContact().nameOrTitle())
                .containsEntry("complaintPhone", PRACTICE.complaintContact().phone().formatted())
                .containsEntry("practiceComplaint", notice.practiceComplaint())
                .containsEntry("secretaryComplaint", DenialNotice.SECRETARY_COMPLAINT)
                .containsEntry("noticeText", notice.text())
                .doesNotContainKey("restReleased");
        assertThat(emailFor(sent, EventType.DENIAL_REVERSED)).containsEntry("reviewOutcome", "REVERSED")
                .containsEntry("reviewerName", "Dr. Sam Roe").containsEntry("statusWords",
                        RequestStatus.IN_PROCESS.plainWords());
        assertThat(sent).filteredOn(m -> m.channel() == Channel.WEBHOOK)
                .allSatisfy(m -> assertThat(m.payload()).doesNotContainKeys("noticeText", "reviewRights"));
    }

    @Test
    void aPartialDenialMessageSaysTheRestStillComes() {
        RequestCase c = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_CD_BY_MAIL), PORTAL);
        assertThat(c.request().selections()).hasSizeGreaterThan(1);

        service.deny(c.id(), DenialGround.PRIVACY_ACT, Set.of(1), Optional.empty(), CLERK);

        assertThat(emailFor(sent(), EventType.PARTIALLY_DENIED))
                .containsEntry("restReleased", "We will still provide the other records you asked for.")
                .containsEntry("denialWhole", "false")
                .containsEntry("reviewable", "false")
                .containsEntry("denialRule", "R1.17")
                .containsEntry("complaintPhone", PRACTICE.complaintContact().phone().formatted())
                .containsEntry("secretaryComplaint", DenialNotice.SECRETARY_COMPLAINT)
                .doesNotContainKey("reviewRights");
    }

    @Test
    void anExtensionUnderHipaaDoesNotMoveConnecticutsThirtyDays() {
        RequestCase c = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_CD_BY_MAIL), PORTAL);
        LocalDate legal = c.dueDate().orElseThrow().legalDate();
        day(10);

        ExtensionResult result = service.extend(c.id(), legal.plusDays(20), "Records archived off site", CLERK);

        assertThat(result.bindingDateMoved()).isFalse();
        assertThat(result.bindingDate()).isEqualTo(legal);
        assertThat(result.limitedByRule()).contains("R5.6");
        assertThat(result.request().dueDate().orElseThrow().extension()).isPresent();
        Map<String, String> email = emailFor(sent(), EventType.EXTENDED);
        assertThat(email).containsEntry("extensionReason", "Records archived off site")
                .containsEntry("extensionNewDate", legal.plusDays(20).toString())
                .containsEntry("extensionGivenOn", DAY_0.plusDays(10).toLocalDate().toString())
                .containsEntry("bindingDateMoved", "false")
                .containsEntry("legalDate", legal.toString())
                .containsEntry("extensionLimitedBy", "R5.6");

        assertThatExceptionOfType(ExtensionRefusedException.class)
                .isThrownBy(() -> service.extend(c.id(), legal.plusDays(25), "Again", CLERK))
                .extracting(ExtensionRefusedException::refusal)
                .isEqualTo(ExtensionRefusedException.Refusal.SECOND_EXTENSION);
        assertThat(service.require(c.id()).version()).isEqualTo(2);
    }

    @Test
    void closesARequestAsNoRecordsCancelledOrWithdrawn() {
        RequestCase a = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_CD_BY_MAIL), PORTAL);
        RequestCase b = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_SECURE_LINK), PORTAL);
        RequestCase d = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.ATTORNEY_AUTHORIZATION), CLERK);

        assertThat(service.recordNoRecordsFound(a.id(), "Searched EHR and archive", CLERK).status())
                .isEqualTo(RequestStatus.NO_RECORDS);
        assertThat(service.cancel(b.id(), "No longer needed", PORTAL).status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(d.authorization()).isPresent();
        RequestCase withdrawn = service.withdrawAuthorization(d.id(), CLERK);
        assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(withdrawn.authorization().orElseThrow().revokedAt()).isPresent();
        assertThat(sent()).filteredOn(m -> m.channel() != Channel.WEBHOOK).extracting(OutboxMessage::event)
                .contains(EventType.NO_RECORDS_FOUND, EventType.CANCELLED);
    }

    @Test
    void anOutsideCompanysReleaseIsRecordedInThePracticesDisclosureLog() {
        RequestCase c = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.COURT_ORDER), CLERK);
        day(1);
        c = service.handOff(c.id(), "Acme ROI Services", "ACME-991", CLERK);
        assertThat(c.status()).isEqualTo(RequestStatus.HANDED_OFF);
        assertThat(c.status().isOpen()).isTrue();
        assertThat(c.dueDate()).isEqualTo(service.require(c.id()).dueDate());
        day(3);
        c = service.recordHandOffProgress(c.id(), "Copies pulled", CLERK);
        day(6);
        c = service.recordOutsideRelease(c.id(), DeliveryMethod.PAPER_BY_MAIL, CLERK);

        assertThat(c.status()).isEqualTo(RequestStatus.RELEASED);
        assertThat(c.handOff().orElseThrow().progress()).hasSize(1);
        RequestCase released = c;
        assertThat(store.entriesFor(PRACTICE.id(), c.patientKey(), Instant.EPOCH, now.get().plusSeconds(1)))
                .singleElement().satisfies(e -> {
                    assertThat(e.disclosedBy()).isEqualTo("Acme ROI Services");
                    assertThat(e.requestNumber()).contains(released.number());
                });
    }

    @Test
    void theSweepRaisesEachAlertOnceAndListsTheOverdueWorstFirst() {
        RequestCase first = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_CD_BY_MAIL), PORTAL);
        day(3);
        RequestCase second = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_SECURE_LINK), PORTAL);
        assertThat(second.dueDate()).isPresent();
        assertThat(service.sweepDeadlines(PRACTICE.id(), 5)).satisfies(s -> {
            assertThat(s.dueSoonRaised()).isZero();
            assertThat(s.overdue()).isEmpty();
        });

        day(29);
        DeadlineSweep soon = service.sweepDeadlines(PRACTICE.id(), 5);
        assertThat(soon.dueSoonRaised()).isPositive();
        assertThat(service.sweepDeadlines(PRACTICE.id(), 5).dueSoonRaised()).isZero();

        day(60);
        DeadlineSweep late = service.sweepDeadlines(PRACTICE.id(), 5);
        assertThat(late.overdueRaised()).isEqualTo(2);
        assertThat(late.overdue()).extracting(RequestCase::id).containsExactly(first.id(), second.id());
        DeadlineSweep again = service.sweepDeadlines(PRACTICE.id(), 5);
        assertThat(again.overdueRaised()).isZero();
        assertThat(again.overdue()).hasSize(2);
        assertThat(service.require(first.id()).alertsRaised()).contains(DeadlineAlert.OVERDUE);
        List<OutboxMessage> sent = sent();
        assertThat(sent).filteredOn(m -> m.event() == EventType.OVERDUE).hasSize(2);
        assertThat(sent).extracting(OutboxMessage::idempotencyKey).doesNotHaveDuplicates();
    }

    @Test
    void anAccountingListsSixYearsOfTheLogIncludingABusinessAssociatesAndTheFirstInAYearIsFree() {
        RequestCase c = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.COURT_ORDER), CLERK);
        c = service.handOff(c.id(), "Acme ROI Services", "ACME-991", CLERK);
        day(4);
        c = service.recordOutsideRelease(c.id(), DeliveryMethod.PAPER_BY_MAIL, CLERK);
        AccountingService accounting = new AccountingService(PracticeDirectory.of(PRACTICE), store,
                DeadlineRules.defaults(), fixture.clock);
        DisclosureEntry associate = new DisclosureEntry(UUID.randomUUID(), PRACTICE.id(), c.patientKey(),
                Optional.empty(), DAY_0.plusDays(5).toInstant(), "State Health Department", Optional.empty(),
                "Immunization record", "Public health reporting", LegalBasis.PUBLIC_HEALTH, "Acme ROI Services");
        DisclosureEntry tooOld = new DisclosureEntry(UUID.randomUUID(), PRACTICE.id(), c.patientKey(),
                Optional.empty(), DAY_0.minusYears(7).toInstant(), "County Court", Optional.empty(),
                "MRI report", "Subpoena", LegalBasis.COURT_ORDER_OR_SUBPOENA, PRACTICE.name());
        accounting.recordBusinessAssociateDisclosure(associate);
        accounting.recordBusinessAssociateDisclosure(tooOld);
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> accounting.recordBusinessAssociateDisclosure(new DisclosureEntry(UUID.randomUUID(),
                        PRACTICE.id(), associate.patient(), Optional.empty(), DAY_0.toInstant(), "Insurer",
                        Optional.empty(), "Claims", "Underwriting", LegalBasis.AUTHORIZATION, "Acme ROI Services")))
                .withMessageContaining("R4.2");
        day(10);

        AccountingOfDisclosures first = accounting.accountingFor(PRACTICE.id(), c.patientKey(), List.of());

        assertThat(first.entries()).extracting(DisclosureEntry::recipientName).hasSize(2)
                .last().isEqualTo("State Health Department");
        assertThat(first.entries()).allSatisfy(e -> assertThat(e.disclosedBy()).isEqualTo("Acme ROI Services"));
        assertThat(first.periodFrom()).isEqualTo(DAY_0.plusDays(10).minusYears(6).toLocalDate().atStartOfDay(ZONE)
                .toInstant());
        assertThat(first.free()).isTrue();
        assertThat(first.dueDate().orElseThrow().legalDate()).isEqualTo(DAY_0.plusDays(70).toLocalDate());
        assertThat(first.dueDate().orElseThrow().bindingRule().ruleId()).isEqualTo("R4.5");
        assertThat(first.toString()).doesNotContain("State Health Department");
        AccountingOfDisclosures second = accounting.accountingFor(PRACTICE.id(), c.patientKey(),
                List.of(DAY_0.minusMonths(3).toInstant()));
        assertThat(second.free()).isFalse();
        assertThat(second.mayCharge()).isTrue();
        assertThat(accounting.accountingFor(PRACTICE.id(), c.patientKey(), List.of(DAY_0.minusMonths(13)
                .toInstant())).free()).isTrue();
    }

    @Test
    void psychotherapyNotesCanBeAskedForAreFlaggedForStaffAndDeniedWithoutReview() {
        RecordsRequestSubmission form = forms.valid(SubmissionShape.PATIENT_SECURE_LINK);
        RecordSelectionForm notes = new RecordSelectionForm();
        notes.setType(RecordType.PSYCHOTHERAPY_NOTES.code());
        notes.setCopies(1);
        List<RecordSelectionForm> records = new java.util.ArrayList<>(form.getRecords());
        records.add(notes);
        form.setRecords(records);

        RequestCase c = service.submit(PRACTICE.id(), form, PORTAL);
        int index = c.request().selections().size() - 1;
        assertThat(c.request().selections().get(index).type()).isEqualTo(RecordType.PSYCHOTHERAPY_NOTES);
        assertThat(service.dashboard(PRACTICE.id(), StandingPolicy.defaults())).singleElement()
                .satisfies(r -> assertThat(r.flags()).contains(DashboardRow.Flag.PSYCHOTHERAPY_NOTES));

        RequestCase denied = service.deny(c.id(), DenialGround.PSYCHOTHERAPY_NOTES, Set.of(index), Optional.empty(),
                CLERK);

        assertThat(denied.withheldSelections()).containsExactly(index);
        assertThat(DenialGround.PSYCHOTHERAPY_NOTES.reviewable()).isFalse();
        assertThat(service.dashboard(PRACTICE.id(), StandingPolicy.defaults())).singleElement()
                .satisfies(r -> assertThat(r.flags()).doesNotContain(DashboardRow.Flag.PSYCHOTHERAPY_NOTES));
    }

    @Test
    void theAccountingPeriodStartsAtTheStartOfItsFirstDayInThePracticesZone() {
        RequestCase c = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_CD_BY_MAIL), PORTAL);
        AccountingService accounting = new AccountingService(PracticeDirectory.of(PRACTICE), store,
                DeadlineRules.defaults(), fixture.clock);
        ZonedDateTime firstDay = DAY_0.minusYears(6).toLocalDate().atStartOfDay(ZONE);
        accounting.recordBusinessAssociateDisclosure(disclosure(c, firstDay.plusMinutes(30), "Early County Court"));
        accounting.recordBusinessAssociateDisclosure(disclosure(c, firstDay.minusMinutes(1), "Day Before Court"));

        AccountingOfDisclosures asked = accounting.accountingFor(PRACTICE.id(), c.patientKey(), List.of());

        assertThat(DAY_0.getHour()).isGreaterThan(0);
        assertThat(asked.periodFrom()).isEqualTo(firstDay.toInstant());
        assertThat(asked.entries()).extracting(DisclosureEntry::recipientName).containsExactly("Early County Court");
    }

    private static DisclosureEntry disclosure(RequestCase c, ZonedDateTime at, String recipient) {
        return new DisclosureEntry(UUID.randomUUID(), PRACTICE.id(), c.patientKey(), Optional.empty(),
                at.toInstant(), recipient, Optional.empty(), "MRI report", "Subpoena",
                LegalBasis.COURT_ORDER_OR_SUBPOENA, "Acme ROI Services");
    }

    @Test
    void theRequesterSeesPlainWordsNextStepsAndTheirNoticesButNothingStaffOnly() {
        RequestCase c = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_CD_BY_MAIL), PORTAL);
        day(1);
        c = service.deny(c.id(), DenialGround.ENDANGERMENT, every(c), Optional.of(DR_LEE), CLERK);

        RequesterView denied = service.requesterView(c.id());
        assertThat(denied.requestNumber()).isEqualTo(c.number().value());
        assertThat(denied.statusWords()).isEqualTo(RequestStatus.DENIED.plainWords());
        assertThat(denied.nextStep()).contains("ask for a review");
        assertThat(denied.expectedWindow()).isEmpty();
        assertThat(denied.legalDueDate()).isEmpty();
        assertThat(denied.notices()).extracting(RequesterView.Notice::event)
                .containsExactly(EventType.SUBMITTED, EventType.DENIED);
        assertThat(denied.toString()).doesNotContain("dr-lee", "clerk-7", "Dr. Ana Lee");

        day(2);
        c = service.review(c.id(), DR_ROE, Review.Outcome.REVERSED, CLERK);
        RequesterView reopened = service.requesterView(c.id());
        assertThat(reopened.status()).isEqualTo(RequestStatus.IN_PROCESS);
        assertThat(reopened.expectedWindow()).isPresent();
        assertThat(reopened.legalDueDate()).isEqualTo(c.dueDate().map(d -> d.legalDate()));
        assertThat(reopened.notices()).extracting(RequesterView.Notice::event).last()
                .isEqualTo(EventType.DENIAL_REVERSED);
    }

    @Test
    void theDashboardShowsOpenRequestsMostUrgentFirstWithOwnerAndFlags() {
        RequestCase calm = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_SECURE_LINK), PORTAL);
        day(-20);
        RequestCase urgent = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_CD_BY_MAIL), PORTAL);
        RequestCase closed = service.submit(PRACTICE.id(), forms.valid(SubmissionShape.PATIENT_PORTAL), PORTAL);
        service.cancel(closed.id(), "", PORTAL);
        day(5);
        service.handOff(urgent.id(), "Acme ROI Services", "ACME-7", CLERK);
        service.extend(urgent.id(), urgent.dueDate().orElseThrow().legalDate().plusDays(10), "Archive", CLERK);

        List<DashboardRow> rows = service.dashboard(PRACTICE.id(), StandingPolicy.defaults());

        assertThat(rows).extracting(DashboardRow::id).containsExactly(urgent.id(), calm.id());
        assertThat(rows.get(0).owner()).contains("clerk-7");
        assertThat(rows.get(0).flags()).contains(DashboardRow.Flag.HANDED_OFF, DashboardRow.Flag.EXTENDED,
                DashboardRow.Flag.IDENTITY_NOT_VERIFIED);
        assertThat(rows.get(0).standing()).isPresent();
        assertThat(rows.get(1).owner()).isEmpty();
        assertThat(rows.get(1).timesAsked()).isEqualTo(1);
    }
}
