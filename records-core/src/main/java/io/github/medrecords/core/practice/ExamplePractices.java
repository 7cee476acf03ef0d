package io.github.medrecords.core.practice;

import io.github.medrecords.core.fee.CostBasis;
import io.github.medrecords.core.fee.CostKind;
import io.github.medrecords.core.fee.FeeCondition;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.PriceRule;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.fee.TypicalVolumes;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.timeframe.TurnaroundDays;
import io.github.medrecords.core.timeframe.TurnaroundPromise;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Ready-made practice profiles for demos, tests and as a starting point for configuration.
 */
public final class ExamplePractices {

    /** The identifier of the Connecticut orthopaedic practice whose published policy seeded the library. */
    public static final PracticeId CONNECTICUT_ORTHOPAEDICS_ID = PracticeId.of("ct-orthopaedics");

    private ExamplePractices() {
    }

    /**
     * Returns the profile of a Connecticut orthopaedic practice: Connecticut law, America/New_York,
     * third-party requests handed to an outside records company, and the practice's own
     * authorization-form policy left off (see {@link PracticePolicies#requireOwnAuthorizationForm()}),
     * Connecticut's legal holidays computed by rule for any year (R8.3-R8.5), a turnaround of 2 to 3 business days
     * unless mailed and 3 to 5 by mail, and a 16:00 cut-off (an assumption: the practice's page
     * names none).
     *
     * @return the profile, not null
     */
    public static PracticeProfile connecticutOrthopaedics() {
        return PracticeProfile.builder(CONNECTICUT_ORTHOPAEDICS_ID)
                .name("Connecticut Orthopaedic Specialists")
                .jurisdiction(UsState.CT)
                .zone(ZoneId.of("America/New_York"))
                .complaintContact(ComplaintContact.of("Privacy Officer", "203-555-0142"))
                .policies(PracticePolicies.defaults().withHandOffThirdPartyRequests(true))
                .holidayCalendar(ConnecticutHolidays.calendar())
                .turnaroundPromise(TurnaroundPromise.of(TurnaroundDays.of(2, 3), TurnaroundDays.of(3, 5)))
                .cutOff(LocalTime.of(16, 0))
                .priceList(connecticutOrthopaedicsPriceList())
                .build();
    }

    /**
     * Returns the seed practice as it would be once it recorded the cost behind its prices: its profile with
     * {@link #connecticutOrthopaedicsPriceListWithCostBasis()}, so its invoices for copies and images are not
     * refused for a missing cost basis (R2.1, R2.3, R5.4).
     *
     * @return the profile, not null
     */
    public static PracticeProfile connecticutOrthopaedicsWithCostBasis() {
        return connecticutOrthopaedics().toBuilder().priceList(connecticutOrthopaedicsPriceListWithCostBasis())
                .build();
    }

    /**
     * Returns the seed practice's published prices with a documented cost basis for each charge, the way a
     * practice records it (R2.3: the actual or average allowable cost; R5.4: the cost of materials for
     * images). The costs are illustrative assumptions, not from the practice's page: an average labour and
     * supply cost of $0.65 a page from time sheets, and the image-sharing service's and the disc vendor's
     * charges per study behind the $15 and $25 image prices.
     *
     * @return the price list, not null
     */
    public static PriceList connecticutOrthopaedicsPriceListWithCostBasis() {
        return connecticutOrthopaedicsPriceList().toBuilder()
                .costBasis(CostBasis.average("ONS-PAGES", CostKind.ALLOWABLE_COST, "0.65",
                        "copying time sheets and supply invoices, 2026"))
                .costBasis(CostBasis.actual("ONS-IMAGES-LINK", CostKind.ALLOWABLE_COST, "15.00",
                        "image-sharing service contract, per study"))
                .costBasis(CostBasis.actual("ONS-IMAGES-LINK", CostKind.MATERIALS, "15.00",
                        "image-sharing service contract, per study"))
                .costBasis(CostBasis.actual("ONS-IMAGES-CD", CostKind.ALLOWABLE_COST, "25.00",
                        "imaging vendor's invoice per disc set, 2026"))
                .costBasis(CostBasis.actual("ONS-IMAGES-CD", CostKind.MATERIALS, "25.00",
                        "imaging vendor's invoice per disc set, 2026"))
                .build();
    }

    /**
     * Returns the seed practice's published prices, as the practice's own prices and not as state law:
     * nothing for records accessed in the patient portal; nothing for copies sent to a physician or
     * facility for continuing care (practice policy, R5.11); $0.65 a page capped at $6.50 a request
     * (the page rate equals Connecticut's maximum, R5.2, but the cap is the practice's own, R5.3);
     * $15 for images by secure link and $25 for images on CD by mail. The typical page counts are
     * illustrative assumptions for estimates, not from the practice's page.
     *
     * <p>Checked against the law this list is not compliant everywhere (R2.5, R2.3 and R5.4 in docs/law):
     * the per-page method for electronically kept records is not permitted for a patient's own copy
     * (R2.5) and the image prices need a documented cost basis (R2.3, R5.4).
     *
     * @return the price list, not null
     */
    public static PriceList connecticutOrthopaedicsPriceList() {
        return PriceList.builder("Connecticut Orthopaedic Specialists published prices")
                .free("ONS-PORTAL", "records accessed via the patient portal",
                        FeeCondition.any().withDeliveryMethods(DeliveryMethod.PORTAL_DOWNLOAD), "R2.2")
                .free("ONS-CONTINUING-CARE", "copies sent to a physician or facility for continuing care",
                        FeeCondition.any().withPurposes(PurposeKind.CONTINUING_CARE), "R5.11", "R3.8")
                .rule(PriceRule.perPage("ONS-PAGES", "Copies of records", "0.65").withCap("6.50")
                        .withRelatedRules("R5.2", "R5.3"))
                .rule(PriceRule.perRequest("ONS-IMAGES-LINK", "MRI/X-ray images by secure link", "15.00").forImages()
                        .withCondition(FeeCondition.any().withDeliveryMethods(DeliveryMethod.SECURE_LINK))
                        .withRelatedRules("R2.3", "R5.4"))
                .rule(PriceRule.perRequest("ONS-IMAGES-CD", "MRI/X-ray images on CD by mail", "25.00").forImages()
                        .withCondition(FeeCondition.any().withDeliveryMethods(DeliveryMethod.CD_BY_MAIL))
                        .withRelatedRules("R2.3", "R5.4"))
                .typicalVolumes(TypicalVolumes.none()
                        .withPages(RecordType.CLINICAL_VISIT_SUMMARY, 4)
                        .withPages(RecordType.MRI_REPORT, 2)
                        .withPages(RecordType.BILLING_RECORDS, 3)
                        .withPages(RecordType.LAB_RESULTS, 3)
                        .withDefaultPages(10)
                        .withRecordKeeping(RecordKeeping.ELECTRONIC))
                .build();
    }
}
