package io.github.medrecords.testkit.fee;

import static io.github.medrecords.testkit.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.LineKind;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The fee assertions pass and fail as their names say, so a vendor can verify a configuration. */
class FeeAssertionsTest {

    private final PriceList seed = ExamplePractices.connecticutOrthopaedicsPriceList();
    private final FeeCalculator fees = FeeCalculator.standard();

    private static FeeContext attorney(int pages) {
        return FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.THIRD_PARTY, DeliveryMethod.PAPER_BY_MAIL,
                LocalDate.of(2026, 11, 2)).recordType(RecordType.BILLING_RECORDS).recordKeeping(RecordKeeping.PAPER)
                .pages(pages).jurisdiction(UsState.CT).build();
    }

    private static FeeContext patientElectronic(int pages) {
        return FeeContext.builder(LegalBasis.INDIVIDUAL_ACCESS, RequesterRole.PATIENT, DeliveryMethod.PAPER_BY_MAIL,
                LocalDate.of(2026, 11, 2)).recordType(RecordType.CLINICAL_VISIT_SUMMARY).pages(pages)
                .jurisdiction(UsState.CT).build();
    }

    @Test
    void verifiesACappedQuoteInAFewLines() {
        Quote quote = fees.quote(seed, attorney(12));
        assertThat(quote).hasTotal("6.50").hasLineCiting("R5.3").hasLineCiting("ONS-PAGES").hasCapLine()
                .explainsAs("12 pages at $0.65, capped at $6.50").isCompliant();
        assertThat(quote).line(0).charges(12, "0.65").hasAmount("7.80").isOfKind(LineKind.CHARGE);
        assertThat(quote).line(1).isOfKind(LineKind.CAP).hasAmount("-1.30");
        assertThat(quote.compliance()).hasLawfulMaximum("7.80", "R5.2").permitsInvoice();
    }

    @Test
    void failsOnAWrongTotal() {
        Quote quote = fees.quote(seed, attorney(12));
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(quote).hasTotal("7.80"))
                .withMessage("Expected total to be <$7.80> but was <$6.50>");
    }

    @Test
    void failsWhenNoLineCitesTheRule() {
        Quote quote = fees.quote(seed, attorney(12));
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(quote).hasLineCiting("R2.3"));
    }

    @Test
    void verifiesAndRefutesAPriceListsCompliance() {
        assertThat(seed).isCompliantFor(attorney(30)).quotes(attorney(30), "6.50")
                .hasOutcomeFor(patientElectronic(3), ComplianceOutcome.METHOD_NOT_PERMITTED);
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(seed).isCompliantFor(patientElectronic(3)))
                .withMessageContaining("METHOD_NOT_PERMITTED").withMessageContaining("R2.5");
    }

    @Test
    void verifiesANonCompliantQuotesFindings() {
        Quote quote = fees.quote(seed, patientElectronic(3));
        assertThat(quote.compliance()).hasOutcome(ComplianceOutcome.METHOD_NOT_PERMITTED).isDecidedBy("R2.5")
                .forbidsInvoice();
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(quote).permitsInvoice());
    }

    @Test
    void verifiesAnEstimate() {
        assertThat(fees.estimate(seed, attorney(12))).hasTotal("6.50").assumesPages(12).hasLineCount(2);
    }

    @Test
    void passesAuditForACompliantListAndFailsWithTheFindingsTableForTheSeedList() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        assertThat(CompliantPriceLists.connecticut()).passesAudit(UsState.CT, day);
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(seed).passesAudit(UsState.CT, day))
                .withMessageContaining("to pass the audit under CT law on 2026-11-02 but it has 7 findings")
                .withMessageContaining("ONS-PAGES").withMessageContaining("R2.5 [WK][LEX]")
                .withMessageContaining("METHOD_NOT_PERMITTED");
    }

    @Test
    void failsAuditWithTheExpectedFindingsAndNamesAMissingOne() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        assertThat(seed).failsAudit(UsState.CT, day)
                .failsAudit(UsState.CT, day, "ONS-PAGES R2.5", "ONS-IMAGES-CD R2.1", "ONS-IMAGES-LINK R5.5");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(seed).failsAudit(UsState.CT, day, "ONS-PAGES R5.2"))
                .withMessageContaining("to find <ONS-PAGES R5.2> but its findings were");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(CompliantPriceLists.connecticut()).failsAudit(UsState.CT, day))
                .withMessageContaining("to fail the audit under CT law on 2026-11-02 but it passed");
    }
}
