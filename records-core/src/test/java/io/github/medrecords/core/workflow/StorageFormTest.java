package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.medrecords.core.fee.ChargeScope;
import io.github.medrecords.core.fee.Compliance;
import io.github.medrecords.core.fee.ComplianceFinding;
import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.LegalLimit;
import io.github.medrecords.core.fee.LimitKind;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.timeframe.DeadlineRule;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.timeframe.RequestKind;
import io.github.medrecords.core.timeframe.RuleDeadline;
import io.github.medrecords.core.party.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The persistence form as a storage adapter uses it: a request rebuilt from its snapshot is the same
 * request, each copy-with method changes its own part only, and rules a stored request relied on that
 * this library no longer knows are listed.
 */
class StorageFormTest {

    private static RequestCase quoted() {
        return Cases.fulfilled(Cases.submitted(Cases.reportAndNotes(), Optional.empty()), Cases.paperPages(4));
    }

    @Test
    void aRequestRebuiltFromItsSnapshotIsTheSameRequestUntilItsVersionDiffers() {
        RequestCase c = quoted();
        RequestCase rebuilt = RequestCase.restore(c.snapshot());

        assertThat(rebuilt).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(c.withVersion(c.version() + 1)).isNotEqualTo(c);
        assertThat(c).isNotEqualTo(Cases.submitted(Cases.reportAndNotes(), Optional.empty()));
        assertThat(rebuilt.practiceId()).isEqualTo(Cases.PRACTICE.id());
        assertThat(rebuilt.patientKey()).isEqualTo(PatientKey.of(Cases.MARIA));
        assertThat(rebuilt.snapshot().idempotencyKey()).contains("portal-key-1");
        assertThat(rebuilt.snapshot().repeatOf()).isEmpty();
        assertThat(c.toString()).contains(c.number().value(), RequestStatus.QUOTED.name())
                .doesNotContain("Maria", "Kowalski");
    }

    @Test
    void aRequestIdRoundTripsThroughItsText() {
        RequestId id = RequestId.random();
        assertThat(RequestId.parse(id.toString())).isEqualTo(id);
        assertThat(id.toString()).isEqualTo(id.value().toString());
    }

