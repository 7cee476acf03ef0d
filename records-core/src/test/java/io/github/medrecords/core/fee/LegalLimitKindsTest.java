package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.request.RecordType;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Each kind of legal limit as its factory makes it: what it limits, its amount, schedule, documented cost
 * and scope, as the calculator, the audit and a storage adapter read them; and a limit as a value.
 */
class LegalLimitKindsTest {

    private static final Citation CT = Citation.law("R5.2", "[CT-PA08]");
    private static final FeeCondition ANY = FeeCondition.any();

    @Test
    void aNoFeeRuleFreesTheWholeRequestOrOnlyItsImages() {
        LegalLimit portal = LegalLimit.noFee(Citation.law("R2.2", "[HHS-FAQ]"), "portal access is free", ANY);
        assertThat(portal.kind()).isEqualTo(LimitKind.NO_FEE);
        assertThat(portal.amount()).contains(Money.ZERO);
        assertThat(portal.scope()).isEqualTo(ChargeScope.REQUEST);
        assertThat(portal.freesWholeRequest()).isTrue();
        assertThat(portal.costKind()).isEmpty();
        assertThat(portal.pageSchedule()).isEmpty();
        assertThat(portal.prohibitedBasis()).isEmpty();

        FeeCondition mammograms = FeeCondition.any().withRecordTypes(RecordType.MRI_IMAGES);
        LegalLimit originals = LegalLimit.noFeeForImages(Citation.law("NY.2", "[NY-PHL]"), "original mammograms",
                mammograms);
        assertThat(originals.kind()).isEqualTo(LimitKind.NO_FEE);
        assertThat(originals.scope()).isEqualTo(ChargeScope.IMAGES);
        assertThat(originals.freesWholeRequest()).isFalse();
        assertThat(originals.condition()).isEqualTo(mammograms);
        assertThat(originals.ruleId()).isEqualTo("NY.2");
        assertThat(originals.description()).isEqualTo("original mammograms");
    }

    @Test
    void aPageScheduleHasAnAmountOnlyAsASingleRateAndMayAllowPostageAndACostOnTop() {
        LegalLimit ct = LegalLimit.perPageMaximum(CT, "65 cents a page", ANY, "0.65");
        assertThat(ct.kind()).isEqualTo(LimitKind.PER_PAGE_MAXIMUM);
        assertThat(ct.amount()).contains(Money.parse("0.65"));
        assertThat(ct.allowsPostageOnTop()).isTrue();
        assertThat(ct.pageSchedule()).contains(PageSchedule.perPage("0.65"));
        assertThat(ct.scheduleOrNull()).isEqualTo(PageSchedule.perPage("0.65"));
        assertThat(ct.costKind()).isEmpty();
        assertThat(ct.freesWholeRequest()).isFalse();

        PageSchedule ma = PageSchedule.baseFee("28.38").plusPerPageFrom(1, "0.95");
        LegalLimit tiers = LegalLimit.pageSchedule(Citation.law("MA.1", "[MA-111-70]"), "base and tiers", ANY, ma,
                false);
        assertThat(tiers.amount()).isEmpty();
        assertThat(tiers.amountOrNull()).isNull();
        assertThat(tiers.allowsPostageOnTop()).isFalse();
        assertThat(tiers.pageSchedule()).contains(ma);

        LegalLimit clerical = tiers.withDocumentedCostOnTop(CostKind.CLERICAL);
        assertThat(clerical.costKind()).contains(CostKind.CLERICAL);
        assertThat(clerical.costKindOrNull()).isEqualTo(CostKind.CLERICAL);
        assertThat(clerical.pageSchedule()).contains(ma);
        assertThat(clerical.kind()).isEqualTo(LimitKind.PER_PAGE_MAXIMUM);
        assertThat(clerical).isNotEqualTo(tiers);
        assertThatIllegalStateException().isThrownBy(() -> LegalLimit.costBased(Citation.law("R2.1", "[HHS]"),
                "reasonable cost-based fee", ANY).withDocumentedCostOnTop(CostKind.CLERICAL));
    }

