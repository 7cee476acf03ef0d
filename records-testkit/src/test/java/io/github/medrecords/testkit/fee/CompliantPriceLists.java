package io.github.medrecords.testkit.fee;

import io.github.medrecords.core.fee.CostBasis;
import io.github.medrecords.core.fee.CostKind;
import io.github.medrecords.core.fee.FeeCondition;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.PriceRule;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;

/** A price list built to comply with HIPAA and Connecticut in every context. */
final class CompliantPriceLists {

    private CompliantPriceLists() {
    }

    /**
     * Free for a patient's electronically kept records (no per-page fee, R2.5; nothing above
     * Connecticut's per-page maximum at any page count, R2.10); $0.45 a page elsewhere (within every CT
     * version, R5.2) with a documented average cost (R2.1); images at a documented $5 (R2.3, R5.4);
     * postage at cost.
     */
    static PriceList connecticut() {
        return PriceList.builder("Compliant Connecticut prices")
                .free("FREE-ELECTRONIC", "a patient's copies of electronically kept records",
                        FeeCondition.any()
                                .withLegalBases(LegalBasis.INDIVIDUAL_ACCESS, LegalBasis.THIRD_PARTY_DIRECTIVE)
                                .withRecordKeeping(RecordKeeping.ELECTRONIC), "R2.5")
                .free("FREE-SSA", "records supporting a documented Social Security claim or appeal",
                        FeeCondition.any().withPurposes(PurposeKind.SOCIAL_SECURITY_CLAIM).withDocumentedClaim(), "R5.5")
                .rule(PriceRule.perPage("PAGES", "Copies of records", "0.45"))
                .rule(PriceRule.perRequest("IMAGES", "Image copies", "5.00").forImages())
                .rule(PriceRule.postage("POSTAGE"))
                .costBasis(CostBasis.average("PAGES", CostKind.ALLOWABLE_COST, "0.45", "2026 labour study"))
                .costBasis(CostBasis.average("IMAGES", CostKind.ALLOWABLE_COST, "5.00", "2026 labour study"))
                .costBasis(CostBasis.actual("IMAGES", CostKind.MATERIALS, "5.00", "CD supplier invoice"))
                .build();
    }
}
