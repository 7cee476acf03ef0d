package io.github.medrecords.core.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.request.DateRange;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an authorization covers at the edges of its record types, dates, recipients and purposes, the
 * defects that depend on more than one element, and its value semantics.
 */
class AuthorizationCoverageTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZONE);
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
    private static final String RECIPIENT = "Whitfield & Ames LLP";
    private static final List<RecordType> IMAGES = List.of(RecordType.MRI_IMAGES);

    private static Authorization coveringYear2026() {
        return AuthorizationTest.complete().coveredDates(DateRange.of(JAN_1, DEC_31)).build();
    }

    private static List<CoverageGap> gaps(Authorization a, DateRange dates) {
        return List.copyOf(a.gaps(IMAGES, dates, RECIPIENT, PurposeKind.LEGAL));
    }

    @Test
    void coversDatesOfCareUpToAndIncludingBothEndsOfItsRange() {
        Authorization a = coveringYear2026();

        assertThat(gaps(a, DateRange.of(JAN_1, DEC_31))).isEmpty();
        assertThat(gaps(a, DateRange.of(JAN_1.minusDays(1), DEC_31))).containsExactly(CoverageGap.DATES_NOT_COVERED);
        assertThat(gaps(a, DateRange.of(JAN_1, DEC_31.plusDays(1)))).containsExactly(CoverageGap.DATES_NOT_COVERED);
    }

    @Test
    void doesNotCoverAnOpenEndedReleaseWithABoundedRange() {
        Authorization a = coveringYear2026();

        assertThat(gaps(a, DateRange.of(null, DEC_31))).containsExactly(CoverageGap.DATES_NOT_COVERED);
        assertThat(gaps(a, DateRange.of(JAN_1, null))).containsExactly(CoverageGap.DATES_NOT_COVERED);
    }

    @Test
    void coversAnyDatesOnTheSideItLeavesOpen() {
        Authorization fromJanuary = AuthorizationTest.complete().coveredDates(DateRange.of(JAN_1, null)).build();
        Authorization untilDecember = AuthorizationTest.complete().coveredDates(DateRange.of(null, DEC_31)).build();
        Authorization allDates = AuthorizationTest.complete().build();

        assertThat(gaps(fromJanuary, DateRange.of(JAN_1, null))).isEmpty();
        assertThat(gaps(fromJanuary, DateRange.of(JAN_1.minusDays(1), null)))
                .containsExactly(CoverageGap.DATES_NOT_COVERED);
        assertThat(gaps(untilDecember, DateRange.of(null, DEC_31))).isEmpty();
        assertThat(gaps(untilDecember, DateRange.of(null, DEC_31.plusDays(1))))
                .containsExactly(CoverageGap.DATES_NOT_COVERED);
        assertThat(gaps(allDates, DateRange.all())).isEmpty();
    }

    @Test
    void coversAReleaseOnlyIfEveryRecordTypeInItIsNamed() {
        Authorization a = coveringYear2026();
        DateRange autumn = DateRange.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1));

        assertThat(a.gaps(List.of(RecordType.MRI_IMAGES, RecordType.MRI_REPORT), autumn, RECIPIENT, PurposeKind.LEGAL))
                .isEmpty();
        assertThat(a.gaps(List.of(RecordType.MRI_IMAGES, RecordType.LAB_RESULTS), autumn, RECIPIENT,
                PurposeKind.LEGAL)).containsExactly(CoverageGap.RECORDS_NOT_COVERED);
        assertThat(a.covers(List.of(RecordType.LAB_RESULTS), autumn, RECIPIENT, PurposeKind.LEGAL)).isFalse();
        assertThat(a.covers(IMAGES, autumn, RECIPIENT, PurposeKind.LEGAL)).isTrue();
    }

    @Test
    void namesEveryGapOfAReleaseAtOnce() {
        Authorization a = coveringYear2026();

        assertThat(a.gaps(List.of(RecordType.LAB_RESULTS), DateRange.all(), "Acme Insurance", PurposeKind.INSURANCE))
                .containsExactlyInAnyOrder(CoverageGap.values());
    }

    @Test
    void findsTheRecipientAmongSeveralNamed() {
        Authorization a = AuthorizationTest.complete().recipient(" Acme   Insurance ").build();

        assertThat(a.recipients()).containsExactly(RECIPIENT, "Acme   Insurance");
        assertThat(a.gaps(IMAGES, DateRange.all(), "acme insurance", PurposeKind.LEGAL)).isEmpty();
        assertThat(a.gaps(IMAGES, DateRange.all(), "Acme", PurposeKind.LEGAL))
                .containsExactly(CoverageGap.RECIPIENT_NOT_NAMED);
    }

    @Test
    void describesTheInformationByWordsOrByRecordTypes() {
        Authorization typesOnly = AuthorizationTest.complete().informationDescription(" ").build();
        Authorization wordsOnly = Authorization.builder().informationDescription("All imaging")
                .disclosingParty("Connecticut Orthopaedic Specialists").recipient(RECIPIENT)
                .purpose(PurposeKind.LEGAL).expiration(Expiration.onDate(LocalDate.of(2027, 5, 1)))
                .signature("Maria Kowalski", LocalDate.of(2026, 11, 20)).statements(true, true, true).build();

        assertThat(typesOnly.informationDescription()).isEmpty();
        assertThat(typesOnly.defects(NOW)).isEmpty();
        assertThat(wordsOnly.coveredRecordTypes()).isEmpty();
        assertThat(wordsOnly.defects(NOW)).isEmpty();
    }

    @Test
    void acceptsARepresentativesSignatureThatDescribesTheirAuthority() {
        Authorization a = AuthorizationTest.complete().signedByRepresentative("  Health-care agent  ").build();

        assertThat(a.defects(NOW)).isEmpty();
        assertThat(a.signedByRepresentative()).isTrue();
        assertThat(a.representativeAuthority()).contains("Health-care agent");
    }

    @Test
    void endsAtItsExpirationEventFromTheInstantTheEventIsRecorded() {
        Instant event = NOW.toInstant();
        Authorization a = AuthorizationTest.complete().expiration(Expiration.onEvent("  End of the claim "))
                .build().withExpirationEventOccurred(event);

        assertThat(a.expiration()).flatMap(Expiration::event).contains("End of the claim");
        assertThat(a.expirationEventOccurredAt()).contains(event);
        assertThat(a.defects(NOW.minusSeconds(1))).isEmpty();
        assertThat(a.defects(NOW)).containsExactly(AuthorizationDefect.EXPIRATION_EVENT_OCCURRED);
        assertThat(a.isValidAt(NOW)).isFalse();
    }

    @Test
    void refusesAnExpirationEventOrRecipientWithoutWords() {
        assertThatIllegalArgumentException().isThrownBy(() -> Expiration.onEvent("  "));
        assertThatIllegalArgumentException().isThrownBy(() -> Authorization.builder().recipient(" "));
    }

    @Test
    void refusesAnIdentityVerificationWithoutTheVerifier() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> IdentityVerification.of(" ", VerificationMethod.PHOTO_ID_IN_PERSON, NOW.toInstant()));
        assertThat(IdentityVerification.of("staff-17", VerificationMethod.PHOTO_ID_IN_PERSON, NOW.toInstant())
                .verifiedBy()).isEqualTo("staff-17");
    }

    @Test
    void equalsACopyWithTheSameContentsAndNoOtherAuthorization() {
        Authorization a = AuthorizationTest.complete().coveredDates(DateRange.of(JAN_1, DEC_31))
                .signedByRepresentative("Health-care agent").compound(true).conditioned(true).knownFalse(true)
                .revokedAt(NOW.toInstant()).expirationEventOccurredAt(NOW.toInstant()).build();
        Authorization copy = a.toBuilder().build();

        assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(copy.compound()).isTrue();
        assertThat(copy.conditioned()).isTrue();
        assertThat(copy.knownFalse()).isTrue();
        assertThat(a.toBuilder().knownFalse(false).build()).isNotEqualTo(a);
        assertThat(a.toBuilder().revokedAt(null).build()).isNotEqualTo(a);
        assertThat(a).isNotEqualTo(Expiration.onDate(DEC_31));
    }

    @Test
    void saysWhetherItIsRevokedWithoutRevealingNamesOrDates() {
        Authorization a = AuthorizationTest.complete().build();

        assertThat(a.toString()).doesNotContain("Maria", "Whitfield", "2027", "revoked").contains("recipients=1");
        assertThat(a.withRevocation(NOW.toInstant()).toString()).contains("revoked").doesNotContain("2026");
        assertThat(Expiration.onDate(DEC_31).toString()).doesNotContain("2026");
        assertThat(Expiration.onEvent("Death of the patient").toString()).doesNotContain("Death");
    }
}
