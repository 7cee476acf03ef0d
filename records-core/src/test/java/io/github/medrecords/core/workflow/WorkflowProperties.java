package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.PRACTICE;
import static io.github.medrecords.core.workflow.Cases.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.medrecords.core.MedrecordsException;
import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.IdentityVerification;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.timeframe.Extension;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of staff commands on requests of every legal basis.
 */
class WorkflowProperties {

    private static final List<RecordsRequest> REQUESTS = List.of(Cases.imagesOnCd(), Cases.attorney(),
            Cases.subpoena(), Cases.continuingCare());
    private static final int COMMANDS = 14;

    @Test
    void commandSequencesNeverReleaseWithoutEveryGuardAndRefusalsChangeNothing() {
        AtomicInteger released = new AtomicInteger();
        AtomicInteger logged = new AtomicInteger();
        qt().withExamples(1500)
                .forAll(integers().between(0, REQUESTS.size() - 1),
                        lists().of(integers().between(0, COMMANDS - 1)).ofSizeBetween(1, 16))
                .checkAssert((start, commands) -> {
                    RecordsRequest request = REQUESTS.get(start);
                    RequestCase c = Cases.submitted(request, Optional.empty());
                    int day = 1;
                    int releases = 0;
                    for (int command : commands) {
                        ZonedDateTime at = Cases.zonedAt(day++);
                        RequestCase.Snapshot before = c.snapshot();
                        Transition t;
                        try {
                            t = apply(c, command, at);
                        } catch (MedrecordsException | IllegalArgumentException refused) {
                            assertThat(c.snapshot()).isEqualTo(before);
                            continue;
                        }
                        assertThat(t.before()).isSameAs(c);
                        assertThat(t.after().history()).hasSize(c.history().size() + 1);
                        if (t.after().status() == RequestStatus.RELEASED && c.status() != RequestStatus.RELEASED) {
                            releases++;
                            Release release = t.after().release().orElseThrow();
                            assertThat(c.failingGuards(release.method(), release.deviationReason(), at)).isEmpty();
                            assertThat(c.identity()).isPresent();
                            assertThat(c.feeSettled()).isTrue();
                            if (request.legalBasis().requiresAuthorization()) {
                                assertThat(c.authorization()).hasValueSatisfying(a -> assertThat(a.isValidAt(at))
                                        .isTrue());
                            }
                            assertThat(t.disclosures()).hasSize(request.legalBasis().listedInAccounting() ? 1 : 0);
                            released.incrementAndGet();
                            logged.addAndGet(t.disclosures().size());
                        } else {
                            assertThat(t.disclosures()).isEmpty();
                        }
                        c = t.after();
                    }
                    assertThat(releases).isLessThanOrEqualTo(1);
                    assertThat(c.release().isPresent()).isEqualTo(c.status() == RequestStatus.RELEASED);
                });
        assertThat(released.get()).as("sequences that reach a release").isGreaterThan(20);
        assertThat(logged.get()).as("releases that write a disclosure entry").isPositive();
    }

    private static final List<Supplier<RequestCase>> STARTS = List.of(
            () -> Cases.submitted(Cases.imagesOnCd(), Optional.empty()),
            () -> Cases.submitted(Cases.attorney(), Optional.empty()),
            () -> Cases.submitted(Cases.subpoena(), Optional.empty()),
            () -> Cases.submitted(Cases.continuingCare(), Optional.empty()),
            () -> Cases.submitted(Cases.reportAndNotes(), Optional.empty()),
            () -> Cases.submittedUnder(Cases.reportAndNotes(), Set.of()),
            () -> Cases.verified(Cases.submitted(Cases.reportAndNotes(), Optional.empty()).deny(
                    DenialGround.PSYCHOTHERAPY_NOTES, Set.of(1), Optional.empty(), STAFF, Cases.at(0)).after()));
    private static final int ALL_COMMANDS = COMMANDS + 12;
    private static final LicensedProfessional DR_LEE = LicensedProfessional.of("dr-lee", "Dr. Ana Lee", "MD");
    private static final LicensedProfessional DR_ROE = LicensedProfessional.of("dr-roe", "Dr. Sam Roe", "MD");

