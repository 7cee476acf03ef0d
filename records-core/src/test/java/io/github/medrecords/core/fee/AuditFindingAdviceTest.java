package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.PurposeKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * One audit finding as a practice manager reads it: what to change for each kind of problem, the example
 * request in words, and the finding's one-line explanation.
 */
class AuditFindingAdviceTest {

    private static final FeeContext ATTORNEY = Contexts.attorney(12).build();
    private static final LegalLimit CT_PAGES = LegalLimit.perPageMaximum(Citation.law("R5.2", "[CT-PA08]"),
            "at most $0.65 a page", FeeCondition.any(), "0.65");

    private static AuditFinding finding(String rules, LegalLimit limit, ComplianceOutcome outcome, String max) {
        return AuditFinding.of(rules, limit, outcome, max == null ? null : Money.parse(max), Money.parse("9.00"),
                ATTORNEY, 2);
    }

    @Test
    void saysWhatToChangeForEachKindOfProblem() {
        assertThat(finding("PAGES", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, "7.80").advice()).isEqualTo(
                "Lower PAGES: in a request like the example the law allows at most $7.80 in all, and the list"
                        + " charges $9.00.");
        LegalLimit perPage = LegalLimit.methodProhibited(Citation.law("R2.5", "[HHS]"), "no per-page fee",
                FeeCondition.any(), ChargeBasis.PER_PAGE);
        assertThat(finding("PAGES", perPage, ComplianceOutcome.METHOD_NOT_PERMITTED, null).advice()).isEqualTo(
                "Do not charge PAGES per page here: charge the flat $6.50 or record your actual or average labour"
                        + " cost.");
        LegalLimit materials = LegalLimit.costOfMaterials(Citation.law("R5.4", "[CT]"), "cost of materials",
                FeeCondition.any());
        assertThat(finding("CD, FILM", materials, ComplianceOutcome.NEEDS_COST_BASIS, null).advice())
                .startsWith("Record the cost behind CD, FILM (in the price-list file: cost-basis.CD.MATERIALS.method")
                .endsWith("or charge no more than your documented cost.");
        LegalLimit costBased = LegalLimit.costBased(Citation.law("R2.1", "[HHS]"), "cost-based", FeeCondition.any());
        assertThat(finding("LINK", costBased, ComplianceOutcome.NEEDS_COST_BASIS, null).advice())
                .contains("cost-basis.LINK.ALLOWABLE_COST.method");
        LegalLimit flat = LegalLimit.flatFeeOrCostBasis(Citation.law("R2.3", "[HHS]"), "flat $6.50",
                FeeCondition.any(), "6.50");
        assertThat(finding("LINK", flat, ComplianceOutcome.NEEDS_COST_BASIS, "6.50").advice())
                .endsWith("or charge no more than $6.50.");
        assertThat(finding("POSTAGE", CT_PAGES, ComplianceOutcome.UNCONFIRMED_LIMIT, "7.80").advice())
                .startsWith("Check with counsel whether POSTAGE may be charged");
        assertThat(finding("PAGES", CT_PAGES, ComplianceOutcome.LIST_OMITS_EXEMPTION, "0.00").advice())
                .startsWith("Say in the published list that such requests are free");
    }

