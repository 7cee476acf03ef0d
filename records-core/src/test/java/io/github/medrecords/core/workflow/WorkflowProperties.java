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
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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