    @Test
    void sequencesOfEveryCommandNeverReleaseWhatADenialWithheldNorRepeatAnAlertNorMoveADeadlineUnlawfully() {
        AtomicInteger released = new AtomicInteger();
        AtomicInteger partlyDeniedReleases = new AtomicInteger();
        AtomicInteger extensions = new AtomicInteger();
        AtomicInteger alerts = new AtomicInteger();
        qt().withExamples(2000)
                .forAll(integers().between(0, STARTS.size() - 1),
                        lists().of(integers().between(0, ALL_COMMANDS - 1)).ofSizeBetween(1, 20))
                .checkAssert((start, commands) -> {
                    RequestCase c = STARTS.get(start).get();
                    Optional<LocalDate> original = c.dueDate().map(d -> d.legalDate());
                    int day = 1;
                    int releases = 0;
                    Set<EventType> deadlineEvents = EnumSet.noneOf(EventType.class);
                    int extended = 0;
                    for (int command : commands) {
                        ZonedDateTime at = Cases.zonedAt(day++);
                        RequestCase.Snapshot before = c.snapshot();
                        Transition t;
                        try {
                            t = command < COMMANDS ? apply(c, command, at) : applyPartTwo(c, command - COMMANDS, at);
                        } catch (MedrecordsException | IllegalArgumentException refused) {
                            assertThat(c.snapshot()).isEqualTo(before);
                            continue;
                        }
                        RequestCase after = t.after();
                        assertThat(after.history()).hasSize(c.history().size() + 1);
                        Set<Integer> withheldNow = after.status().isOpen() ? after.withheldSelections() : Set.of();
                        assertThat(after.snapshot().fulfilment()).as("an open request never holds copies it withholds")
                                .noneMatch(f -> withheldNow.contains(f.selectionIndex()));
                        for (DomainEvent e : t.events()) {
                            if (e.type() == EventType.DUE_SOON || e.type() == EventType.OVERDUE) {
                                assertThat(deadlineEvents.add(e.type())).as("raised once: " + e.type()).isTrue();
                                alerts.incrementAndGet();
                            }
                        }
                        if (!after.dueDate().equals(c.dueDate())) {
                            assertThat(t.history().get(0).action()).isEqualTo(HistoryAction.EXTENDED);
                            extended++;
                            extensions.incrementAndGet();
                            assertThat(after.dueDate().orElseThrow().legalDate())
                                    .isBeforeOrEqualTo(original.orElseThrow().plusDays(30));
                        }
                        if (after.status() == RequestStatus.RELEASED && c.status() != RequestStatus.RELEASED) {
                            releases++;
                            released.incrementAndGet();
                            Release release = after.release().orElseThrow();
                            List<ReleaseGuard> failing = c.failingGuards(release.method(), release.deviationReason(),
                                    at);
                            if (c.status() == RequestStatus.HANDED_OFF) {
                                assertThat(failing).doesNotContain(ReleaseGuard.AUTHORIZATION_PRESENT,
                                        ReleaseGuard.AUTHORIZATION_VALID, ReleaseGuard.AUTHORIZATION_COVERS);
                            } else {
                                assertThat(failing).isEmpty();
                            }
                            Set<Integer> withheld = c.withheldSelections();
                            if (!withheld.isEmpty()) {
                                partlyDeniedReleases.incrementAndGet();
                                assertThat(c.snapshot().fulfilment()).isNotEmpty()
                                        .noneMatch(f -> withheld.contains(f.selectionIndex()));
                                for (DisclosureEntry d : t.disclosures()) {
                                    for (int i : withheld) {
                                        assertThat(d.description())
                                                .doesNotContain(c.request().selections().get(i).type().label());
                                    }
                                }
                            }
                        }
                        c = after;
                    }
                    assertThat(releases).isLessThanOrEqualTo(1);
                    assertThat(extended).isLessThanOrEqualTo(1);
                    assertThat(c.release().isPresent()).isEqualTo(c.status() == RequestStatus.RELEASED);
                });
        assertThat(released.get()).as("sequences that reach a release").isGreaterThan(20);
        assertThat(partlyDeniedReleases.get()).as("releases after a partial denial").isPositive();
        assertThat(extensions.get()).as("extensions").isPositive();
        assertThat(alerts.get()).as("deadline alerts").isPositive();
    }

