package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.party.PersonName;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.party.ContactDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The workflow's small value types: each refuses what would make it meaningless and keeps patient data out
 * of its text.
 */
class WorkflowValuesTest {

    private static PatientIdentity patient(String given, String family, LocalDate born) {
        return PatientIdentity.of(PersonName.of(given, family), born, null, ContactDetails.none());
    }

    @Test
    void numbersRequestsByYearAndSequenceWithinRange() {
        assertThat(RequestNumber.of(2026, 42)).hasToString("2026-000042");
        assertThat(RequestNumber.of(1000, 1).value()).isEqualTo("1000-000001");
        assertThat(RequestNumber.of(9999, 1).value()).isEqualTo("9999-000001");
        assertThatIllegalArgumentException().isThrownBy(() -> RequestNumber.of(999, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> RequestNumber.of(10000, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> RequestNumber.of(2026, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> RequestNumber.parse("2026-42"));
        assertThat(RequestNumber.parse("2026-000042")).isEqualTo(RequestNumber.of(2026, 42));
    }

    @Test
    void ordersRequestNumbersByYearThenSequence() {
        assertThat(List.of(RequestNumber.of(2026, 2), RequestNumber.of(2025, 9), RequestNumber.of(2026, 1)).stream()
                .sorted().toList()).containsExactly(RequestNumber.of(2025, 9), RequestNumber.of(2026, 1),
                        RequestNumber.of(2026, 2));
    }

    @Test
    void keysAPatientByNameAndBirthDateWhateverTheSpellingOfAccentsCaseAndPunctuation() {
        LocalDate born = LocalDate.of(1971, 3, 14);
        PatientKey key = PatientKey.of(patient("José", "O'Brien", born));

        assertThat(PatientKey.of(patient("jose", "OBRIEN", born))).isEqualTo(key);
        assertThat(PatientKey.of(patient("Jose", "O Brien", born))).isEqualTo(key);
        assertThat(PatientKey.of(patient("Jose", "O'Brien", born.plusDays(1)))).isNotEqualTo(key);
        assertThat(PatientKey.of(patient("O'Brien", "Jose", born))).as("given and family names are not swapped")
                .isNotEqualTo(key);
        assertThat(key.value()).matches("[0-9a-f]{64}");
        assertThat(key.toString()).isEqualTo("PatientKey[" + key.value().substring(0, 8) + "…]")
                .doesNotContainIgnoringCase("brien");
        assertThatIllegalArgumentException().isThrownBy(() -> new PatientKey("ABC"));
        assertThatIllegalArgumentException().as("upper-case hex").isThrownBy(() -> new PatientKey("A".repeat(64)));
        assertThatIllegalArgumentException().as("not hex").isThrownBy(() -> new PatientKey("g".repeat(64)));
        assertThatIllegalArgumentException().as("65 digits").isThrownBy(() -> new PatientKey("a".repeat(65)));
        assertThat(new PatientKey("09af".repeat(16)).value()).isEqualTo("09af".repeat(16));
    }

    @Test
    void refusesAnActorWithoutAnIdentifier() {
        assertThatIllegalArgumentException().isThrownBy(() -> Actor.staff(" "));
        assertThat(Actor.staff("clerk-7").kind()).isEqualTo(Actor.Kind.STAFF);
        assertThat(Actor.requester("portal-user-1").kind()).isEqualTo(Actor.Kind.REQUESTER);
    }

    @Test
    void aLicensedProfessionalNeedsAnIdentifierANameAndALicenceAndIsKnownByTheIdentifier() {
        assertThatIllegalArgumentException().isThrownBy(() -> LicensedProfessional.of(" ", "Dr. Lee", "CT-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> LicensedProfessional.of("p-1", " ", "CT-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> LicensedProfessional.of("p-1", "Dr. Lee", " "));
        LicensedProfessional lee = LicensedProfessional.of("p-1", "Dr. Lee", "CT-1");

        assertThat(lee.isSamePersonAs(LicensedProfessional.of("p-1", "Dr. A. Lee", "CT-2"))).isTrue();
        assertThat(lee.isSamePersonAs(LicensedProfessional.of("p-2", "Dr. Lee", "CT-1"))).isFalse();
    }

    @Test
    void refusesNegativeCountsInAFulfilmentButAcceptsZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> SelectionFulfilment.ofPages(-1, 1, RecordKeeping.PAPER));
        assertThatIllegalArgumentException().isThrownBy(() -> SelectionFulfilment.ofPages(0, -1, RecordKeeping.PAPER));
        assertThatIllegalArgumentException().isThrownBy(
                () -> SelectionFulfilment.ofMedia(0, -1, RecordKeeping.ELECTRONIC));
        assertThat(SelectionFulfilment.ofPages(0, 0, RecordKeeping.PAPER).pages()).isZero();
    }

    @Test
    void aHandOffNeedsTheCompanyItsReferenceAndNotedProgress() {
        Instant at = at(1);
        assertThatIllegalArgumentException().isThrownBy(() -> new HandOff(" ", "CX-1", STAFF, at, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new HandOff("Ciox", " ", STAFF, at, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new HandOff.Progress(at, " "));
        HandOff h = new HandOff("Ciox", "CX-1", STAFF, at, List.of(new HandOff.Progress(at, "Mailed to Maria")));

        assertThat(h.toString()).contains("Ciox", "1 report(s)").doesNotContain("Maria");
        assertThat(h.progress().get(0).toString()).doesNotContain("Maria");
    }

    @Test
    void numbersHistoryFromOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HistoryEntry(0, at(1), STAFF,
                HistoryAction.CANCELLED, RequestStatus.IN_PROCESS, RequestStatus.CANCELLED, "", ""));
        HistoryEntry first = new HistoryEntry(1, at(1), STAFF, HistoryAction.CANCELLED, RequestStatus.IN_PROCESS,
                RequestStatus.CANCELLED, "cancelled", "Maria got them elsewhere");

        assertThat(first.toString()).contains("STAFF:clerk-7", "CANCELLED", "IN_PROCESS -> CANCELLED")
                .doesNotContain("Maria");
    }

    @Test
    void aDisclosureEntryNeedsEveryElementTheAccountingLists() {
        PatientKey key = PatientKey.of(Cases.MARIA);
        UUID id = UUID.randomUUID();
        Optional<RequestNumber> number = Optional.of(RequestNumber.of(2026, 42));

        assertThatIllegalArgumentException().isThrownBy(() -> new DisclosureEntry(id, Cases.PRACTICE.id(), key, number,
                at(1), " ", Optional.empty(), "MRI report", "LEGAL", LegalBasis.COURT_ORDER_OR_SUBPOENA, "clerk"));
        assertThatIllegalArgumentException().isThrownBy(() -> new DisclosureEntry(id, Cases.PRACTICE.id(), key, number,
                at(1), "Court", Optional.empty(), " ", "LEGAL", LegalBasis.COURT_ORDER_OR_SUBPOENA, "clerk"));
        assertThatIllegalArgumentException().isThrownBy(() -> new DisclosureEntry(id, Cases.PRACTICE.id(), key, number,
                at(1), "Court", Optional.empty(), "MRI report", " ", LegalBasis.COURT_ORDER_OR_SUBPOENA, "clerk"));
        assertThatIllegalArgumentException().isThrownBy(() -> new DisclosureEntry(id, Cases.PRACTICE.id(), key, number,
                at(1), "Court", Optional.empty(), "MRI report", "LEGAL", LegalBasis.COURT_ORDER_OR_SUBPOENA, " "));
        DisclosureEntry entry = new DisclosureEntry(id, Cases.PRACTICE.id(), key, Optional.empty(), at(1), "Court",
                Optional.of("12 Elm Street"), "MRI report", "LEGAL", LegalBasis.COURT_ORDER_OR_SUBPOENA, "clerk");
        assertThat(entry.toString()).contains(id.toString(), ", -, ").doesNotContain("Elm", "Court");
    }

    @Test
    void aSubmissionExpectsNoEarlierVersionAndACommandExpectsTheVersionItStartedFrom() {
        Transition submitted = Cases.submit(Cases.imagesOnCd(), Optional.empty(), false);
        RequestCase stored = submitted.after().withVersion(7);

        assertThat(submitted.expectedVersion()).isZero();
        assertThat(stored.cancel("", Cases.PATIENT, at(1)).expectedVersion()).isEqualTo(7);
        assertThat(stored.version()).isEqualTo(7);
    }
}