    @Test
    void eachCopyWithMethodChangesItsOwnPartOnly() {
        RequestCase c = quoted();
        RequestCase.Snapshot s = c.snapshot();

        RequestCase cancelled = RequestCase.restore(s.withProgress(s.progress().withStatus(RequestStatus.CANCELLED)));
        assertThat(cancelled.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(cancelled.quote()).isEqualTo(c.quote());
        assertThat(cancelled.history()).isEqualTo(c.history());

        RequestCase authorized = RequestCase.restore(s.withProgress(s.progress()
                .withAuthorization(Optional.of(Cases.validAuthorization()))));
        assertThat(authorized.authorization()).contains(Cases.validAuthorization());
        assertThat(authorized.status()).isEqualTo(c.status());

        RequestCase undated = RequestCase.restore(s.withProgress(s.progress().withDueDate(Optional.empty())));
        assertThat(undated.dueDate()).isEmpty();
        assertThat(undated.status()).isEqualTo(c.status());

        RequestCase denied = c.deny(DenialGround.PRIVACY_ACT, Set.of(0, 1), Optional.empty(), STAFF, at(2)).after();
        RequestCase undenied = RequestCase.restore(denied.snapshot().withOutcome(RequestCase.Snapshot.Outcome.none()));
        assertThat(undenied.denial()).isEmpty();
        assertThat(undenied.status()).isEqualTo(RequestStatus.DENIED);

        RequestCase shortened = RequestCase.restore(s.withHistory(List.of(s.history().get(0))));
        assertThat(shortened.history()).containsExactly(c.history().get(0));
        assertThat(shortened.quote()).isEqualTo(c.quote());

        RequestCase estimated = RequestCase.restore(s.withFees(RequestCase.Snapshot.Fees.estimated(c.estimate())));
        assertThat(estimated.quote()).isEmpty();
        assertThat(estimated.snapshot().fulfilment()).isEmpty();
        assertThat(estimated.status()).isEqualTo(c.status());
    }

    @Test
    void listsTheRulesAStoredRequestReliedOnThatThisLibraryNoLongerKnows() {
        RequestCase c = quoted();
        assertThat(c.rulesNoLongerKnown()).isEmpty();

        Quote q = c.quote().orElseThrow();
        LegalLimit gone = LegalLimit.noLongerKnown("R5.2-2019", LimitKind.PER_PAGE_MAXIMUM, ChargeScope.REQUEST, null,
                null);
        List<ComplianceFinding> findings = new java.util.ArrayList<>(q.compliance().findings());
        findings.add(ComplianceFinding.of(ComplianceOutcome.COMPLIANT, gone, q.total(), q.total()));
        Quote stored = Quote.of(q.context(), q.lines(), Compliance.of(q.total(), findings));
        DueDate due = c.dueDate().orElseThrow();
        DueDate storedDue = DueDate.of(due.query(), List.of(RuleDeadline.of(
                DeadlineRule.noLongerKnown("ct-2019", "R5.6-2019", RequestKind.RECORDS, LocalDate.of(2019, 1, 1)),
                due.legalDate(), null, due.workingTarget())), Optional.empty(), due.calendar());
        RequestCase.Snapshot s = c.snapshot();

        RequestCase read = RequestCase.restore(s.withFees(s.fees().withQuote(s.fulfilment(), stored))
                .withProgress(s.progress().withDueDate(Optional.of(storedDue))));

        assertThat(read.rulesNoLongerKnown()).containsExactly("R5.2-2019", "R5.6-2019");
        assertThat(read.quote().orElseThrow().total()).isEqualTo(q.total());
        assertThat(read.dueDate().orElseThrow().legalDate()).isEqualTo(due.legalDate());
    }

    @Test
    void aReleaseWithADeviationSaysSoButNotWhy() {
        Release release = new Release(DeliveryMethod.FAX, "Whitfield & Ames LLP", Instant.parse("2026-11-06T15:00:00Z"),
                STAFF, Optional.of("Maria Kowalski asked by phone"));
        assertThat(release.toString()).contains("FAX", "deviated").doesNotContain("Maria", "Whitfield");
        Release asAsked = new Release(DeliveryMethod.FAX, "Whitfield & Ames LLP",
                Instant.parse("2026-11-06T15:00:00Z"), STAFF, Optional.empty());
        assertThat(asAsked.toString()).contains("FAX").doesNotContain("deviated");
    }

    @Test
    void aHandOffReportPrintsWhenButNotWhatWasReported() {
        HandOff.Progress report = new HandOff.Progress(Instant.parse("2026-11-09T15:00:00Z"),
                "Called Maria Kowalski at 12 Elm");
        assertThat(report.toString()).contains("2026-11-09T15:00:00Z").doesNotContain("Maria", "Elm");
    }

    @Test
    void aDenialNoticeIsOnlyForADeniedRequestAndAPartialOnePromisesTheRestInItsText() {
        RequestCase open = Cases.submitted(Cases.reportAndNotes(), Optional.empty());
        assertThatIllegalStateException().isThrownBy(() -> DenialNotice.of(open, Cases.PRACTICE.complaintContact()))
                .withMessage("The request is not denied");

        RequestCase partly = open.deny(DenialGround.LITIGATION_MATERIAL, Set.of(1), Optional.empty(), STAFF, at(1))
                .after();
        DenialNotice notice = DenialNotice.of(partly, Cases.PRACTICE.complaintContact());
        assertThat(notice.restReleased()).isPresent();
        assertThat(notice.text()).contains(notice.restReleased().get());
        assertThat(notice.toString()).contains(partly.number().value(), "LITIGATION_MATERIAL");
    }

    @Test
    void everyStatusAndTheNotFulfilledRefusalHaveWordsForPeople() {
        for (RequestStatus status : RequestStatus.values()) {
            assertThat(status.plainWords()).isNotBlank().isEqualTo(status.plainWords(Language.ENGLISH));
        }
        assertThat(new ReleaseRefusal.NotFulfilled().explain()).contains("copied");
    }
}
