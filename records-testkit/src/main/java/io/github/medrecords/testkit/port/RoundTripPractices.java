package io.github.medrecords.testkit.port;

import io.github.medrecords.core.fee.CopyFormat;
import io.github.medrecords.core.fee.CostBasis;
import io.github.medrecords.core.fee.CostKind;
import io.github.medrecords.core.fee.FeeCondition;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.PriceRule;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.fee.Tier;
import io.github.medrecords.core.fee.TypicalVolumes;
import io.github.medrecords.core.law.StateLawFile;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ComplaintContact;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticePolicies;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.timeframe.HolidayCalendar;
import io.github.medrecords.core.timeframe.TurnaroundDays;
import io.github.medrecords.core.timeframe.TurnaroundPromise;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One practice per built-in jurisdiction, for storage round trips: Colorado (once HIPAA alone), Connecticut (the seed practice and a second one with tiered prices), New
 * York, California, Texas, Florida and Massachusetts. Their price lists use every kind of price rule:
 * waivers, per-page prices with caps and tiers, flat per-request prices, images priced per request
 * and per medium, postage, and documented cost bases of every kind, so that the quotes and compliance
 * findings a store saves hold tiered schedules, California's postage-on-top and documented-cost-on-top
 * limits, the images scope and conditions that name several ways of keeping records.
 *
 * <p>The prices are made up for tests and are not all compliant; that is the point: a store must hold
 * a non-compliant quote as faithfully as a compliant one. Zones, holiday calendars, closures, cut-offs
 * and turnaround promises differ between the practices. Immutable profiles; thread-safe.
 */
public final class RoundTripPractices {

    private static final List<PracticeProfile> HAND_MADE = List.of(
            hipaaOnly(),
            ExamplePractices.connecticutOrthopaedics(),
            connecticutTiered(),
            newYork(),
            california(),
            texas(),
            florida(),
            massachusetts());
    private static final List<PracticeProfile> ALL = all(HAND_MADE);
    private static final List<PracticeProfile> GENERIC = ALL.subList(HAND_MADE.size(), ALL.size());

    private RoundTripPractices() {
    }

    /**
     * Adds one practice for every other jurisdiction with a built-in law file (docs/adding-a-state.md), every
     * other one a hospital, so that round trips hold every state's schedules, exemptions and deadlines and both
     * provider kinds.
     */
    private static List<PracticeProfile> all(List<PracticeProfile> handMade) {
        Set<UsState> covered = EnumSet.noneOf(UsState.class);
        handMade.forEach(p -> covered.addAll(p.jurisdictions()));
        List<PracticeProfile> all = new ArrayList<>(handMade);
        int n = 0;
        for (StateLawFile file : StateLawFile.builtIn()) {
            if (covered.contains(file.state())) {
                continue;
            }
            String code = file.state().name().toLowerCase(Locale.ROOT);
            all.add(practice(code + "-generic", file.name() + " generic practice", file.state(), "America/Chicago")
                    .providerKind(n++ % 2 == 0 ? ProviderKind.HOSPITAL : ProviderKind.PHYSICIAN)
                    .priceList(hipaaOnly().priceList())
                    .build());
        }
        return List.copyOf(all);
    }

    /**
     * Returns every practice, the seed practice among them.
     *
     * @return an unmodifiable list of eight hand-made practices and one generic practice for every other state
     *     with built-in law, not null
     */
    public static List<PracticeProfile> all() {
        return ALL;
    }

    /**
     * Returns the eight hand-made practices, whose price lists use every kind of price rule.
     *
     * @return an unmodifiable list, not null
     */
    public static List<PracticeProfile> handMade() {
        return HAND_MADE;
    }

    /**
     * Returns the practice a generated sequence uses: even sequences go round the hand-made practices, odd ones
     * round the generic practices of the other states.
     *
     * @param sequence  the sequence's number
     * @return the practice, not null
     */
    public static PracticeProfile forSequence(int sequence) {
        List<PracticeProfile> from = GENERIC.isEmpty() || sequence % 2 == 0 ? HAND_MADE : GENERIC;
        return from.get(Math.floorMod(sequence / 2, from.size()));
    }