    @Test
    void costLimitsNameTheCostThatMustBeDocumented() {
        LegalLimit materials = LegalLimit.costOfMaterials(Citation.law("R5.4", "[CT]"), "cost of materials", ANY);
        assertThat(materials.kind()).isEqualTo(LimitKind.COST_OF_MATERIALS);
        assertThat(materials.costKind()).contains(CostKind.MATERIALS);
        assertThat(materials.amount()).isEmpty();
        assertThat(materials.scope()).isEqualTo(ChargeScope.REQUEST);

        LegalLimit xrays = LegalLimit.imagesAtDocumentedCost(Citation.law("FL.3", "[FL]"), "actual cost of x-rays",
                ANY, CostKind.ACTUAL_COST);
        assertThat(xrays.kind()).isEqualTo(LimitKind.COST_OF_MATERIALS);
        assertThat(xrays.costKind()).contains(CostKind.ACTUAL_COST);
        assertThat(xrays.scope()).isEqualTo(ChargeScope.IMAGES);

        LegalLimit flat = LegalLimit.flatFeeOrCostBasis(Citation.law("R2.4", "[HHS]"), "flat $6.50", ANY, "6.50");
        assertThat(flat.kind()).isEqualTo(LimitKind.FLAT_FEE_OR_COST_BASIS);
        assertThat(flat.amount()).contains(Money.parse("6.50"));
        assertThat(flat.costKind()).contains(CostKind.ALLOWABLE_COST);

        LegalLimit costBased = LegalLimit.costBased(Citation.law("R2.1", "[HHS]"), "reasonable cost-based", ANY);
        assertThat(costBased.kind()).isEqualTo(LimitKind.COST_BASED);
        assertThat(costBased.costKind()).contains(CostKind.ALLOWABLE_COST);
        assertThat(costBased.amount()).isEmpty();
    }

    @Test
    void aProhibitedMethodNamesItsBasis() {
        LegalLimit perPage = LegalLimit.methodProhibited(Citation.law("R2.5", "[HHS]"), "no per-page fee", ANY,
                ChargeBasis.PER_PAGE);
        assertThat(perPage.kind()).isEqualTo(LimitKind.METHOD_PROHIBITED);
        assertThat(perPage.prohibitedBasis()).contains(ChargeBasis.PER_PAGE);
        assertThat(perPage.prohibitedBasisOrNull()).isEqualTo(ChargeBasis.PER_PAGE);
        assertThat(perPage.costKind()).isEmpty();
    }

    @Test
    void refusesALimitWithoutWordsOrWithoutLaw() {
        assertThatIllegalArgumentException().isThrownBy(() -> LegalLimit.noFee(CT, " ", ANY));
        assertThatIllegalArgumentException().isThrownBy(() -> LegalLimit.noFee(
                Citation.practice("ONS-FREE", "Seed price list"), "free", ANY));
    }

    @Test
    void aRuleTheLibraryNoLongerKnowsIsReadBackAsAnUnknownStandIn() {
        LegalLimit gone = LegalLimit.noLongerKnown("R5.2-2019", LimitKind.METHOD_PROHIBITED, ChargeScope.RECORDS,
                null, ChargeBasis.PER_PAGE);
        assertThat(gone.isKnown()).isFalse();
        assertThat(gone.ruleId()).isEqualTo("R5.2-2019");
        assertThat(gone.kind()).isEqualTo(LimitKind.METHOD_PROHIBITED);
        assertThat(gone.scope()).isEqualTo(ChargeScope.RECORDS);
        assertThat(gone.prohibitedBasis()).contains(ChargeBasis.PER_PAGE);
        assertThat(gone.condition()).isEqualTo(FeeCondition.any());
        assertThat(gone.toString()).contains("R5.2-2019", "no longer known");
        assertThat(LegalLimit.perPageMaximum(CT, "65 cents", ANY, "0.65").isKnown()).isTrue();
        assertThat(LegalLimit.perPageMaximum(CT, "65 cents", ANY, "0.65").toString()).doesNotContain("no longer known");
        // A prohibition of a kind of charge (R2.2: no search and retrieval fee for the patient) names no basis.
        assertThat(LegalLimit.noLongerKnown("R2.2", LimitKind.METHOD_PROHIBITED, ChargeScope.REQUEST, null, null)
                .prohibitedBasis()).isEmpty();
        assertThat(LegalLimit.noLongerKnown("R2.4", LimitKind.COST_BASED, ChargeScope.REQUEST, CostKind.ALLOWABLE_COST,
                null).costKind()).contains(CostKind.ALLOWABLE_COST);
    }