    private static Transition applyPartTwo(RequestCase c, int command, ZonedDateTime at) {
        int last = c.request().selections().size() - 1;
        LocalDate today = at.toLocalDate();
        return switch (command) {
            case 0 -> c.deny(DenialGround.PRIVACY_ACT, Set.of(last), Optional.empty(), STAFF, at.toInstant());
            case 1 -> c.deny(DenialGround.ENDANGERMENT, Set.of(last), Optional.of(DR_LEE), STAFF, at.toInstant());
            case 2 -> c.review(DR_ROE, Review.Outcome.REVERSED, STAFF, at.toInstant());
            case 3 -> c.review(DR_LEE, Review.Outcome.UPHELD, STAFF, at.toInstant());
            case 4 -> c.extend(Extension.of(today, c.dueDate().map(d -> d.legalDate().plusDays(20))
                    .orElse(today.plusDays(40)), "Archived off site"), STAFF, at.toInstant());
            case 5 -> c.cancel("", Cases.PATIENT, at.toInstant());
            case 6 -> c.withdrawAuthorization(STAFF, at.toInstant());
            case 7 -> c.recordNoRecordsFound("", STAFF, at.toInstant());
            case 8 -> c.handOff("Acme ROI Services", "ACME-1", STAFF, at.toInstant());
            case 9 -> c.recordOutsideRelease(c.request().delivery().method(), STAFF, at);
            case 10 -> c.raiseDeadlineAlerts(today.plusDays(20), 5, at.toInstant())
                    .orElseThrow(() -> new IllegalArgumentException("nothing to raise"));
            default -> {
                List<SelectionFulfilment> all = new ArrayList<>();
                for (int i = 0; i <= last; i++) {
                    all.add(SelectionFulfilment.ofPages(i, 2 + i, RecordKeeping.PAPER));
                }
                List<SelectionFulfilment> rest = all.stream()
                        .filter(f -> !c.withheldSelections().contains(f.selectionIndex())).toList();
                List<SelectionFulfilment> chosen = at.getDayOfMonth() % 3 == 0 || rest.isEmpty() ? all : rest;
                yield c.recordFulfilment(chosen, Cases.quote(c, chosen), STAFF, at.toInstant());
            }
        };
    }

    private static Transition apply(RequestCase c, int command, ZonedDateTime at) {
        return switch (command) {
            case 0 -> c.verifyIdentity(IdentityVerification.of("clerk-7", VerificationMethod.PHOTO_ID_COPY,
                    at.toInstant()), STAFF);
            case 1 -> c.attachAuthorization(Cases.validAuthorization(), STAFF, at);
            case 2 -> c.attachAuthorization(expired(at), STAFF, at);
            case 3 -> c.attachAuthorization(Cases.authorization(at.toLocalDate().plusMonths(3), "Someone Else"), STAFF,
                    at);
            case 4 -> c.recordFulfilment(Cases.paperPages(1 + at.getDayOfMonth() % 20),
                    Cases.quote(c, Cases.paperPages(1 + at.getDayOfMonth() % 20)), STAFF, at.toInstant());
            case 5 -> c.recordFulfilment(ehr(c), Cases.quote(c, ehr(c)), STAFF, at.toInstant());
            case 6 -> c.issueInvoice(STAFF, at.toInstant());
            case 7 -> c.recordPayment(c.invoice().map(Invoice::number).orElse("INV-none"), c.amountDue().isZero()
                    ? Money.ofCents(100) : c.amountDue(), PaymentMethod.CARD,
                    "ch-" + at.getDayOfMonth(), STAFF, at.toInstant());
            case 8 -> c.recordPayment("INV-other", Money.ofCents(100), PaymentMethod.CARD, "ch-x", STAFF,
                    at.toInstant());
            case 9 -> c.waiveFee("Hardship", STAFF, at.toInstant());
            case 10 -> c.refund("r-" + at.getDayOfMonth(), STAFF, at.toInstant());
            case 11 -> c.release(c.request().delivery().method(), Optional.empty(), PRACTICE.name(), STAFF, at);
            case 12 -> c.release(DeliveryMethod.FAX, Optional.empty(), PRACTICE.name(), STAFF, at);
            default -> c.release(DeliveryMethod.FAX, Optional.of("Asked for a fax"), PRACTICE.name(), STAFF, at);
        };
    }

    private static List<SelectionFulfilment> ehr(RequestCase c) {
        return List.of(SelectionFulfilment.ofPages(0, 10, RecordKeeping.ELECTRONIC));
    }

    private static Authorization expired(ZonedDateTime at) {
        return Cases.authorization(at.toLocalDate().minusDays(1), "Whitfield & Ames LLP");
    }
}