    @Test
    void describesTheExampleRequestInWordsWithOnlyTheFactsThatMatter() {
        assertThat(finding("PAGES", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, "7.80").exampleText()).isEqualTo(
                "AUTHORIZATION by THIRD_PARTY, PAPER_BY_MAIL, PAPER records [BILLING_RECORDS], 12 pages");
        FeeContext busy = Contexts.attorney(1).attorneyBeforeSuit(true).purpose(PurposeKind.LEGAL)
                .copyFormat(CopyFormat.ELECTRONIC).media(2).postage(Money.parse("0.73")).build();
        assertThat(AuditFinding.of("PAGES", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, Money.parse("0.65"),
                Money.parse("1.00"), busy, 1).exampleText()).isEqualTo("AUTHORIZATION by THIRD_PARTY, PAPER_BY_MAIL"
                        + " (ELECTRONIC copy), PAPER records [BILLING_RECORDS], LEGAL, attorney before suit, 1 page,"
                        + " 2 media, postage $0.73");
        FeeContext claim = Contexts.patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 3)
                .purpose(PurposeKind.SOCIAL_SECURITY_CLAIM).claimDocumented(true).build();
        assertThat(AuditFinding.of("PAGES", CT_PAGES, ComplianceOutcome.LIST_OMITS_EXEMPTION, Money.ZERO,
                Money.parse("1.95"), claim, 1).exampleText()).contains(", SOCIAL_SECURITY_CLAIM (documented), 3 pages");
        FeeContext images = Contexts.patientImages(DeliveryMethod.CD_BY_MAIL).build();
        assertThat(AuditFinding.of("CD", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, Money.ZERO, Money.parse("5.00"),
                images, 1).exampleText()).endsWith("[MRI_IMAGES], 1 medium");
    }

    @Test
    void explainsItselfInOneLineWithItsVariantsAndWhetherTheLawIsConfirmed() {
        AuditFinding f = finding("PAGES", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, "7.80")
                .withVariants(List.of("R5.2a"));
        assertThat(f.explain()).isEqualTo("PAGES breaks R5.2 (also R5.2a) (EXCEEDS_LIMIT): at most $0.65 a page;"
                + " charges $9.00, lawful maximum $7.80, for example " + f.exampleText());
        LegalLimit texas = LegalLimit.perPageMaximum(Citation.unconfirmedLaw("TX.1", "[TX]"), "at most $0.50",
                FeeCondition.any(), "0.50");
        assertThat(finding("PAGES", texas, ComplianceOutcome.UNCONFIRMED_LIMIT, null).explain())
                .startsWith("PAGES breaks TX.1 (UNCONFIRMED) (UNCONFIRMED_LIMIT): at most $0.50; charges $9.00, for");
        assertThat(f.blocksInvoices()).isTrue();
        assertThat(finding("PAGES", texas, ComplianceOutcome.UNCONFIRMED_LIMIT, null).blocksInvoices()).isFalse();
        assertThat(f.citation()).isEqualTo(CT_PAGES.citation());
        assertThat(f.contexts()).isEqualTo(2);
        assertThat(f.variants()).containsExactly("R5.2a");
    }

    @Test
    void refusesAFindingWithoutARuleAProblemOrAContextAndIsAValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> finding(" ", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT,
                "7.80"));
        assertThatIllegalArgumentException().isThrownBy(() -> finding("PAGES", CT_PAGES, ComplianceOutcome.COMPLIANT,
                "7.80"));
        assertThatIllegalArgumentException().isThrownBy(() -> AuditFinding.of("PAGES", CT_PAGES,
                ComplianceOutcome.EXCEEDS_LIMIT, null, Money.ZERO, ATTORNEY, 0));
        AuditFinding f = finding("PAGES", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, "7.80");
        assertThat(finding("PAGES", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, "7.80")).isEqualTo(f)
                .hasSameHashCodeAs(f);
        assertThat(List.of(finding("LINES", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, "7.80"),
                finding("PAGES", CT_PAGES, ComplianceOutcome.METHOD_NOT_PERMITTED, "7.80"),
                finding("PAGES", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, "7.81"),
                finding("PAGES", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, null),
                finding("PAGES", LegalLimit.perPageMaximum(Citation.law("R5.3", "[CT]"), "x", FeeCondition.any(),
                        "0.65"), ComplianceOutcome.EXCEEDS_LIMIT, "7.80"),
                AuditFinding.of("PAGES", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, Money.parse("7.80"),
                        Money.parse("9.01"), ATTORNEY, 2),
                AuditFinding.of("PAGES", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, Money.parse("7.80"),
                        Money.parse("9.00"), Contexts.attorney(13).build(), 2),
                AuditFinding.of("PAGES", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, Money.parse("7.80"),
                        Money.parse("9.00"), ATTORNEY, 3),
                f.withVariants(List.of("R5.2a")))).allSatisfy(other -> assertThat(other).isNotEqualTo(f));
        assertThat(f).isNotEqualTo("PAGES");
    }
}
