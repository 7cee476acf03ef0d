package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medrecords.core.fee.InvoiceFinding.Verdict;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class InvoiceAuditTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private final InvoiceAudit audit = InvoiceAudit.standard();

    private static Money usd(String amount) {
        return Money.parse(amount);
    }

    private static PastInvoice.Builder thirdPartyPaper(UsState state, LocalDate day, String charged) {
        return PastInvoice.builder(day, state, RequesterRole.THIRD_PARTY, LegalBasis.AUTHORIZATION,
                DeliveryMethod.PAPER_BY_MAIL, usd(charged)).recordKeeping(RecordKeeping.PAPER);
    }

    @Test
    void overThePerPageCapIsOverchargedByTheExcessUnderTheStateRule() {
        InvoiceFinding finding = audit.judge(thirdPartyPaper(UsState.CT, DAY, "80.00").pages(100)
                .postage(usd("2.00")).build());

        assertThat(finding.verdict()).isEqualTo(Verdict.OVERCHARGE);
        assertThat(finding.lawfulMaximum()).contains(usd("67.00"));
        assertThat(finding.amountOver()).isEqualTo(usd("13.00"));
        assertThat(finding.refundDue()).isEqualTo(usd("13.00"));
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("R5.2");
    }

    @Test
    void theLawInForceOnTheDayReceivedDecides() {
        PastInvoice before = thirdPartyPaper(UsState.CT, LocalDate.of(2008, 1, 15), "65.00").pages(100).build();
        PastInvoice after = thirdPartyPaper(UsState.CT, LocalDate.of(2008, 10, 1), "65.00").pages(100).build();

        assertThat(audit.judge(before).amountOver()).isEqualTo(usd("20.00"));
        assertThat(audit.judge(after).verdict()).isEqualTo(Verdict.LAWFUL);
        assertThat(audit.judge(after).lawfulMaximum()).contains(usd("65.00"));
    }

    @Test
    void overTheTexasPaperScheduleIsFound() {
        InvoiceFinding finding = audit.judge(thirdPartyPaper(UsState.TX, DAY, "50.00").pages(40).build());

        assertThat(finding.verdict()).isEqualTo(Verdict.OVERCHARGE);
        assertThat(finding.amountOver()).isEqualTo(usd("15.00"));
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("TX.1");
    }

    @Test
    void aPerPageFeeForElectronicallyKeptRecordsIsOverchargedByThePerPagePart() {
        PastInvoice invoice = PastInvoice.builder(DAY, null, RequesterRole.PATIENT, LegalBasis.INDIVIDUAL_ACCESS,
                DeliveryMethod.SECURE_LINK, usd("6.00")).pages(24).perPageCharged(usd("6.00")).build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.verdict()).isEqualTo(Verdict.OVERCHARGE);
        assertThat(finding.amountOver()).isEqualTo(usd("6.00"));
        assertThat(finding.lawfulMaximum()).contains(Money.ZERO);
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("R2.5");
    }

    @Test
    void theSameAmountAsAFlatFeeIsLawful() {
        PastInvoice invoice = PastInvoice.builder(DAY, null, RequesterRole.PATIENT, LegalBasis.INDIVIDUAL_ACCESS,
                DeliveryMethod.SECURE_LINK, usd("6.00")).pages(24).build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.verdict()).isEqualTo(Verdict.LAWFUL);
        assertThat(finding.lawfulMaximum()).contains(usd("6.50"));
    }

    @Test
    void overTheFlatFeeWithoutADocumentedCostIsOvercharged() {
        PastInvoice invoice = PastInvoice.builder(DAY, null, RequesterRole.PATIENT, LegalBasis.INDIVIDUAL_ACCESS,
                DeliveryMethod.SECURE_LINK, usd("25.00")).pages(200).build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.amountOver()).isEqualTo(usd("18.50"));
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("R2.3");
    }

    @Test
    void aFeeForADocumentedSocialSecurityClaimInConnecticutIsRefundedInFull() {
        PastInvoice invoice = thirdPartyPaper(UsState.CT, DAY, "20.00").pages(30)
                .purpose(PurposeKind.SOCIAL_SECURITY_CLAIM).claimDocumented(true).build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.verdict()).isEqualTo(Verdict.OVERCHARGE);
        assertThat(finding.amountOver()).isEqualTo(usd("20.00"));
        assertThat(finding.lawfulMaximum()).contains(Money.ZERO);
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("R5.5");
        assertThat(finding.reason()).isEqualTo("free by law");
    }

    @Test
    void theSameClaimWithoutItsDocumentationMayBeCharged() {
        PastInvoice invoice = thirdPartyPaper(UsState.CT, DAY, "19.50").pages(30)
                .purpose(PurposeKind.SOCIAL_SECURITY_CLAIM).build();

        assertThat(audit.judge(invoice).verdict()).isEqualTo(Verdict.LAWFUL);
    }

    @Test
    void aFeeForAProviderTransferSupportingABenefitClaimInNewYorkIsOvercharged() {
        PastInvoice invoice = PastInvoice.builder(DAY, UsState.NY, RequesterRole.PROVIDER, LegalBasis.TREATMENT,
                DeliveryMethod.DIRECT_TO_PROVIDER, usd("12.00")).pages(50)
                .purpose(PurposeKind.GOVERNMENT_BENEFIT_CLAIM).build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.amountOver()).isEqualTo(usd("12.00"));
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("NY.3");
    }

    @Test
    void aFeeForPortalAccessIsOvercharged() {
        PastInvoice invoice = PastInvoice.builder(DAY, null, RequesterRole.PATIENT, LegalBasis.INDIVIDUAL_ACCESS,
                DeliveryMethod.PORTAL_DOWNLOAD, usd("5.00")).pages(10).build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.amountOver()).isEqualTo(usd("5.00"));
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("R2.2");
    }

    @Test
    void aSearchFeeToAPatientIsOverchargedEvenWithADocumentedCost() {
        PastInvoice invoice = PastInvoice.builder(DAY, null, RequesterRole.PATIENT, LegalBasis.INDIVIDUAL_ACCESS,
                DeliveryMethod.PAPER_BY_MAIL, usd("31.50")).recordKeeping(RecordKeeping.PAPER).pages(40)
                .postage(usd("1.50")).searchFee(usd("10.00")).costDocumented(true).build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.verdict()).isEqualTo(Verdict.OVERCHARGE);
        assertThat(finding.amountOver()).isEqualTo(usd("10.00"));
        assertThat(finding.lawfulMaximum()).contains(usd("21.50"));
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("R2.1");
    }

    @Test
    void aPatientsPaperCopyWithoutADocumentedCostMayChargePostageOnly() {
        PastInvoice invoice = PastInvoice.builder(DAY, null, RequesterRole.PATIENT, LegalBasis.INDIVIDUAL_ACCESS,
                DeliveryMethod.PAPER_BY_MAIL, usd("11.50")).recordKeeping(RecordKeeping.PAPER).pages(40)
                .postage(usd("1.50")).build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.amountOver()).isEqualTo(usd("10.00"));
        assertThat(finding.lawfulMaximum()).contains(usd("1.50"));
    }

    @Test
    void factsThatMakeNoValidRequestCannotBeJudgedAndSayWhy() {
        PastInvoice invoice = PastInvoice.builder(DAY, UsState.CT, RequesterRole.PROVIDER,
                LegalBasis.INDIVIDUAL_ACCESS, DeliveryMethod.SECURE_LINK, usd("5.00")).postage(usd("1.00")).build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.verdict()).isEqualTo(Verdict.CANNOT_JUDGE);
        assertThat(finding.reason()).contains("may not rely on").contains("not mailed");
        assertThat(finding.lawfulMaximum()).isEmpty();
    }

    @Test
    void aThirdPartyInAStateWithoutEncodedLimitsIsLawfulWithoutAMaximum() {
        InvoiceFinding finding = audit.judge(thirdPartyPaper(UsState.ND, DAY, "250.00").pages(100).build());

        assertThat(finding.verdict()).isEqualTo(Verdict.LAWFUL);
        assertThat(finding.lawfulMaximum()).isEmpty();
    }

    @Test
    void belowThePracticesOwnPriceIsAnUndercharge() {
        PriceList prices = PriceList.builder("Ours")
                .rule(PriceRule.perPage("copy", "copies at $0.50 a page", "0.50")).build();
        InvoiceAudit withPrices = audit.withPriceList(prices);

        InvoiceFinding finding = withPrices.judge(thirdPartyPaper(UsState.CT, DAY, "40.00").pages(100).build());

        assertThat(finding.verdict()).isEqualTo(Verdict.UNDERCHARGE);
        assertThat(finding.amountUnder()).isEqualTo(usd("10.00"));
        assertThat(withPrices.judge(thirdPartyPaper(UsState.CT, DAY, "50.00").pages(100).build()).verdict())
                .isEqualTo(Verdict.LAWFUL);
    }

    @Test
    void anInvoiceWithNegativeOrInconsistentAmountsIsRefusedNamingEveryProblem() {
        assertThatThrownBy(() -> thirdPartyPaper(UsState.CT, DAY, "-1.00").pages(-2).searchFee(usd("3.00")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount charged -$1.00 is negative")
                .hasMessageContaining("pages -2");
        assertThatThrownBy(() -> thirdPartyPaper(UsState.CT, DAY, "2.00").searchFee(usd("3.00")).build())
                .hasMessageContaining("add up to more than the amount charged");
    }

    @Test
    void totalsAddUpByYearMonthRequesterAndRule() {
        InvoiceTotals totals = new InvoiceTotals();
        totals.add(audit.judge(thirdPartyPaper(UsState.CT, DAY, "80.00").pages(100).postage(usd("2.00")).build()));
        totals.add(audit.judge(thirdPartyPaper(UsState.CT, LocalDate.of(2008, 1, 15), "65.00").pages(100).build()));
        totals.add(audit.judge(PastInvoice.builder(DAY, null, RequesterRole.PATIENT, LegalBasis.INDIVIDUAL_ACCESS,
                DeliveryMethod.SECURE_LINK, usd("25.00")).pages(200).build()));
        totals.add(audit.judge(thirdPartyPaper(UsState.CT, DAY, "10.00").pages(100).build()));
        totals.addUnreadable();

        assertThat(totals.rows()).isEqualTo(5);
        assertThat(totals.overcharges()).isEqualTo(3);
        assertThat(totals.lawful()).isEqualTo(1);
        assertThat(totals.cannotJudge()).isEqualTo(1);
        assertThat(totals.refundsDue()).isEqualTo(usd("51.50"));
        assertThat(totals.byYear()).containsEntry(2024, usd("31.50")).containsEntry(2008, usd("20.00"));
        assertThat(totals.byMonth()).containsKeys(YearMonth.of(2024, 3), YearMonth.of(2008, 1));
        assertThat(totals.byRequester()).containsEntry(RequesterRole.THIRD_PARTY, usd("33.00"))
                .containsEntry(RequesterRole.PATIENT, usd("18.50"));
        assertThat(totals.byRule()).containsEntry("R5.2", usd("33.00")).containsEntry("R2.3", usd("18.50"));
        assertThat(totals.countByRule()).containsEntry("R5.2", 2L);
    }
}
