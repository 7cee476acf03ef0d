package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medrecords.core.fee.InvoiceFinding.Verdict;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceAuditTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private final InvoiceAudit audit = InvoiceAudit.standard();

    private static Money usd(String amount) {
        return Money.parse(amount);
    }

    /** A context of records other than images, as the invoice file's rows make. */
    private static FeeContext.Builder context(LocalDate day, UsState state, RequesterRole role, LegalBasis basis,
            DeliveryMethod delivery) {
        FeeContext.Builder b = FeeContext.builder(basis, role, delivery, day).recordType(RecordType.OTHER_DOCUMENTS);
        return state == null ? b : b.jurisdiction(state);
    }

    private static FeeContext.Builder thirdPartyPaper(UsState state, LocalDate day) {
        return context(day, state, RequesterRole.THIRD_PARTY, LegalBasis.AUTHORIZATION, DeliveryMethod.PAPER_BY_MAIL)
                .recordKeeping(RecordKeeping.PAPER);
    }

    private static PastInvoice.Builder invoice(FeeContext.Builder context, String charged) {
        return PastInvoice.builder(context.build(), usd(charged));
    }

    private static PastInvoice.Builder thirdPartyPaper(UsState state, LocalDate day, String charged, int pages) {
        return invoice(thirdPartyPaper(state, day).pages(pages), charged);
    }

    private static PastInvoice.Builder patient(DeliveryMethod delivery, String charged, int pages) {
        return invoice(context(DAY, null, RequesterRole.PATIENT, LegalBasis.INDIVIDUAL_ACCESS, delivery).pages(pages),
                charged);
    }

    @Test
    void overThePerPageCapIsOverchargedByTheExcessUnderTheStateRule() {
        InvoiceFinding finding = audit.judge(invoice(thirdPartyPaper(UsState.CT, DAY).pages(100)
                .postage(usd("2.00")), "80.00").build());

        assertThat(finding.verdict()).isEqualTo(Verdict.OVERCHARGE);
        assertThat(finding.lawfulMaximum()).contains(usd("67.00"));
        assertThat(finding.amountOver()).isEqualTo(usd("13.00"));
        assertThat(finding.refundDue()).isEqualTo(usd("13.00"));
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("R5.2");
        assertThat(finding.reason()).isEqualTo("over the lawful maximum");
    }

    @Test
    void theLawInForceOnTheDayReceivedDecides() {
        PastInvoice before = thirdPartyPaper(UsState.CT, LocalDate.of(2008, 1, 15), "65.00", 100).build();
        PastInvoice after = thirdPartyPaper(UsState.CT, LocalDate.of(2008, 10, 1), "65.00", 100).build();

        assertThat(audit.judge(before).amountOver()).isEqualTo(usd("20.00"));
        assertThat(audit.judge(after).verdict()).isEqualTo(Verdict.LAWFUL);
        assertThat(audit.judge(after).lawfulMaximum()).contains(usd("65.00"));
    }

    @Test
    void overTheTexasPaperScheduleIsFound() {
        InvoiceFinding finding = audit.judge(thirdPartyPaper(UsState.TX, DAY, "50.00", 40).build());

        assertThat(finding.verdict()).isEqualTo(Verdict.OVERCHARGE);
        assertThat(finding.amountOver()).isEqualTo(usd("15.00"));
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("TX.1");
    }

    @Test
    void aPerPageFeeForElectronicallyKeptRecordsIsOverchargedByThePerPagePart() {
        PastInvoice invoice = patient(DeliveryMethod.SECURE_LINK, "6.00", 24).perPageCharged(usd("6.00")).build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.verdict()).isEqualTo(Verdict.OVERCHARGE);
        assertThat(finding.amountOver()).isEqualTo(usd("6.00"));
        assertThat(finding.lawfulMaximum()).contains(Money.ZERO);
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("R2.5");
        assertThat(finding.reason()).isEqualTo("a per-page fee the law does not permit");
    }

    @Test
    void theSameAmountAsAFlatFeeIsLawful() {
        InvoiceFinding finding = audit.judge(patient(DeliveryMethod.SECURE_LINK, "6.00", 24).build());

        assertThat(finding.verdict()).isEqualTo(Verdict.LAWFUL);
        assertThat(finding.lawfulMaximum()).contains(usd("6.50"));
    }

    @Test
    void overTheFlatFeeWithoutADocumentedCostIsOvercharged() {
        InvoiceFinding finding = audit.judge(patient(DeliveryMethod.SECURE_LINK, "25.00", 200).build());

        assertThat(finding.amountOver()).isEqualTo(usd("18.50"));
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("R2.3");
    }

    @Test
    void aDocumentedCostLiftsTheFlatFee() {
        InvoiceFinding finding = audit.judge(patient(DeliveryMethod.SECURE_LINK, "25.00", 200).costDocumented(true)
                .build());

        assertThat(finding.verdict()).isEqualTo(Verdict.LAWFUL);
    }

    @Test
    void aFeeForADocumentedSocialSecurityClaimInConnecticutIsRefundedInFull() {
        PastInvoice invoice = invoice(thirdPartyPaper(UsState.CT, DAY).pages(30)
                .purpose(PurposeKind.SOCIAL_SECURITY_CLAIM).claimDocumented(true), "20.00").build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.verdict()).isEqualTo(Verdict.OVERCHARGE);
        assertThat(finding.amountOver()).isEqualTo(usd("20.00"));
        assertThat(finding.lawfulMaximum()).contains(Money.ZERO);
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("R5.5");
        assertThat(finding.reason()).isEqualTo("free by law");
    }

    @Test
    void theSameClaimWithoutItsDocumentationMayBeCharged() {
        PastInvoice invoice = invoice(thirdPartyPaper(UsState.CT, DAY).pages(30)
                .purpose(PurposeKind.SOCIAL_SECURITY_CLAIM), "19.50").build();

        assertThat(audit.judge(invoice).verdict()).isEqualTo(Verdict.LAWFUL);
    }

    @Test
    void aFeeForAProviderTransferSupportingABenefitClaimInNewYorkIsOvercharged() {
        PastInvoice invoice = invoice(context(DAY, UsState.NY, RequesterRole.PROVIDER, LegalBasis.TREATMENT,
                DeliveryMethod.DIRECT_TO_PROVIDER).pages(50).purpose(PurposeKind.GOVERNMENT_BENEFIT_CLAIM), "12.00")
                .build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.amountOver()).isEqualTo(usd("12.00"));
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("NY.3");
    }

    @Test
    void aFeeForPortalAccessIsOvercharged() {
        InvoiceFinding finding = audit.judge(patient(DeliveryMethod.PORTAL_DOWNLOAD, "5.00", 10).build());

        assertThat(finding.amountOver()).isEqualTo(usd("5.00"));
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("R2.2");
    }

    @Test
    void aSearchFeeToAPatientIsOverchargedEvenWithADocumentedCost() {
        PastInvoice invoice = invoice(context(DAY, null, RequesterRole.PATIENT, LegalBasis.INDIVIDUAL_ACCESS,
                DeliveryMethod.PAPER_BY_MAIL).recordKeeping(RecordKeeping.PAPER).pages(40).postage(usd("1.50")),
                "31.50").searchFee(usd("10.00")).costDocumented(true).build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.verdict()).isEqualTo(Verdict.OVERCHARGE);
        assertThat(finding.amountOver()).isEqualTo(usd("10.00"));
        assertThat(finding.lawfulMaximum()).contains(usd("21.50"));
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("R2.1");
        assertThat(finding.reason()).contains("search and retrieval");
    }

    @Test
    void aPatientsPaperCopyWithoutADocumentedCostMayChargePostageOnly() {
        PastInvoice invoice = invoice(context(DAY, null, RequesterRole.PATIENT, LegalBasis.INDIVIDUAL_ACCESS,
                DeliveryMethod.PAPER_BY_MAIL).recordKeeping(RecordKeeping.PAPER).pages(40).postage(usd("1.50")),
                "11.50").build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.amountOver()).isEqualTo(usd("10.00"));
        assertThat(finding.lawfulMaximum()).contains(usd("1.50"));
        assertThat(finding.rule().orElseThrow().ruleId()).isEqualTo("R2.1");
    }

    @Test
    void imagesChargedWithoutADocumentedCostOfMaterialsInConnecticutAreOvercharged() {
        PastInvoice invoice = invoice(FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.THIRD_PARTY,
                DeliveryMethod.CD_BY_MAIL, DAY).recordType(RecordType.XRAY_IMAGES).jurisdiction(UsState.CT).media(1),
                "35.00").build();

        InvoiceFinding finding = audit.judge(invoice);

        assertThat(finding.verdict()).isEqualTo(Verdict.OVERCHARGE);
        assertThat(finding.amountOver()).isEqualTo(usd("35.00"));
        assertThat(finding.lawfulMaximum()).contains(Money.ZERO);
        assertThat(audit.judge(PastInvoice.builder(invoice.context(), usd("35.00")).costDocumented(true).build())
                .verdict()).isEqualTo(Verdict.LAWFUL);
    }

    @Test
    void aThirdPartyInAStateWithoutEncodedLimitsIsLawfulWithoutAMaximum() {
        InvoiceFinding finding = audit.judge(thirdPartyPaper(UsState.ND, DAY, "250.00", 100).build());

        assertThat(finding.verdict()).isEqualTo(Verdict.LAWFUL);
        assertThat(finding.lawfulMaximum()).isEmpty();
    }

    @Test
    void aHospitalsInvoiceIsJudgedUnderTheRulesForHospitalsOnly() {
        InvoiceAudit hospitalsFree = InvoiceAudit.of(LegalLimits.of(List.of(LegalSchedule.state("Hospitals",
                UsState.CT, null, null, List.of(LegalLimit.noFee(Citation.law("H.1", "a test rule"),
                        "no fee at a hospital", FeeCondition.any().withProviderKinds(ProviderKind.HOSPITAL)))))));
        FeeContext.Builder context = thirdPartyPaper(UsState.CT, DAY).pages(10);

        InvoiceFinding hospital = hospitalsFree.judge(invoice(context.providerKind(ProviderKind.HOSPITAL), "5.00")
                .build());
        InvoiceFinding physician = hospitalsFree.judge(invoice(context.providerKind(ProviderKind.PHYSICIAN), "5.00")
                .build());

        assertThat(hospital.verdict()).isEqualTo(Verdict.OVERCHARGE);
        assertThat(hospital.amountOver()).isEqualTo(usd("5.00"));
        assertThat(hospital.rule().orElseThrow().ruleId()).isEqualTo("H.1");
        assertThat(physician.verdict()).isEqualTo(Verdict.LAWFUL);
    }

    @Test
    void belowThePracticesOwnPriceIsAnUndercharge() {
        PriceList prices = PriceList.builder("Ours")
                .rule(PriceRule.perPage("copy", "copies at $0.50 a page", "0.50")).build();
        InvoiceAudit withPrices = audit.withPriceList(prices);

        InvoiceFinding finding = withPrices.judge(thirdPartyPaper(UsState.CT, DAY, "40.00", 100).build());

        assertThat(finding.verdict()).isEqualTo(Verdict.UNDERCHARGE);
        assertThat(finding.amountUnder()).isEqualTo(usd("10.00"));
        assertThat(withPrices.judge(thirdPartyPaper(UsState.CT, DAY, "50.00", 100).build()).verdict())
                .isEqualTo(Verdict.LAWFUL);
    }

    @Test
    void anInvoiceHoldsTheContextItWasBuiltWithAndItsOwnFacts() {
        FeeContext context = thirdPartyPaper(UsState.CT, DAY).pages(100).postage(usd("2.00")).build();

        PastInvoice invoice = PastInvoice.builder(context, usd("80.00")).invoiceId("A-1").line(7)
                .perPageCharged(usd("65.00")).searchFee(usd("3.00")).costDocumented(true).build();

        assertThat(invoice.context()).isSameAs(context);
        assertThat(invoice.postage()).isEqualTo(usd("2.00"));
        assertThat(invoice.line()).isEqualTo(7);
        assertThat(invoice).isEqualTo(PastInvoice.builder(context, usd("80.00")).invoiceId("A-1").line(7)
                .perPageCharged(usd("65.00")).searchFee(usd("3.00")).costDocumented(true).build())
                .isNotEqualTo(PastInvoice.builder(context, usd("80.00")).invoiceId("A-1").line(8)
                        .perPageCharged(usd("65.00")).searchFee(usd("3.00")).costDocumented(true).build());
    }

    @Test
    void anInvoiceWithNegativeOrInconsistentAmountsIsRefusedNamingEveryProblem() {
        assertThatThrownBy(() -> thirdPartyPaper(UsState.CT, DAY, "-1.00", 2).searchFee(usd("-3.00"))
                .invoiceId("x".repeat(65)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount charged -$1.00 is negative")
                .hasMessageContaining("search fee -$3.00 is negative")
                .hasMessageContaining("longer than 64");
        assertThatThrownBy(() -> thirdPartyPaper(UsState.CT, DAY, "2.00", 2).searchFee(usd("3.00")).build())
                .hasMessageContaining("add up to more than the amount charged");
        assertThatThrownBy(() -> invoice(thirdPartyPaper(UsState.CT, DAY).postage(usd("2.50")), "2.00").build())
                .hasMessageContaining("add up to more than the amount charged");
    }

    @Test
    void totalsAddUpByYearMonthRequesterAndRule() {
        InvoiceTotals totals = new InvoiceTotals();
        totals.add(audit.judge(invoice(thirdPartyPaper(UsState.CT, DAY).pages(100).postage(usd("2.00")), "80.00")
                .build()));
        totals.add(audit.judge(thirdPartyPaper(UsState.CT, LocalDate.of(2008, 1, 15), "65.00", 100).build()));
        totals.add(audit.judge(patient(DeliveryMethod.SECURE_LINK, "25.00", 200).build()));
        totals.add(audit.judge(thirdPartyPaper(UsState.CT, DAY, "10.00", 100).build()));
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
        assertThat(totals.countByRule()).containsEntry("R5.2", 2L).containsEntry("R2.3", 1L);
        assertThat(totals.countByYear()).containsEntry(2024, 2L).containsEntry(2008, 1L);
        assertThat(totals.countByRequester()).containsEntry(RequesterRole.THIRD_PARTY, 2L)
                .containsEntry(RequesterRole.PATIENT, 1L);
    }
}
