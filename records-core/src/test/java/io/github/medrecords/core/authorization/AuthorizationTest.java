package io.github.medrecords.core.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.request.DateRange;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuthorizationTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZONE);

    static Authorization.Builder complete() {
        return Authorization.builder()
                .informationDescription("MRI images of the left knee")
                .covers(RecordType.MRI_IMAGES, RecordType.MRI_REPORT)
                .disclosingParty("Connecticut Orthopaedic Specialists")
                .recipient("Whitfield & Ames LLP")
                .purpose(PurposeKind.LEGAL)
                .expiration(Expiration.onDate(LocalDate.of(2027, 5, 1)))
                .signature("Maria Kowalski", LocalDate.of(2026, 11, 20))
                .statements(true, true, true);
    }

    @Test
    void completeAuthorizationHasNoDefects() {
        assertThat(complete().build().defects(NOW)).isEmpty();
        assertThat(complete().build().isValidAt(NOW)).isTrue();
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                defect(AuthorizationDefect.EXPIRED,
                        b -> b.expiration(Expiration.onDate(NOW.toLocalDate().minusDays(1)))),
                defect(AuthorizationDefect.EXPIRATION_EVENT_OCCURRED,
                        b -> b.expiration(Expiration.onEvent("End of the claim"))
                                .expirationEventOccurredAt(NOW.toInstant().minusSeconds(60))),
                defect(AuthorizationDefect.REVOKED, b -> b.revokedAt(NOW.toInstant().minusSeconds(1))),
                defect(AuthorizationDefect.MISSING_DESCRIPTION_OF_INFORMATION,
                        b -> Authorization.builder().disclosingParty("Connecticut Orthopaedic Specialists")
                                .recipient("Whitfield & Ames LLP").purpose(PurposeKind.LEGAL)
                                .expiration(Expiration.onDate(LocalDate.of(2027, 5, 1)))
                                .signature("Maria Kowalski", LocalDate.of(2026, 11, 20)).statements(true, true, true)),
                defect(AuthorizationDefect.MISSING_DISCLOSING_PARTY, b -> b.disclosingParty(null)),
                defect(AuthorizationDefect.MISSING_RECIPIENT,
                        b -> rebuildWithout(b, "recipient")),
                defect(AuthorizationDefect.MISSING_PURPOSE, b -> rebuildWithout(b, "purpose")),
                defect(AuthorizationDefect.MISSING_EXPIRATION, b -> b.expiration(null)),
                defect(AuthorizationDefect.UNSIGNED, b -> b.signature(null, LocalDate.of(2026, 11, 20))),
                defect(AuthorizationDefect.UNDATED, b -> b.signature("Maria Kowalski", null)),
                defect(AuthorizationDefect.MISSING_REPRESENTATIVE_AUTHORITY, b -> b.signedByRepresentative(" ")),
                defect(AuthorizationDefect.MISSING_RIGHT_TO_REVOKE_STATEMENT, b -> b.statements(false, true, true)),
                defect(AuthorizationDefect.MISSING_CONDITIONING_STATEMENT, b -> b.statements(true, false, true)),
                defect(AuthorizationDefect.MISSING_REDISCLOSURE_STATEMENT, b -> b.statements(true, true, false)),
                defect(AuthorizationDefect.COMPOUND, b -> b.compound(true)),
                defect(AuthorizationDefect.CONDITIONED, b -> b.conditioned(true)),
                defect(AuthorizationDefect.KNOWN_FALSE, b -> b.knownFalse(true)));
    }

    private static Arguments defect(AuthorizationDefect defect, UnaryOperator<Authorization.Builder> change) {
        return Arguments.of(defect, change);
    }

    private static Authorization.Builder rebuildWithout(Authorization.Builder ignored, String element) {
        Authorization.Builder b = Authorization.builder()
                .informationDescription("MRI images of the left knee").covers(RecordType.MRI_IMAGES)
                .disclosingParty("Connecticut Orthopaedic Specialists")
                .expiration(Expiration.onDate(LocalDate.of(2027, 5, 1)))
                .signature("Maria Kowalski", LocalDate.of(2026, 11, 20)).statements(true, true, true);
        if (!element.equals("recipient")) {
            b.recipient("Whitfield & Ames LLP");
        }
        if (!element.equals("purpose")) {
            b.purpose(PurposeKind.LEGAL);
        }
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void reportsEachDefectAloneWithItsRule(AuthorizationDefect expected, UnaryOperator<Authorization.Builder> change) {
        Authorization authorization = change.apply(complete()).build();

        assertThat(authorization.defects(NOW)).containsExactly(expected);
        assertThat(expected.ruleId()).matches("R3\\.[234]");
        assertThat(expected.description()).endsWith(".");
    }

    @Test
    void staysValidThroughTheWholeExpirationDay() {
        Authorization a = complete().expiration(Expiration.onDate(NOW.toLocalDate())).build();

        assertThat(a.defects(NOW.withHour(23).withMinute(59))).isEmpty();
        assertThat(a.defects(NOW.plusDays(1).withHour(0).withMinute(0))).containsExactly(AuthorizationDefect.EXPIRED);
    }

    @Test
    void revocationCountsFromTheInstantItWasReceived() {
        Instant revoked = NOW.toInstant();
        Authorization a = complete().build().withRevocation(revoked);

        assertThat(a.defects(NOW.minusSeconds(1))).isEmpty();
        assertThat(a.defects(NOW)).containsExactly(AuthorizationDefect.REVOKED);
    }

    @Test
    void listsEveryDefectOfAnEmptyDocumentAtOnce() {
        assertThat(Authorization.builder().build().defects(NOW)).containsExactlyInAnyOrder(
                AuthorizationDefect.MISSING_DESCRIPTION_OF_INFORMATION, AuthorizationDefect.MISSING_DISCLOSING_PARTY,
                AuthorizationDefect.MISSING_RECIPIENT, AuthorizationDefect.MISSING_PURPOSE,
                AuthorizationDefect.MISSING_EXPIRATION, AuthorizationDefect.UNSIGNED, AuthorizationDefect.UNDATED,
                AuthorizationDefect.MISSING_RIGHT_TO_REVOKE_STATEMENT,
                AuthorizationDefect.MISSING_CONDITIONING_STATEMENT,
                AuthorizationDefect.MISSING_REDISCLOSURE_STATEMENT);
    }

    @Test
    void coversOnlyItsRecordsDatesRecipientAndPurpose() {
        Authorization a = complete().coveredDates(DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .build();
        DateRange autumn = DateRange.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1));

        assertThat(a.covers(List.of(RecordType.MRI_IMAGES), autumn, "  whitfield &  AMES llp ", PurposeKind.LEGAL))
                .isTrue();
        assertThat(a.gaps(List.of(RecordType.XRAY_IMAGES), autumn, "Whitfield & Ames LLP", PurposeKind.LEGAL))
                .containsExactly(CoverageGap.RECORDS_NOT_COVERED);
        assertThat(a.gaps(List.of(RecordType.MRI_IMAGES), DateRange.all(), "Whitfield & Ames LLP", PurposeKind.LEGAL))
                .containsExactly(CoverageGap.DATES_NOT_COVERED);
        assertThat(a.gaps(List.of(RecordType.MRI_IMAGES), autumn, "Acme Insurance", PurposeKind.LEGAL))
                .containsExactly(CoverageGap.RECIPIENT_NOT_NAMED);
        assertThat(a.gaps(List.of(RecordType.MRI_IMAGES), autumn, "Whitfield & Ames LLP", PurposeKind.INSURANCE))
                .containsExactly(CoverageGap.PURPOSE_NOT_COVERED);
    }
}
