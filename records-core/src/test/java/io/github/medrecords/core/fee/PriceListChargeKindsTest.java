package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.fee.PriceListFormatException.Problem;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What real price lists say beyond copies, from the file to the law: search and retrieval, clerical labour by
 * the hour, certification, size bands, at-least amounts, sales tax, services asked for, fees without an amount
 * and the requester kinds lists name (issue 13).
 */
class PriceListChargeKindsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private final FeeCalculator fees = FeeCalculator.standard();

    private static PriceList file(String... lines) {
        return PriceListFile.parse("price-list.name = Test list\n" + String.join("\n", lines), "test.properties")
                .priceList();
    }

    private static List<Problem> refused(String... lines) {
        return assertThatExceptionOfType(PriceListFormatException.class).isThrownBy(() -> file(lines)).actual()
                .problems();
    }

    private static FeeContext.Builder patient(UsState state, int pages) {
        return FeeContext.builder(LegalBasis.INDIVIDUAL_ACCESS, RequesterRole.PATIENT, DeliveryMethod.PAPER_BY_MAIL,
                DAY).recordType(RecordType.BILLING_RECORDS).recordKeeping(RecordKeeping.PAPER).pages(pages)
                .jurisdiction(state);
    }

    private static FeeContext.Builder attorney(UsState state, int pages) {
        return FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.THIRD_PARTY, DeliveryMethod.PAPER_BY_MAIL,
                DAY).recordType(RecordType.BILLING_RECORDS).recordKeeping(RecordKeeping.PAPER).pages(pages)
                .thirdPartyKind(ThirdPartyKind.ATTORNEY).jurisdiction(state);
    }

    private static ComplianceFinding finding(Quote quote, String ruleId) {
        return quote.compliance().findings().stream().filter(f -> f.limit().ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding of " + ruleId + " in " + quote.compliance()));
    }

    private static final String[] SEARCH = {
        "rule.PAGES.charge = per-page", "rule.PAGES.description = Copies", "rule.PAGES.price = 0.65",
        "rule.SEARCH.charge = per-request", "rule.SEARCH.kind = search-and-retrieval",
        "rule.SEARCH.description = Search and retrieval", "rule.SEARCH.price = 5.00"};

    @Test
    void refusesSearchAndRetrievalForAPatientsOwnCopies() {
        Quote quote = fees.quote(file(SEARCH), patient(UsState.CT, 10).build());
        ComplianceFinding r22 = quote.compliance().findings().stream()
                .filter(f -> f.limit().ruleId().equals("R2.2") && !f.limit().prohibitedKinds().isEmpty()).findFirst()
                .orElseThrow();
        assertThat(r22.outcome()).isEqualTo(ComplianceOutcome.METHOD_NOT_PERMITTED);
        assertThat(r22.judged()).isEqualTo(Money.parse("5.00"));
        assertThat(r22.explain()).contains("search and retrieval");
        assertThat(quote.compliance().permitsInvoice()).isFalse();
    }

    @Test
    void countsSearchAndRetrievalInsideConnecticutsSixtyFiveCentsForOthers() {
        Quote quote = fees.quote(file(SEARCH), attorney(UsState.CT, 10).build());
        assertThat(quote.total()).isEqualTo(Money.parse("11.50"));
        ComplianceFinding r52 = finding(quote, "R5.2");
        assertThat(r52.outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        assertThat(r52.lawfulMaximum()).contains(Money.parse("6.50"));
    }

    private static final String[] CLERICAL = {
        "rule.PAGES.charge = per-page", "rule.PAGES.description = Copies", "rule.PAGES.price = 0.10",
        "rule.CLERICAL.charge = per-hour", "rule.CLERICAL.description = Clerical time",
        "rule.CLERICAL.increment = 15"};

    @Test
    void billsClericalLabourPerStartedIncrement() {
        PriceList list = file(concat(CLERICAL, "rule.CLERICAL.price = 24.00"));
        Quote quote = fees.quote(list, attorney(UsState.CA, 10).attorneyBeforeSuit(true).clericalMinutes(20).build());
        FeeLine clerical = quote.lines().stream().filter(l -> l.ruleId().equals("CLERICAL")).findFirst().orElseThrow();
        assertThat(clerical.quantity()).isEqualTo(2);
        assertThat(clerical.unitPrice()).isEqualTo(Money.parse("6.00"));
        assertThat(clerical.basis()).isEqualTo(ChargeBasis.PER_INCREMENT);
        assertThat(list.rules().get(1).hourlyRate()).contains(Money.parse("24.00"));
    }

    @Test
    void capsClericalLabourForAnAttorneyBeforeSuitAtSixteenDollarsAnHour() {
        FeeContext context = attorney(UsState.CA, 10).attorneyBeforeSuit(true).clericalMinutes(20).build();
        Quote lawful = fees.quote(file(concat(CLERICAL, "rule.CLERICAL.price = 16.00")), context);
        assertThat(finding(lawful, "CA.5").outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        Quote over = fees.quote(file(concat(CLERICAL, "rule.CLERICAL.price = 24.00")), context);
        ComplianceFinding ca5 = finding(over, "CA.5");
        assertThat(ca5.outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        // $0.10 x 10 pages plus two quarter hours at $4.00
        assertThat(ca5.lawfulMaximum()).contains(Money.parse("9.00"));
        assertThat(ComplianceCheck.labourAllowance(Money.parse("16.00"), 61)).isEqualTo(Money.parse("20.00"));
    }

    @Test
    void refusesAnHourlyRateThatIsNotWholeCentsForItsIncrementOrHasNoIncrement() {
        assertThat(refused("rule.C.charge = per-hour", "rule.C.description = Clerical", "rule.C.price = 16.01",
                "rule.C.increment = 15")).extracting(Problem::line).containsExactly(2);
        assertThat(refused("rule.C.charge = per-hour", "rule.C.description = Clerical", "rule.C.price = 16.00"))
                .extracting(Problem::message).singleElement().asString().contains("increment");
        assertThat(refused("rule.C.charge = per-hour", "rule.C.description = Clerical", "rule.C.price = 16.00",
                "rule.C.increment = 7")).extracting(Problem::line).containsExactly(5);
    }

    private static final String[] AFFIDAVIT = {
        "rule.FIRST.charge = per-request", "rule.FIRST.description = Pages 1-20", "rule.FIRST.price = 25.00",
        "rule.AFFIDAVIT.charge = per-request", "rule.AFFIDAVIT.kind = certification",
        "rule.AFFIDAVIT.description = Affidavit"};

    @Test
    void chargesCertificationOnlyWhenAskedAndAllowsFifteenDollarsOnTopInTexas() {
        PriceList lawful = file(concat(AFFIDAVIT, "rule.AFFIDAVIT.price = 15.00"));
        assertThat(fees.quote(lawful, attorney(UsState.TX, 20).build()).total()).isEqualTo(Money.parse("25.00"));
        Quote asked = fees.quote(lawful, attorney(UsState.TX, 20).asks(ChargeKind.CERTIFICATION).build());
        assertThat(asked.total()).isEqualTo(Money.parse("40.00"));
        assertThat(finding(asked, "TX.1").outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        Quote over = fees.quote(file(concat(AFFIDAVIT, "rule.AFFIDAVIT.price = 20.00")),
                attorney(UsState.TX, 20).asks(ChargeKind.CERTIFICATION).build());
        assertThat(finding(over, "TX.1").outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        assertThat(finding(over, "TX.1").lawfulMaximum()).contains(Money.parse("40.00"));
    }

    @Test
    void chargesAFlatFeeBySizeBandAndRefusesOverlappingBandsByLine() {
        PriceList list = file("rule.E.charge = per-request", "rule.E.description = Electronic copies",
                "rule.E.bands = 1-500: 25.00, 501+: 50.00");
        FeeContext.Builder electronic = attorney(UsState.TX, 500).copyFormat(CopyFormat.ELECTRONIC);
        assertThat(fees.quote(list, electronic.build()).total()).isEqualTo(Money.parse("25.00"));
        Quote big = fees.quote(list, electronic.pages(501).build());
        assertThat(big.total()).isEqualTo(Money.parse("50.00"));
        assertThat(big.lines().get(0).description()).isEqualTo("Electronic copies, over 500 pages");
        assertThat(finding(big, "TX.2").outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        assertThat(refused("rule.E.charge = per-request", "rule.E.description = Electronic copies",
                "rule.E.bands = 1-500: 25.00, 400+: 50.00")).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(4);
                    assertThat(p.message()).contains("overlap");
                });
        assertThat(refused("rule.E.charge = per-request", "rule.E.description = Electronic copies",
                "rule.E.bands = 1-500: 25.00", "rule.E.price = 5.00")).extracting(Problem::line).containsExactly(5);
    }

    @Test
    void chargesTheGreaterOrTheLesserOfTwoAmounts() {
        PriceList greater = file("rule.P.charge = per-page", "rule.P.description = Copies", "rule.P.price = 0.50",
                "rule.P.at-least = 10.00");
        assertThat(fees.quote(greater, attorney(UsState.CT, 5).build()).total()).isEqualTo(Money.parse("10.00"));
        assertThat(fees.quote(greater, attorney(UsState.CT, 30).build()).total()).isEqualTo(Money.parse("15.00"));
        PriceList lesser = file("rule.P.charge = per-page", "rule.P.description = Copies", "rule.P.price = 0.50",
                "rule.P.cap = 10.00");
        assertThat(fees.quote(lesser, attorney(UsState.CT, 30).build()).total()).isEqualTo(Money.parse("10.00"));
        assertThat(PriceListAudit.pageCounts(greater, List.of())).contains(20, 21, 22);
    }

    @Test
    void addsSalesTaxOnNamedChargesRoundedHalfUpAndCountsItAgainstTheLimit() {
        PriceList list = file("rule.P.charge = per-page", "rule.P.description = Copies", "rule.P.price = 0.75",
                "rule.X.charge = per-request", "rule.X.description = Other", "rule.X.price = 1.00",
                "rule.TAX.charge = sales-tax", "rule.TAX.description = Sales tax", "rule.TAX.rate = 7.75",
                "rule.TAX.on = P, X");
        Quote quote = fees.quote(list, attorney(UsState.NY, 10).build());
        FeeLine tax = quote.lines().stream().filter(l -> l.ruleId().equals("TAX")).findFirst().orElseThrow();
        // 7.75% of $8.50 is $0.65875
        assertThat(tax.amount()).isEqualTo(Money.parse("0.66"));
        assertThat(quote.total()).isEqualTo(Money.parse("9.16"));
        assertThat(finding(quote, "NY.1").outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        assertThat(refused("rule.TAX.charge = sales-tax", "rule.TAX.description = Sales tax", "rule.TAX.rate = 7.75",
                "rule.TAX.on = P", "rule.P.charge = per-page", "rule.P.description = Copies", "rule.P.price = 0.75"))
                .extracting(Problem::line).containsExactly(5);
        assertThat(refused("rule.TAX.charge = sales-tax", "rule.TAX.description = Sales tax",
                "rule.TAX.rate = 107", "rule.TAX.on = TAX")).extracting(Problem::line).contains(4);
    }

    @Test
    void chargesServicesOnlyWhenAskedAndCountsExpeditedShippingAgainstConnecticutsLimit() {
        PriceList list = file("rule.P.charge = per-page", "rule.P.description = Copies", "rule.P.price = 0.65",
                "rule.RUSH.charge = per-request", "rule.RUSH.kind = expedited-shipping",
                "rule.RUSH.description = Overnight", "rule.RUSH.price = 20.00",
                "rule.PICKUP.charge = per-request", "rule.PICKUP.kind = pick-up",
                "rule.PICKUP.description = Picked up", "rule.PICKUP.price = 1.00", "rule.POSTAGE.charge = postage");
        FeeContext.Builder mailed = attorney(UsState.CT, 10).postage(Money.parse("1.50"));
        Quote plain = fees.quote(list, mailed.build());
        assertThat(plain.total()).isEqualTo(Money.parse("8.00"));
        assertThat(finding(plain, "R5.2").outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        Quote rush = fees.quote(list, mailed.asks(ChargeKind.EXPEDITED_SHIPPING).build());
        assertThat(rush.total()).isEqualTo(Money.parse("28.00"));
        assertThat(finding(rush, "R5.2").outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        Quote pickUp = fees.quote(list, attorney(UsState.CT, 10).asks(ChargeKind.PICK_UP).build());
        assertThat(pickUp.lines()).extracting(FeeLine::ruleId).containsExactly("P", "PICKUP");
    }

    @Test
    void findsAPriceForAPatientsInspectionButNotForAThirdPartys() {
        PriceList list = file("rule.I.charge = per-request", "rule.I.kind = inspection",
                "rule.I.description = Inspection", "rule.I.price = 10.00");
        Quote patient = fees.quote(list, patient(UsState.CT, 0).asks(ChargeKind.INSPECTION).build());
        assertThat(patient.compliance().outcome()).isEqualTo(ComplianceOutcome.METHOD_NOT_PERMITTED);
        assertThat(finding(patient, "R2.2").outcome()).isEqualTo(ComplianceOutcome.METHOD_NOT_PERMITTED);
        Quote other = fees.quote(list, attorney(UsState.TX, 0).asks(ChargeKind.INSPECTION).build());
        assertThat(other.compliance().findings()).noneMatch(f -> f.limit().ruleId().equals("R2.2"));
    }

    @Test
    void chargesAnAgreedSummaryOnlyWhenTheIndividualAgreedToIt() {
        PriceList list = file("rule.S.charge = per-request", "rule.S.kind = summary",
                "rule.S.description = Summary", "rule.S.price = 20.00");
        assertThat(fees.quote(list, patient(UsState.CT, 0).build()).total()).isEqualTo(Money.ZERO);
        assertThat(fees.quote(list, patient(UsState.CT, 0).asks(ChargeKind.SUMMARY).build()).total())
                .isEqualTo(Money.parse("20.00"));
    }

    @Test
    void loadsAReasonableFeeWithoutAnAmountAndReportsThatAPatientCannotBeToldIt() {
        PriceList list = file("rule.P.charge = per-page", "rule.P.description = Copies", "rule.P.price = 0.10",
                "rule.X.charge = reasonable-fee", "rule.X.description = X-rays at a reasonable fee");
        assertThat(list.rules().get(1).isUnstatedFee()).isTrue();
        Quote quote = fees.quote(list, patient(UsState.CA, 10).build());
        assertThat(quote.lines()).extracting(FeeLine::ruleId).containsExactly("P");
        assertThat(finding(quote, "R2.6").outcome()).isEqualTo(ComplianceOutcome.FEE_NOT_STATED);
        assertThat(quote.compliance().permitsInvoice()).isTrue();
        AuditReport report = PriceListAudit.standard().audit(list, UsState.CA, DAY);
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.priceRuleId()).isEqualTo("X");
            assertThat(f.outcome()).isEqualTo(ComplianceOutcome.FEE_NOT_STATED);
            assertThat(f.advice()).contains("State the amount");
        });
        assertThat(refused("rule.X.charge = reasonable-fee", "rule.X.description = X-rays", "rule.X.price = 5"))
                .extracting(Problem::line).containsExactly(4);
    }

    @Test
    void matchesTheRequesterKindsAListNames() {
        PriceList list = file("rule.INS.charge = per-request", "rule.INS.description = Insurers",
                "rule.INS.price = 10.00", "rule.INS.when.requester = insurer",
                "rule.REF.charge = free", "rule.REF.description = Physicians we referred to",
                "rule.REF.when.requester = referred-physician",
                "rule.WC.charge = per-request", "rule.WC.description = Workers' compensation", "rule.WC.price = 7.00",
                "rule.WC.when.requester = workers-compensation");
        FeeContext.Builder third = FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.THIRD_PARTY,
                DeliveryMethod.FAX, DAY).recordType(RecordType.BILLING_RECORDS).pages(3);
        assertThat(fees.estimate(list, third.thirdPartyKind(ThirdPartyKind.INSURER).build()).total())
                .isEqualTo(Money.parse("10.00"));
        assertThat(fees.estimate(list, third.thirdPartyKind(ThirdPartyKind.ATTORNEY).build()).total())
                .isEqualTo(Money.ZERO);
        assertThat(fees.estimate(list, third.thirdPartyKind(null).workersCompensation(true).build()).total())
                .isEqualTo(Money.parse("7.00"));
        FeeContext referral = FeeContext.builder(LegalBasis.TREATMENT, RequesterRole.PROVIDER,
                DeliveryMethod.DIRECT_TO_PROVIDER, DAY).recordType(RecordType.BILLING_RECORDS).pages(3).build();
        assertThat(referral.requesterKinds()).containsExactly(RequesterKind.REFERRED_PHYSICIAN);
        assertThat(fees.estimate(list, referral).lines()).extracting(FeeLine::kind)
                .containsExactly(LineKind.EXEMPTION);
    }

    @Test
    void refusesARuleThatCanNeverApplyAndAnUnknownKindByLine() {
        assertThat(refused("rule.A.charge = per-page", "rule.A.description = Copies", "rule.A.price = 1.00",
                "rule.A.when.role = PROVIDER", "rule.A.when.basis = INDIVIDUAL_ACCESS"))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).contains("can never apply");
                });
        assertThat(refused("rule.A.charge = per-page", "rule.A.description = Copies", "rule.A.price = 1.00",
                "rule.A.when.role = PATIENT", "rule.A.when.requester = referred-physician"))
                .extracting(Problem::message).singleElement()
                .asString().contains("can never apply");
        assertThat(refused("rule.A.charge = per-request", "rule.A.description = Copies", "rule.A.price = 1.00",
                "rule.A.kind = polishing", "rule.A.when.requester = astronaut")).extracting(Problem::line)
                .containsExactly(5, 6);
    }

    @Test
    void loadsTheExampleWithEveryKey() throws Exception {
        String text;
        try (var in = getClass().getResourceAsStream("/price-lists/examples/every-key.properties")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        PriceList list = PriceListFile.parse(text, "every-key.properties").priceList();
        assertThat(list.rules()).extracting(PriceRule::kind).contains(ChargeKind.SEARCH_AND_RETRIEVAL,
                ChargeKind.CLERICAL, ChargeKind.CERTIFICATION, ChargeKind.EXPEDITED_SHIPPING, ChargeKind.PICK_UP,
                ChargeKind.INSPECTION, ChargeKind.SUMMARY, ChargeKind.SALES_TAX);
        PriceRule pages = list.rules().stream().filter(r -> r.id().equals("PAGES")).findFirst().orElseThrow();
        assertThat(pages.atLeast()).contains(Money.parse("10.00"));
        assertThat(pages.condition().requesterKinds()).containsExactlyInAnyOrder(RequesterKind.ATTORNEY,
                RequesterKind.INSURER, RequesterKind.WORKERS_COMPENSATION);
        PriceRule electronic = list.rules().stream().filter(r -> r.id().equals("ELECTRONIC")).findFirst()
                .orElseThrow();
        assertThat(electronic.bands()).containsExactly(SizeBand.of(1, 500, "25.00"), SizeBand.from(501, "50.00"));
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