    @Test
    void anUnconfirmedRuleSaysSo() {
        assertThat(LegalLimit.noFee(Citation.unconfirmedLaw("TX.3", "[TX]"), "free", ANY).isUnconfirmed()).isTrue();
        assertThat(LegalLimit.noFee(CT, "free", ANY).isUnconfirmed()).isFalse();
    }

    @Test
    void aLimitIsAValueOfEveryPart() {
        LegalLimit ct = LegalLimit.perPageMaximum(CT, "65 cents a page", ANY, "0.65");
        assertThat(LegalLimit.perPageMaximum(CT, "65 cents a page", ANY, "0.65")).isEqualTo(ct).hasSameHashCodeAs(ct);
        List<LegalLimit> others = List.of(
                LegalLimit.perPageMaximum(Citation.law("R5.3", "[CT-PA08]"), "65 cents a page", ANY, "0.65"),
                LegalLimit.perPageMaximum(CT, "sixty-five cents a page", ANY, "0.65"),
                LegalLimit.perPageMaximum(CT, "65 cents a page", ANY.withRecordTypes(RecordType.MRI_REPORT), "0.65"),
                LegalLimit.perPageMaximum(CT, "65 cents a page", ANY, "0.60"),
                LegalLimit.pageSchedule(CT, "65 cents a page", ANY, PageSchedule.perPage("0.65"), false),
                LegalLimit.pageSchedule(CT, "65 cents a page", ANY, PageSchedule.perPage("0.65"), true)
                        .withDocumentedCostOnTop(CostKind.CLERICAL),
                LegalLimit.noFee(CT, "65 cents a page", ANY),
                LegalLimit.noFeeForImages(CT, "65 cents a page", ANY),
                LegalLimit.methodProhibited(CT, "65 cents a page", ANY, ChargeBasis.PER_PAGE));
        for (LegalLimit other : others) {
            assertThat(other).as(other.toString()).isNotEqualTo(ct);
        }
        assertThat(LegalLimit.methodProhibited(CT, "x", ANY, ChargeBasis.PER_MEDIUM))
                .isNotEqualTo(LegalLimit.methodProhibited(CT, "x", ANY, ChargeBasis.PER_PAGE));
        assertThat(LegalLimit.noFee(CT, "x", ANY)).isNotEqualTo(LegalLimit.noFeeForImages(CT, "x", ANY));
        assertThat(LegalLimit.noLongerKnown("R5.2", LimitKind.COST_BASED, ChargeScope.REQUEST, null, null))
                .isNotEqualTo(LegalLimit.noLongerKnown("R5.2", LimitKind.COST_BASED, ChargeScope.REQUEST,
                        CostKind.ALLOWABLE_COST, null));
        LegalLimit standIn = LegalLimit.noLongerKnown("R5.2", LimitKind.COST_BASED, ChargeScope.REQUEST,
                CostKind.ALLOWABLE_COST, null);
        LegalLimit sameButKnown = LegalLimit.costBased(Citation.law("R5.2", "not known to this version of the library"),
                "a rule this version of the library does not know; the finding is kept as it was stored", ANY);
        assertThat(sameButKnown).as("known alone").isNotEqualTo(standIn);
        assertThat(ct).isNotEqualTo("R5.2");
    }
}