    /**
     * Returns a directory of every practice in {@link #all()}.
     *
     * @return the directory, not null
     */
    public static PracticeDirectory directory() {
        return PracticeDirectory.of(ALL.toArray(PracticeProfile[]::new));
    }

    private static PracticeProfile.Builder practice(String id, String name, UsState state, String zone) {
        return PracticeProfile.builder(PracticeId.of(id))
                .name(name)
                .jurisdiction(state)
                .zone(ZoneId.of(zone))
                .complaintContact(ComplaintContact.of("Privacy Officer", "555-555-0100"));
    }

    private static FeeCondition portal() {
        return FeeCondition.any().withDeliveryMethods(DeliveryMethod.PORTAL_DOWNLOAD);
    }

    private static FeeCondition benefitClaims() {
        return FeeCondition.any().withPurposes(PurposeKind.SOCIAL_SECURITY_CLAIM, PurposeKind.GOVERNMENT_BENEFIT_CLAIM,
                PurposeKind.VETERANS_BENEFIT_CLAIM).withDocumentedClaim();
    }

    /** HIPAA only: the flat fee, a labour-cost price with an average cost basis, a cost-based paper price. */
    static PracticeProfile hipaaOnly() {
        PriceList prices = PriceList.builder("Front Range Family Medicine prices")
                .free("FR-PORTAL", "records in the patient portal", portal(), "R2.2")
                .rule(PriceRule.perRequest("FR-FLAT", "Electronic copy of electronic records", "6.50").forRecords()
                        .withCondition(FeeCondition.any().withCopyFormat(CopyFormat.ELECTRONIC)
                                .withRecordKeeping(RecordKeeping.ELECTRONIC)
                                .withRoles(RequesterRole.PATIENT, RequesterRole.PERSONAL_REPRESENTATIVE))
                        .withRelatedRules("R2.3"))
                .rule(PriceRule.perRequest("FR-LABOUR", "Labour to copy records for third parties", "18.00")
                        .forRecords().withCondition(FeeCondition.any().withRoles(RequesterRole.THIRD_PARTY,
                                RequesterRole.PROVIDER)))
                .rule(PriceRule.perPage("FR-PAPER", "Paper copies", "0.30").withCap("45.00")
                        .withCondition(FeeCondition.any().withCopyFormat(CopyFormat.PAPER)))
                .rule(PriceRule.perMedium("FR-CD", "Images on CD", "9.00"))
                .rule(PriceRule.postage("FR-POSTAGE").withCondition(FeeCondition.any()
                        .withDeliveryMethods(DeliveryMethod.PAPER_BY_MAIL, DeliveryMethod.CD_BY_MAIL)))
                .costBasis(CostBasis.average("FR-LABOUR", CostKind.ALLOWABLE_COST, "18.00", "2025 labour study"))
                .costBasis(CostBasis.actual("FR-CD", CostKind.MATERIALS, "3.10", "disc invoices 2025"))
                .costBasis(CostBasis.average("FR-PAPER", CostKind.ALLOWABLE_COST, "0.28", "2025 labour study"))
                .typicalVolumes(TypicalVolumes.none().withDefaultPages(12).withRecordKeeping(RecordKeeping.PAPER)
                        .withPostage(Money.parse("1.73")))
                .build();
        return practice("co-front-range", "Front Range Family Medicine", UsState.CO, "America/Denver")
                .policies(PracticePolicies.defaults().withMaximumCopiesPerSelection(10))
                .holidayCalendar(HolidayCalendar.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 7, 5)))
                .closure(LocalDate.of(2026, 12, 24))
                .cutOff(LocalTime.of(17, 30))
                .priceList(prices)
                .build();
    }

    /** Connecticut with tiered page prices, images at the cost of materials and documented claims free. */
    static PracticeProfile connecticutTiered() {
        PriceList prices = PriceList.builder("Shoreline Orthopaedics prices (tiered)")
                .free("SH-SSA", "records for a documented Social Security claim", benefitClaims(), "R5.5")
                .free("SH-CARE", "continuing care", FeeCondition.any().withLegalBases(LegalBasis.TREATMENT), "R3.8")
                .rule(PriceRule.perPage("SH-PAGES", "Copies of records", "0.65")
                        .withTiers(Tier.from(1, "0.65"), Tier.from(101, "0.50"), Tier.from(501, "0.25"))
                        .withRelatedRules("R5.2"))
                .rule(PriceRule.perMedium("SH-IMAGES", "Images, per disc or image set", "12.00")
                        .withRelatedRules("R5.4"))
                .rule(PriceRule.postage("SH-POSTAGE"))
                .costBasis(CostBasis.actual("SH-IMAGES", CostKind.MATERIALS, "12.00", "disc and sleeve invoices"))
                .typicalVolumes(TypicalVolumes.none().withPages(RecordType.CLINICAL_VISIT_SUMMARY, 6)
                        .withDefaultPages(25).withRecordKeeping(RecordKeeping.ELECTRONIC))
                .build();
        return practice("ct-shoreline", "Shoreline Orthopaedics", UsState.CT, "America/New_York")
                .policies(PracticePolicies.defaults().withRequireOwnAuthorizationForm(true))
                .holidayCalendar(ExamplePractices.connecticutOrthopaedics().holidayCalendar())
                .turnaroundPromise(TurnaroundPromise.of(TurnaroundDays.of(1, 2), TurnaroundDays.of(4, 7)))
                .priceList(prices)
                .build();
    }

    /** New York: paper copies at $0.75 a page for qualified persons, cheaper from 501, benefit claims free. */
    static PracticeProfile newYork() {
        PriceList prices = PriceList.builder("Hudson Valley Medical Group prices")
                .free("HV-PORTAL", "portal", portal())
                .free("HV-BENEFITS", "records for a government benefit claim", FeeCondition.any()
                        .withPurposes(PurposeKind.SOCIAL_SECURITY_CLAIM, PurposeKind.GOVERNMENT_BENEFIT_CLAIM,
                                PurposeKind.VETERANS_BENEFIT_CLAIM), "NY.3")
                .rule(PriceRule.perPage("HV-PAPER", "Paper copies", "0.75")
                        .withTiers(Tier.from(1, "0.75"), Tier.from(501, "0.40"))
                        .withCondition(FeeCondition.any().withCopyFormat(CopyFormat.PAPER)))
                .rule(PriceRule.perRequest("HV-ELECTRONIC", "Electronic copies", "10.00")
                        .withCondition(FeeCondition.any().withCopyFormat(CopyFormat.ELECTRONIC)))
                .rule(PriceRule.perRequest("HV-IMAGES", "Image export", "20.00").forImages())
                .costBasis(CostBasis.average("HV-ELECTRONIC", CostKind.ALLOWABLE_COST, "9.75", "2026 cost review"))
                .typicalVolumes(TypicalVolumes.none().withDefaultPages(8).withRecordKeeping(RecordKeeping.ELECTRONIC))
                .build();
        return practice("ny-hudson", "Hudson Valley Medical Group", UsState.NY, "America/New_York")
                .holidayCalendar(HolidayCalendar.of(LocalDate.of(2026, 11, 26), LocalDate.of(2027, 11, 25)))
                .cutOff(LocalTime.of(15, 0))
                .priceList(prices)
                .build();
    }

    /**
     * California: $0.25 a page, $0.50 from microfilm, documented clerical costs on top, postage, x-rays to
     * providers at documented cost, and Evidence Code 1158 prices for attorneys before suit.
     */
    static PracticeProfile california() {
        FeeCondition attorney = FeeCondition.any().withLegalBases(LegalBasis.AUTHORIZATION)
                .withRoles(RequesterRole.THIRD_PARTY);
        PriceList prices = PriceList.builder("Bay Coast Physicians prices")
                .free("BC-BENEFITS", "Medi-Cal and other benefit claims", benefitClaims(), "CA.4")
                .rule(PriceRule.perPage("BC-PAGES", "Copies", "0.25").withCondition(FeeCondition.any()
                        .withRecordKeepings(RecordKeeping.PAPER, RecordKeeping.ELECTRONIC)
                        .withAttorneyBeforeSuit(false)).withRelatedRules("CA.1"))
                .rule(PriceRule.perPage("BC-MICROFILM", "Copies from microfilm", "0.50").withCondition(FeeCondition
                        .any().withRecordKeeping(RecordKeeping.MICROFILM)).withRelatedRules("CA.2", "CA.6"))
                .rule(PriceRule.perPage("BC-1158", "Copies for an attorney before suit", "0.10")
                        .withCondition(attorney.withAttorneyBeforeSuit(true)).withRelatedRules("CA.5", "CA.7"))
                .rule(PriceRule.perRequest("BC-CLERICAL", "Clerical time, documented", "16.00").forRecords())
                .rule(PriceRule.perRequest("BC-XRAY", "X-rays to another provider", "30.00").forImages()
                        .withCondition(FeeCondition.any().withLegalBases(LegalBasis.TREATMENT)))
                .rule(PriceRule.perMedium("BC-CD", "Images on CD", "8.00"))
                .rule(PriceRule.postage("BC-POSTAGE"))
                .costBasis(CostBasis.actual("BC-CLERICAL", CostKind.CLERICAL, "16.00", "time sheets, $16 an hour"))
                .costBasis(CostBasis.actual("BC-XRAY", CostKind.ACTUAL_COST, "30.00", "film duplication invoice"))
                .costBasis(CostBasis.average("BC-CD", CostKind.MATERIALS, "2.40", "disc invoices"))
                .typicalVolumes(TypicalVolumes.none().withDefaultPages(30).withRecordKeeping(RecordKeeping.PAPER)
                        .withPostage(Money.parse("2.12")))
                .build();
        return practice("ca-bay-coast", "Bay Coast Physicians", UsState.CA, "America/Los_Angeles")
                .holidayCalendar(HolidayCalendar.of(LocalDate.of(2026, 3, 31), LocalDate.of(2027, 3, 31),
                        LocalDate.of(2026, 9, 9)))
                .priceList(prices)
                .build();
    }

    /** Texas: $25 for the first 20 paper pages then $0.50, electronic copies $25 and $25 more from page 501. */
    static PracticeProfile texas() {
        PriceList prices = PriceList.builder("Gulf Coast Clinic prices")
                .rule(PriceRule.perRequest("GC-PAPER-BASE", "Paper copies, pages 1-20", "25.00").forRecords()
                        .withCondition(FeeCondition.any().withCopyFormat(CopyFormat.PAPER)).withRelatedRules("TX.1"))
                .rule(PriceRule.perPage("GC-PAPER-PAGES", "Paper copies from page 21", "0.50")
                        .withTiers(Tier.from(1, "0.00"), Tier.from(21, "0.50"))
                        .withCondition(FeeCondition.any().withCopyFormat(CopyFormat.PAPER)))
                .rule(PriceRule.perRequest("GC-ELECTRONIC", "Electronic copies", "25.00")
                        .withCondition(FeeCondition.any().withCopyFormat(CopyFormat.ELECTRONIC))
                        .withRelatedRules("TX.2"))
                .rule(PriceRule.perPage("GC-ELECTRONIC-LARGE", "Electronic copies from page 501", "0.05")
                        .withTiers(Tier.from(1, "0.00"), Tier.from(501, "0.05")).withCap("25.00")
                        .withCondition(FeeCondition.any().withCopyFormat(CopyFormat.ELECTRONIC)))
                .rule(PriceRule.perMedium("GC-FILM", "X-ray film copies", "15.00"))
                .typicalVolumes(TypicalVolumes.none().withDefaultPages(40).withRecordKeeping(RecordKeeping.PAPER))
                .build();
        return practice("tx-gulf-coast", "Gulf Coast Clinic", UsState.TX, "America/Chicago")
                .holidayCalendar(HolidayCalendar.of(LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 2)))
                .closure(LocalDate.of(2026, 8, 28))
                .turnaroundPromise(TurnaroundPromise.of(TurnaroundDays.of(3, 5), TurnaroundDays.of(5, 10)))
                .priceList(prices)
                .build();
    }

    /** Florida: $1.00 a page for the first 25 pages and $0.25 after for patients, $1.00 for others, x-rays at cost. */
    static PracticeProfile florida() {
        PriceList prices = PriceList.builder("Suncoast Orthopedics prices")
                .free("SC-PORTAL", "portal", portal())
                .rule(PriceRule.perPage("SC-PATIENT", "Copies for patients", "1.00")
                        .withTiers(Tier.from(1, "1.00"), Tier.from(26, "0.25"))
                        .withCondition(FeeCondition.any().withRoles(RequesterRole.PATIENT,
                                RequesterRole.PERSONAL_REPRESENTATIVE)).withRelatedRules("FL.1"))
                .rule(PriceRule.perPage("SC-OTHERS", "Copies for others", "1.00").withCondition(FeeCondition.any()
                        .withRoles(RequesterRole.PROVIDER, RequesterRole.THIRD_PARTY)).withRelatedRules("FL.2"))
                .rule(PriceRule.perMedium("SC-XRAY", "X-ray copies", "22.50").withRelatedRules("FL.3"))
                .rule(PriceRule.postage("SC-POSTAGE"))
                .costBasis(CostBasis.actual("SC-XRAY", CostKind.ACTUAL_COST, "22.50", "2026 film cost sheet"))
                .typicalVolumes(TypicalVolumes.none().withDefaultPages(30).withRecordKeeping(RecordKeeping.MICROFILM))
                .build();
        return practice("fl-suncoast", "Suncoast Orthopedics", UsState.FL, "America/New_York")
                // Invoices prices whose cost basis is not recorded; the history says so (#13).
                .policies(PracticePolicies.defaults().withInvoiceWithoutCostBasis(true))
                .holidayCalendar(HolidayCalendar.of(LocalDate.of(2026, 11, 27)))
                .priceList(prices)
                .build();
    }

    /** Massachusetts: a base fee and tiered page rates from page 101, benefit claims free. */
    static PracticeProfile massachusetts() {
        PriceList prices = PriceList.builder("Pioneer Valley Health prices")
                .free("PV-SSA", "Social Security and need-based claims", FeeCondition.any()
                        .withPurposes(PurposeKind.SOCIAL_SECURITY_CLAIM, PurposeKind.GOVERNMENT_BENEFIT_CLAIM), "MA.2")
                .rule(PriceRule.perRequest("PV-BASE", "Base fee", "20.00").forRecords().withRelatedRules("MA.1"))
                .rule(PriceRule.perPage("PV-PAGES", "Copies", "0.90")
                        .withTiers(Tier.from(1, "0.90"), Tier.from(101, "0.45")).withCap("150.00"))
                .rule(PriceRule.perRequest("PV-IMAGES", "Images by secure link", "15.00").forImages()
                        .withCondition(FeeCondition.any().withDeliveryMethods(DeliveryMethod.SECURE_LINK,
                                DeliveryMethod.PORTAL_DOWNLOAD)))
                .rule(PriceRule.perMedium("PV-CD", "Images on CD", "25.00"))
                .rule(PriceRule.postage("PV-POSTAGE").withCondition(FeeCondition.any()
                        .withDeliveryMethods(DeliveryMethod.PAPER_BY_MAIL)))
                .costBasis(CostBasis.average("PV-IMAGES", CostKind.ALLOWABLE_COST, "14.00", "PACS export labour"))
                .costBasis(CostBasis.average("PV-CD", CostKind.MATERIALS, "4.00", "disc invoices"))
                .typicalVolumes(TypicalVolumes.none().withDefaultPages(120).withRecordKeeping(RecordKeeping.ELECTRONIC)
                        .withPostage(Money.parse("4.05")))
                .build();
        return practice("ma-pioneer", "Pioneer Valley Health", UsState.MA, "America/New_York")
                .policies(PracticePolicies.defaults().withInvoiceWithoutCostBasis(true))
                .holidayCalendar(HolidayCalendar.of(LocalDate.of(2026, 4, 20), LocalDate.of(2027, 4, 19)))
                .priceList(prices)
                .build();
    }
}
