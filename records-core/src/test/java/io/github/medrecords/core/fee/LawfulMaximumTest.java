package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lawful maximum as a query (#13), with the figures worked out by hand from docs/law before the code ran:
 * the amount without a recorded cost basis and its rule, the ceiling no documented cost lifts and its rule,
 * in CT, NY, CA (with Evidence Code 1158), TX, FL and MA, exemptions that make it zero, and a check against the
 * calculator: a list charging exactly the amount is compliant, a cent more is not.
 */
class LawfulMaximumTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final Money POSTAGE = Money.parse("1.20");

    private static FeeContext.Builder attorney(DeliveryMethod delivery, int pages, UsState state) {
        return FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.THIRD_PARTY, delivery, DAY)
                .recordType(RecordType.CLINICAL_VISIT_SUMMARY).recordKeeping(RecordKeeping.PAPER).pages(pages)
                .jurisdiction(state);
    }

    private static FeeContext.Builder patient(DeliveryMethod delivery, RecordKeeping keeping, int pages,
            UsState state) {
        return FeeContext.builder(LegalBasis.INDIVIDUAL_ACCESS, RequesterRole.PATIENT, delivery, DAY)
                .recordType(RecordType.CLINICAL_VISIT_SUMMARY).recordKeeping(keeping).pages(pages).jurisdiction(state);
    }

    private static void answers(LawfulMaximum max, String amount, String rule, String firmAmount, String firmRule) {
        assertThat(max.amount()).as("amount").contains(Money.parse(amount));
        assertThat(max.bindingRule()).as("binding rule").map(Citation::ruleId).contains(rule);
        if (firmAmount == null) {
            assertThat(max.amountWithCostBasis()).as("amount with cost basis").isEmpty();
            assertThat(max.bindingRuleWithCostBasis()).isEmpty();
        } else {
            assertThat(max.amountWithCostBasis()).as("amount with cost basis").contains(Money.parse(firmAmount));
            assertThat(max.bindingRuleWithCostBasis()).map(Citation::ruleId).contains(firmRule);
        }
    }

    @Test
    void connecticutPaperCopiesForThePatient() {
        LawfulMaximum max = LawfulMaximum.of(patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 25,
                UsState.CT).postage(POSTAGE).build());

        // HIPAA's cost-based fee (R2.1) allows postage without a documented cost; CT's $0.65 a page plus
        // first-class postage (R5.2) is the ceiling no documented cost lifts: 25 x 0.65 + 1.20.
        answers(max, "1.20", "R2.1", "17.45", "R5.2");
        // R2.2 (no search or inspection fee for the patient) and R2.6 (the fee told in advance) govern too,
        // as rules on how a fee is charged, with no amount of their own.
        assertThat(max.ceilings()).extracting(c -> c.rule().ruleId()).containsExactly("R2.1", "R2.2", "R2.6", "R5.2");
        assertThat(max.ceilings().get(1).amount()).isEmpty();
        assertThat(max.ceilings().get(2).amount()).isEmpty();
        LawfulMaximum.Ceiling ct = max.ceilings().get(3);
        assertThat(ct.scope()).isEqualTo(ChargeScope.RECORDS);
        assertThat(ct.postage()).isEqualTo(POSTAGE);
        assertThat(ct.liftedByCostBasis()).isFalse();
        assertThat(max.ceilings().get(0).liftedByCostBasis()).isTrue();
        assertThat(max.ceilings().get(0).documentedCost()).contains(CostKind.ALLOWABLE_COST);
    }

    @Test
    void connecticutElectronicCopiesForThePatientMeetTheFlatFee() {
        FeeContext twenty = patient(DeliveryMethod.SECURE_LINK, RecordKeeping.ELECTRONIC, 20, UsState.CT).build();

        LawfulMaximum max = LawfulMaximum.of(twenty);

        answers(max, "6.50", "R2.3", "13.00", "R5.2");
        assertThat(max.ceilings()).filteredOn(c -> c.rule().ruleId().equals("R2.5")).singleElement()
                .satisfies(c -> {
                    assertThat(c.amount()).isEmpty();
                    assertThat(c.prohibitedBasis()).contains(ChargeBasis.PER_PAGE);
                    assertThat(c.explain()).isEqualTo("R2.5: no charge per page.");
                });
        // Below ten pages CT's page rate is lower than the flat fee, and binds both ways.
        answers(LawfulMaximum.of(twenty.withPages(5)), "3.25", "R5.2", "3.25", "R5.2");
        assertThat(LawfulMaximum.of(twenty).explain()).startsWith("At most $6.50 in all without a recorded cost"
                + " basis, under R2.3. With documented costs, never more than $13.00, under R5.2.").doesNotContain("[");
    }

    @Test
    void connecticutAttorneyAndTheDocumentedSocialSecurityClaimThatMakesItZero() {
        answers(LawfulMaximum.of(attorney(DeliveryMethod.PAPER_BY_MAIL, 25, UsState.CT).postage(POSTAGE).build()),
                "17.45", "R5.2", "17.45", "R5.2");

        LawfulMaximum free = LawfulMaximum.of(patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 25,
                UsState.CT).purpose(PurposeKind.SOCIAL_SECURITY_CLAIM).claimDocumented(true).postage(POSTAGE).build());

        assertThat(free.isFree()).isTrue();
        answers(free, "0.00", "R5.5", "0.00", "R5.5");
        assertThat(free.ceilings()).singleElement().extracting(LawfulMaximum.Ceiling::kind).isEqualTo(LimitKind.NO_FEE);
        // Undocumented, the claim is not free in Connecticut.
        assertThat(LawfulMaximum.of(patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 25, UsState.CT)
                .purpose(PurposeKind.SOCIAL_SECURITY_CLAIM).build()).isFree()).isFalse();
    }

    @Test
    void theHipaaPortalIsFreeEverywhere() {
        LawfulMaximum portal = LawfulMaximum.of(patient(DeliveryMethod.PORTAL_DOWNLOAD, RecordKeeping.ELECTRONIC, 40,
                UsState.TX).build());

        answers(portal, "0.00", "R2.2", "0.00", "R2.2");
    }

    @Test
    void newYorkPageRateMammogramsAndBenefitClaims() {
        answers(LawfulMaximum.of(attorney(DeliveryMethod.PAPER_BY_MAIL, 40, UsState.NY).build()),
                "30.00", "NY.1", "30.00", "NY.1");

        LawfulMaximum mammogram = LawfulMaximum.of(attorney(DeliveryMethod.PAPER_BY_MAIL, 10, UsState.NY)
                .recordType(LegalLimits.MAMMOGRAM).build());
        answers(mammogram, "7.50", "NY.1", "7.50", "NY.1");
        assertThat(mammogram.ceilings()).filteredOn(c -> c.scope() == ChargeScope.IMAGES).singleElement()
                .satisfies(c -> assertThat(c.rule().ruleId()).isEqualTo("NY.2"));

        LawfulMaximum claim = LawfulMaximum.of(patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 40,
                UsState.NY).purpose(PurposeKind.GOVERNMENT_BENEFIT_CLAIM).build());
        assertThat(claim.isFree()).isTrue();
        answers(claim, "0.00", "NY.3", "0.00", "NY.3");
    }

    @Test
    void californiaHealthAndSafetyCodeAndEvidenceCode1158() {
        FeeContext.Builder paper = attorney(DeliveryMethod.PAPER_BY_MAIL, 40, UsState.CA).postage(Money.parse("2.00"));

        // CA.1: $0.25 a page, postage not on top, documented clerical costs may come on top: no firm ceiling.
        LawfulMaximum hsc = LawfulMaximum.of(paper.build());
        answers(hsc, "10.00", "CA.1", null, null);
        assertThat(hsc.ceilings()).singleElement().satisfies(c -> {
            assertThat(c.documentedCost()).contains(CostKind.CLERICAL);
            assertThat(c.explain()).isEqualTo("CA.1: at most $10.00 for the records other than images, plus the"
                    + " documented clerical.");
        });

        // CA.5: an attorney before suit, $0.10 a page plus actual postage: 40 x 0.10 + 2.00.
        LawfulMaximum beforeSuit = LawfulMaximum.of(paper.attorneyBeforeSuit(true).build());
        answers(beforeSuit, "6.00", "CA.5", null, null);
        assertThat(beforeSuit.ceilings()).singleElement().satisfies(c -> assertThat(c.postage())
                .isEqualTo(Money.parse("2.00")));

        // CA.7: electronic copies before suit at the paper rate, UNCONFIRMED.
        LawfulMaximum electronic = LawfulMaximum.of(attorney(DeliveryMethod.SECURE_LINK, 40, UsState.CA)
                .attorneyBeforeSuit(true).build());
        answers(electronic, "4.00", "CA.7", null, null);
        assertThat(electronic.bindingRule()).hasValueSatisfying(r -> assertThat(r.unconfirmed()).isTrue());
        assertThat(electronic.explain()).contains("under CA.7 (UNCONFIRMED)");

        LawfulMaximum medical = LawfulMaximum.of(patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 40,
                UsState.CA).purpose(PurposeKind.GOVERNMENT_BENEFIT_CLAIM).build());
        answers(medical, "0.00", "CA.4", "0.00", "CA.4");
    }

    @Test
    void texasBandsOnPaperAndElectronicCopies() {
        answers(LawfulMaximum.of(attorney(DeliveryMethod.PAPER_BY_MAIL, 20, UsState.TX).build()),
                "25.00", "TX.1", "25.00", "TX.1");
        answers(LawfulMaximum.of(attorney(DeliveryMethod.PAPER_BY_MAIL, 21, UsState.TX).build()),
                "25.50", "TX.1", "25.50", "TX.1");
        answers(LawfulMaximum.of(attorney(DeliveryMethod.SECURE_LINK, 501, UsState.TX).build()),
                "50.00", "TX.2", "50.00", "TX.2");
        answers(LawfulMaximum.of(patient(DeliveryMethod.SECURE_LINK, RecordKeeping.ELECTRONIC, 600, UsState.TX)
                .build()), "6.50", "R2.3", "50.00", "TX.2");
    }

    @Test
    void floridaPatientsOtherEntitiesAndXraysAtActualCost() {
        answers(LawfulMaximum.of(patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 30, UsState.FL).build()),
                "0.00", "R2.1", "26.25", "FL.1");
        answers(LawfulMaximum.of(attorney(DeliveryMethod.PAPER_BY_MAIL, 30, UsState.FL).build()),
                "30.00", "FL.2", "30.00", "FL.2");

        LawfulMaximum xrays = LawfulMaximum.of(attorney(DeliveryMethod.CD_BY_MAIL, 10, UsState.FL)
                .recordType(RecordType.XRAY_IMAGES).media(1).build());
        // Without a documented cost the x-rays are worth nothing to charge, so FL.2's pages bound the request;
        // with one, the x-rays go as far as their actual cost.
        answers(xrays, "10.00", "FL.2", null, null);
        assertThat(xrays.ceilings()).filteredOn(c -> c.scope() == ChargeScope.IMAGES).singleElement()
                .satisfies(c -> {
                    assertThat(c.rule().ruleId()).isEqualTo("FL.3");
                    assertThat(c.documentedCost()).contains(CostKind.ACTUAL_COST);
                });
    }

    @Test
    void massachusettsBaseFeeTwoRatesAndTheSocialSecurityExemption() {
        LawfulMaximum max = LawfulMaximum.of(attorney(DeliveryMethod.PAPER_BY_MAIL, 150, UsState.MA).build());

        // 2026 carries the Oct 2023 rates forward, UNCONFIRMED: 28.38 + 100 x 0.95 + 50 x 0.49.
        answers(max, "147.88", "MA.1", "147.88", "MA.1");
        assertThat(max.bindingRule()).hasValueSatisfying(r -> assertThat(r.unconfirmed()).isTrue());
        answers(LawfulMaximum.of(attorney(DeliveryMethod.PAPER_BY_MAIL, 150, UsState.MA).build()
                .withReceivedOn(LocalDate.of(2022, 11, 1))), "145.87", "MA.1", "145.87", "MA.1");

        LawfulMaximum ssa = LawfulMaximum.of(patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 150,
                UsState.MA).purpose(PurposeKind.SOCIAL_SECURITY_CLAIM).build());
        answers(ssa, "0.00", "MA.2", "0.00", "MA.2");
    }

    @Test
    void saysWhenNoEncodedRuleLimitsTheFee() {
        LawfulMaximum none = LawfulMaximum.of(FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.THIRD_PARTY,
                DeliveryMethod.PAPER_BY_MAIL, DAY).recordType(RecordType.CLINICAL_VISIT_SUMMARY).pages(40).build());

        assertThat(none.ceilings()).isEmpty();
        assertThat(none.amount()).isEmpty();
        assertThat(none.bindingRule()).isEmpty();
        assertThat(none.amountWithCostBasis()).isEmpty();
        assertThat(none.explain()).isEqualTo("No encoded legal limit governs this request: the practice's own"
                + " prices apply.");
        assertThat(none.toString()).isEqualTo("LawfulMaximum[no amount, 0 rules]");
    }

    @Test
    void aListChargingExactlyTheAmountIsCompliantAndACentMoreIsNot() {
        Random random = new Random(13);
        // every jurisdiction (those without a law file are HIPAA alone), either provider kind, and the days the
        // built-in schedules change as well as today
        List<UsState> stateList = new ArrayList<>(List.of(UsState.values()));
        stateList.add(null);
        UsState[] states = stateList.toArray(new UsState[0]);
        List<LocalDate> days = new ArrayList<>(List.of(DAY));
        for (LegalSchedule schedule : LegalLimits.builtIn().schedules()) {
            schedule.effectiveFrom().ifPresent(d -> days.addAll(List.of(d.minusDays(1), d)));
        }
        RecordType[][] types = {{RecordType.CLINICAL_VISIT_SUMMARY}, {RecordType.XRAY_IMAGES},
            {RecordType.MRI_REPORT, RecordType.MRI_IMAGES}, {RecordType.LAB_RESULTS, LegalLimits.MAMMOGRAM}};
        int[] pages = {0, 1, 9, 10, 11, 20, 21, 25, 26, 100, 101, 500, 501, 2_000};
        PurposeKind[] purposes = {PurposeKind.AT_REQUEST_OF_INDIVIDUAL, PurposeKind.SOCIAL_SECURITY_CLAIM,
            PurposeKind.GOVERNMENT_BENEFIT_CLAIM, PurposeKind.LEGAL};
        int checked = 0;
        int bounded = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            RequesterRole role = RequesterRole.values()[random.nextInt(RequesterRole.values().length)];
            List<LegalBasis> bases = new ArrayList<>(role.permittedBases());
            LegalBasis basis = bases.get(random.nextInt(bases.size()));
            DeliveryMethod delivery = DeliveryMethod.values()[random.nextInt(DeliveryMethod.values().length)];
            FeeContext.Builder b = FeeContext.builder(basis, role, delivery, days.get(random.nextInt(days.size())))
                    .providerKind(ProviderKind.values()[random.nextInt(ProviderKind.values().length)])
                    .recordKeeping(RecordKeeping.values()[random.nextInt(RecordKeeping.values().length)])
                    .pages(pages[random.nextInt(pages.length)]).media(random.nextInt(2))
                    .purpose(purposes[random.nextInt(purposes.length)]);
            for (RecordType type : types[random.nextInt(types.length)]) {
                b.recordType(type);
            }
            UsState state = states[random.nextInt(states.length)];
            if (state != null) {
                b.jurisdiction(state);
            }
            if (delivery.isMailed() && random.nextBoolean()) {
                b.postage(POSTAGE);
            }
            if (random.nextInt(3) == 0) {
                b.claimDocumented(true);
            }
            if (role == RequesterRole.THIRD_PARTY && basis == LegalBasis.AUTHORIZATION && random.nextBoolean()) {
                b.attorneyBeforeSuit(true);
            }
            FeeContext context;
            try {
                context = b.build();
            } catch (IllegalArgumentException notAContext) {
                continue;
            }
            checked++;
            LawfulMaximum max = LawfulMaximum.of(context);
            if (max.amount().isEmpty() || max.amount().get().isLessThan(context.postage())
                    || postageAloneBreaksAPageSchedule(max, context)) {
                continue;
            }
            bounded++;
            Money amount = max.amount().get();
            boolean imagesUnbounded = context.hasImages()
                    && max.ceilings().stream().noneMatch(c -> c.scope() == ChargeScope.IMAGES);
            ComplianceOutcome exact = quoteCharging(amount, context, imagesUnbounded);
            if (exact != ComplianceOutcome.COMPLIANT) {
                wrong.add(context + " at " + amount + " " + max.bindingRule().orElseThrow().ruleId() + ": " + exact);
            }
            if (!max.isFree() && quoteCharging(amount.plus(Money.ofCents(1)), context, imagesUnbounded)
                    == ComplianceOutcome.COMPLIANT) {
                wrong.add(context + " a cent above " + amount + " " + max.bindingRule().orElseThrow().ruleId()
                        + ": still compliant");
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThan(2_000);
        assertThat(bounded).isGreaterThan(1_000);
    }

    /**
     * Tells whether the postage alone is above a page schedule that counts it inside (postage not on top, as in
     * FL.1 for one page): whether it may be charged there the law does not settle, so the quote is UNCONFIRMED
     * whatever the price list, and the case says nothing about the maximum.
     */
    private static boolean postageAloneBreaksAPageSchedule(LawfulMaximum max, FeeContext context) {
        return max.ceilings().stream().anyMatch(c -> c.scope() == ChargeScope.RECORDS && c.postage().isZero()
                && c.amount().orElseThrow().isLessThan(context.postage()));
    }

    /**
     * Quotes a list that charges a lump sum and the context's postage at cost: a lump for the request, or for
     * the images where no rule bounds them (a page schedule leaves images to other rules).
     */
    private static ComplianceOutcome quoteCharging(Money total, FeeContext context, boolean asImages) {
        PriceRule lump = PriceRule.perRequest("LUMP", "Copies", total.minus(context.postage()).amount()
                .toPlainString());
        PriceList list = PriceList.builder("At the lawful maximum")
                .rule(asImages ? lump.forImages() : lump)
                .rule(PriceRule.postage("POSTAGE"))
                .build();
        return FeeCalculator.standard().quote(list, context).compliance().outcome();
    }
}
