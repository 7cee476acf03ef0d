package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The audit's ways in (the standard law, a law of one's own, the one-call form) agree, and it only imagines
 * requests that can happen: a portal download is the patient's or representative's own access.
 */
class AuditEntryPointsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void theOneCallAuditAndAnAuditOfTheStandardLawAgree() {
        PriceList prices = PriceList.builder("Flat").rule(PriceRule.perRequest("FLAT", "Copies", "0.66").forRecords())
                .build();
        AuditReport standard = PriceListAudit.standard().audit(prices, UsState.CT, DAY);

        assertThat(PriceListAudit.auditStandard(prices, UsState.CT, DAY)).isEqualTo(standard);
        assertThat(PriceListAudit.of(LegalLimits.builtIn()).audit(prices, UsState.CT, DAY)).isEqualTo(standard);
        assertThat(standard.passes()).isFalse();
    }

    @Test
    void imaginesAPortalDownloadOnlyForAPatientsOrRepresentativesOwnAccess() {
        assertThat(PriceListAudit.recognisable(RequesterRole.PATIENT, LegalBasis.INDIVIDUAL_ACCESS,
                DeliveryMethod.PORTAL_DOWNLOAD)).isTrue();
        assertThat(PriceListAudit.recognisable(RequesterRole.PERSONAL_REPRESENTATIVE, LegalBasis.INDIVIDUAL_ACCESS,
                DeliveryMethod.PORTAL_DOWNLOAD)).isTrue();
        assertThat(PriceListAudit.recognisable(RequesterRole.PATIENT, LegalBasis.THIRD_PARTY_DIRECTIVE,
                DeliveryMethod.PORTAL_DOWNLOAD)).isFalse();
        assertThat(PriceListAudit.recognisable(RequesterRole.THIRD_PARTY, LegalBasis.AUTHORIZATION,
                DeliveryMethod.PORTAL_DOWNLOAD)).isFalse();
        assertThat(PriceListAudit.recognisable(RequesterRole.THIRD_PARTY, LegalBasis.AUTHORIZATION,
                DeliveryMethod.PAPER_BY_MAIL)).isTrue();
    }
}
