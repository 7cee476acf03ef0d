package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.law.StateLawFile;
import io.github.medrecords.core.law.StateLawTexts;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.request.RequesterRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the fee limits of a small state law file become schedules: which keys hold in which version, what each
 * kind of limit needs and refuses, and how a {@code pages} value reads into the lawful maximum; every refusal
 * names the problem and its line.
 */
class StateFeeLawTest {

    /** A file of eleven lines with three versions; each test adds its limit from line 12. */
    private static final List<String> HEADER = List.of(
            "state = GA",
            "name = Georgia",
            "source.GA-X = https://example.org/law",
            "rule.GA.1.status = confirmed",
            "rule.GA.1.sources = GA-X",
            "rule.GA.1.words = At most $1 a page.",
            "version.base.name = O.C.G.A. 31-33-3",
            "version.2021-01-01.name = Amended",
            "version.2023-01-01.name = Amended again",
            "# the limits",
            "");

    /** The three lines every limit named copies needs, from line 12. */
    private static final List<String> COPIES = List.of(
            "limit.copies.cites = GA.1",
            "limit.copies.says = at most $1 a page",
            "limit.copies.limit = pages");

    @Test
    void aKeyForAVersionReplacesThePlainKeyFromThatVersionOn() {
        List<LegalSchedule> schedules = schedules(copies("limit.copies.pages = 1+: 1.00",
                "limit.copies.pages@2021-01-01 = 1+: 0.50"));

        assertThat(schedules).extracting(s -> maximum(s, 10))
                .containsExactly(dollars("10.00"), dollars("5.00"), dollars("5.00"));
    }

    @Test
    void aLaterVersionsKeyReplacesAnEarlierVersionsKeyWhateverTheirOrderInTheFile() {
        List<LegalSchedule> schedules = schedules(copies("limit.copies.pages@2023-01-01 = 1+: 0.25",
                "limit.copies.pages@2021-01-01 = 1+: 0.50", "limit.copies.pages = 1+: 1.00"));

        assertThat(schedules).extracting(s -> maximum(s, 10))
                .containsExactly(dollars("10.00"), dollars("5.00"), dollars("2.50"));
    }

    @Test
    void aLimitGivenOnlyForALaterVersionIsAbsentBefore() {
        List<LegalSchedule> schedules = schedules(List.of("limit.copies.cites@2021-01-01 = GA.1",
                "limit.copies.says@2021-01-01 = at most $1 a page", "limit.copies.limit@2021-01-01 = no-fee"));

        assertThat(schedules).extracting(s -> s.limits().size()).containsExactly(0, 1, 1);
    }

    @Test
    void versionsNamesTheOneVersionALimitHoldsInAndAPlusTheVersionsFromItOn() {
        List<LegalSchedule> one = schedules(copies("limit.copies.pages = 1+: 1.00",
                "limit.copies.versions = 2021-01-01"));
        List<LegalSchedule> onwards = schedules(copies("limit.copies.pages = 1+: 1.00",
                "limit.copies.versions = 2021-01-01 +"));
        List<LegalSchedule> two = schedules(copies("limit.copies.pages = 1+: 1.00",
                "limit.copies.versions = base, 2023-01-01"));

        assertThat(one).extracting(s -> s.limits().size()).containsExactly(0, 1, 0);
        assertThat(onwards).extracting(s -> s.limits().size()).containsExactly(0, 1, 1);
        assertThat(two).extracting(s -> s.limits().size()).containsExactly(1, 0, 1);
    }

    @Test
    void refusesVersionsNamingNoVersionOfTheFile() {
        assertRefused(copies("limit.copies.pages = 1+: 1.00", "limit.copies.versions = 2030-01-01+"), 16,
                "limit copies: '2030-01-01' is not a version of the file");
    }

    @Test
    void refusesAKeyForNoVersionOfTheFile() {
        assertRefused(copies("limit.copies.pages = 1+: 1.00", "limit.copies.pages@2030-01-01 = 1+: 0.50"), 16,
                "limit copies: '2030-01-01' is not a version of the file");
    }

    @Test
    void refusesAnUnknownKeyNamingTheKeysItKnows() {
        assertRefused(copies("limit.copies.pages = 1+: 1.00", "limit.copies.colour = blue"), 16,
                "limit copies: unknown key 'colour'; expected one of [amount, charges, cites, cost, limit, method,"
                        + " pages, plus.documented, plus.hourly, postage, says, source, versions], plus.<kind> or when.*");
    }

    @Test
    void readsTheWhenKeysIntoTheLimitsCondition() {
        LegalLimit limit = only(copies("limit.copies.pages = 1+: 1.00", "limit.copies.when.role = patient"));

        assertThat(limit.condition()).isEqualTo(FeeCondition.any().withRoles(RequesterRole.PATIENT));
    }

    @Test
    void refusesALimitWithoutCitesSaysOrLimitOnItsFirstLine() {
        assertRefused(List.of("limit.copies.says = at most $1 a page", "limit.copies.limit = no-fee"), 12,
                "limit copies needs cites, says and limit");
        assertRefused(List.of("limit.copies.cites = GA.1", "limit.copies.limit = no-fee"), 12,
                "limit copies needs cites, says and limit");
        assertRefused(List.of("limit.copies.cites = GA.1", "limit.copies.says = at most $1 a page"), 12,
                "limit copies needs cites, says and limit");
    }

    @Test
    void refusesALimitCitingARuleTheFileDoesNotHave() {
        assertRefused(List.of("limit.copies.says = free", "limit.copies.limit = no-fee", "limit.copies.cites = GA.9"),
                14, "limit copies cites GA.9, which is not a rule of the file");
    }

    @Test
    void readsTheKindOfLimitWhateverItsCaseAndRefusesAnUnknownOne() {
        assertThat(only(copiesAs("PAGES", "limit.copies.pages = 1+: 1.00")).kind()).isEqualTo(LimitKind.PER_PAGE_MAXIMUM);
        assertRefused(copiesAs("per-page", "limit.copies.pages = 1+: 1.00"), 14, "limit copies: 'per-page' is not a"
                + " kind of limit; expected one of [cost-based, cost-of-materials, fee-stated, flat-or-cost,"
                + " images-at-cost, method-not-allowed, no-fee, no-fee-for-images, not-charged, pages]");
    }

    @Test
    void readsEveryKindOfLimit() {
        assertThat(only(copiesAs("no-fee")).kind()).isEqualTo(LimitKind.NO_FEE);
        assertThat(only(copiesAs("no-fee-for-images")).scope()).isEqualTo(ChargeScope.IMAGES);
        assertThat(only(copiesAs("cost-based")).kind()).isEqualTo(LimitKind.COST_BASED);
        assertThat(only(copiesAs("cost-of-materials")).kind()).isEqualTo(LimitKind.COST_OF_MATERIALS);
        assertThat(only(copiesAs("images-at-cost", "limit.copies.cost = actual-cost")).costKind())
                .contains(CostKind.ACTUAL_COST);
        LegalLimit flat = only(copiesAs("flat-or-cost", "limit.copies.amount = 6.50"));
        assertThat(flat.kind()).isEqualTo(LimitKind.FLAT_FEE_OR_COST_BASIS);
        assertThat(flat.amount()).contains(dollars("6.50"));
        assertThat(only(copiesAs("not-charged", "limit.copies.charges = search-and-retrieval, clerical"))
                .prohibitedKinds()).containsExactlyInAnyOrder(ChargeKind.SEARCH_AND_RETRIEVAL, ChargeKind.CLERICAL);
        assertThat(only(copiesAs("method-not-allowed", "limit.copies.method = per-page")).prohibitedBasis())
                .contains(ChargeBasis.PER_PAGE);
        assertThat(only(copiesAs("fee-stated")).requiresStatedFee()).isTrue();
    }

    @Test
    void refusesAKindWithoutTheKeyItNeedsOnTheLimitsFirstLine() {
        assertRefused(copiesAs("images-at-cost"), 12, "limit copies is images-at-cost and needs cost");
        assertRefused(copiesAs("flat-or-cost"), 12, "limit copies is flat-or-cost and needs amount");
        assertRefused(copiesAs("not-charged"), 12, "limit copies is not-charged and needs charges");
        assertRefused(copiesAs("method-not-allowed"), 12, "limit copies is method-not-allowed and needs method");
        assertRefused(copiesAs("pages"), 12, "limit copies is pages and needs pages");
    }

    @Test
    void refusesPageKeysOnAnyOtherKindOfLimitOnTheirLine() {
        assertRefused(copiesAs("no-fee", "limit.copies.pages = 1+: 1.00"), 15, "limit copies is no-fee and takes no pages");
        assertRefused(copiesAs("cost-based", "limit.copies.postage = on-top"), 15,
                "limit copies is cost-based and takes no postage");
        assertRefused(copiesAs("fee-stated", "limit.copies.plus.hourly = 20.00"), 15,
                "limit copies is fee-stated and takes no plus.hourly");
    }

    @Test
    void postageIsOnTopOrInsideAndInsideWhenNotSaid() {
        assertThat(only(copies("limit.copies.pages = 1+: 1.00", "limit.copies.postage = on-top")).allowsPostageOnTop())
                .isTrue();
        assertThat(only(copies("limit.copies.pages = 1+: 1.00", "limit.copies.postage = inside")).allowsPostageOnTop())
                .isFalse();
        assertThat(only(copies("limit.copies.pages = 1+: 1.00")).allowsPostageOnTop()).isFalse();
        assertRefused(copies("limit.copies.pages = 1+: 1.00", "limit.copies.postage = by-sea"), 16,
                "limit copies: postage is on-top or inside, not 'by-sea'");
    }

    @Test
    void readsTheChargesAllowedOnTopOfThePages() {
        LegalLimit limit = only(copies("limit.copies.pages = 1+: 1.00", "limit.copies.plus.documented = materials",
                "limit.copies.plus.hourly = 18.50", "limit.copies.plus.certification = 10.00"));

        assertThat(limit.costKind()).contains(CostKind.MATERIALS);
        assertThat(limit.hourlyLabourOnTop()).contains(dollars("18.50"));
        assertThat(limit).isEqualTo(LegalLimit.pageSchedule(limit.citation(), "at most $1 a page", FeeCondition.any(),
                PageSchedule.perPage("1.00"), false).withDocumentedCostOnTop(CostKind.MATERIALS)
                .withHourlyLabourOnTop("18.50").withChargeOnTop(ChargeKind.CERTIFICATION, "10.00"));
    }

    @Test
    void refusesAChargeOnTopThatIsNoKindOfCharge() {
        assertRefused(copies("limit.copies.pages = 1+: 1.00", "limit.copies.plus.parking = 10.00"), 16,
                "'parking' is not a kind of charge");
    }

    @Test
    void readsAPagesValueOfBaseFeeBandsFlatBandsMinimumAndCap() {
        PageSchedule schedule = only(copies("limit.copies.pages = base: 10.00, 1+: 1.00, flat 21+: 5.00, 22+: 0.50,"
                + " min: 12.00, cap: 40.00")).pageSchedule().orElseThrow();

        assertThat(schedule).isEqualTo(PageSchedule.baseFee("10.00").plusPerPageFrom(1, "1.00").plusFlatFrom(21, "5.00")
                .plusPerPageFrom(22, "0.50").withMinimum("12.00").withCap("40.00"));
        assertThat(schedule.maximumFor(0)).isEqualTo(dollars("10.00"));
        assertThat(schedule.maximumFor(1)).isEqualTo(dollars("12.00"));
        assertThat(schedule.maximumFor(21)).isEqualTo(dollars("35.00"));
        assertThat(schedule.maximumFor(1000)).isEqualTo(dollars("40.00"));
    }

    @Test
    void refusesABaseFeeAfterABandAMinimumACapOrAnotherBaseFee() {
        String message = "limit copies: the base fee comes first, once";
        assertRefused(copies("limit.copies.pages = 1+: 1.00, base: 10.00"), 15, message);
        assertRefused(copies("limit.copies.pages = min: 5.00, base: 10.00"), 15, message);
        assertRefused(copies("limit.copies.pages = cap: 50.00, base: 10.00"), 15, message);
        assertRefused(copies("limit.copies.pages = base: 10.00, base: 10.00"), 15, message);
        assertRefused(copies("limit.copies.pages = base: 0.00, base: 10.00"), 15, message);
    }

    @Test
    void aBaseFeeOfNothingMayBeFollowedByABand() {
        assertThat(only(copies("limit.copies.pages = base: 0.00, 1+: 1.00")).pageSchedule())
                .contains(PageSchedule.perPage("1.00"));
    }

    @Test
    void refusesAnItemWithoutAColonOrAFirstPageOrAnAmount() {
        assertRefused(copies("limit.copies.pages = 1+ 1.00"), 15, "limit copies: '1+ 1.00' is not 'base: amount',"
                + " 'N+: rate', 'flat N+: amount', 'min: amount' or 'cap: amount'");
        assertRefused(copies("limit.copies.pages = 0+: 1.00"), 15, "limit copies: '0+' is not a first page like 21+");
        assertRefused(copies("limit.copies.pages = : 1.00"), 15, "limit copies: '' is not a first page like 21+");
        assertRefused(copies("limit.copies.pages = 1: 1.00"), 15, "limit copies: '1' is not a first page like 21+");
        assertRefused(copies("limit.copies.pages = flat 21: 1.00"), 15,
                "limit copies: 'flat 21' is not a first page like 21+");
        assertRefused(copies("limit.copies.pages = 12345678+: 1.00"), 15,
                "limit copies: '12345678+' is not a first page like 21+");
        assertRefused(copies("limit.copies.pages = 1+: one dollar"), 15,
                "'limit.copies.pages' is not an amount in dollars and cents: ' one dollar'");
    }

    @Test
    void readsTheLargestFirstPageAndAFlatBandWrittenWithSpaces() {
        assertThat(only(copies("limit.copies.pages = 1+: 1.00, flat   9999999+: 5.00")).pageSchedule().orElseThrow()
                .bandStarts()).containsExactly(1, 9_999_999);
    }

    @Test
    void refusesBandsThatDoNotGoUpByFirstPage() {
        assertRefused(copies("limit.copies.pages = 1+: 1.00, 21+: 0.50, 21+: 0.25"), 15,
                "limit copies: bands must go up by first page; 21 comes after 21");
        assertRefused(copies("limit.copies.pages = 21+: 1.00, 1+: 0.50"), 15,
                "limit copies: bands must go up by first page; 1 comes after 21");
    }

    @Test
    void aCarriedForwardVersionLeavesItsFiguresUnconfirmedButNotItsExemptions() {
        List<String> lines = new ArrayList<>(HEADER);
        lines.set(HEADER.size() - 1, "version.2021-01-01.status = carried-forward");
        lines.addAll(copies("limit.copies.pages = 1+: 1.00"));
        lines.addAll(List.of("limit.free.cites = GA.1", "limit.free.says = free for the needy", "limit.free.limit = no-fee",
                "limit.flat.cites = GA.1", "limit.flat.says = $6.50 or the cost", "limit.flat.limit = flat-or-cost",
                "limit.flat.amount = 6.50"));
        List<LegalSchedule> schedules = LegalLimits.ofStateFile(read(lines));

        assertThat(schedules.get(0).limits()).extracting(LegalLimit::isUnconfirmed)
                .containsExactly(false, false, false);
        assertThat(schedules.get(1).limits()).extracting(LegalLimit::isUnconfirmed).containsExactly(true, false, true);
        assertThat(schedules.get(2).limits()).extracting(LegalLimit::isUnconfirmed)
                .containsExactly(false, false, false);
    }

    @Test
    void aSourceKeyIsTheCitationsText() {
        LegalLimit limit = only(copies("limit.copies.pages = 1+: 1.00", "limit.copies.source = O.C.G.A. 31-33-3(a)"));

        assertThat(limit.citation().toString()).contains("O.C.G.A. 31-33-3(a)");
    }

    @Test
    void refusesAFileWithoutAStateForItsLimitsToo() {
        List<String> lines = new ArrayList<>(HEADER.subList(1, HEADER.size()));
        lines.addAll(copies("limit.copies.pages = 1+: 1.00"));
        StateLawFile file = read(lines);

        StateLawTexts.assertRefused(() -> LegalLimits.ofStateFile(file), 1, "state is missing");
    }

    private static Money dollars(String amount) {
        return Money.parse(amount);
    }

    private static Money maximum(LegalSchedule schedule, int pages) {
        assertThat(schedule.limits()).hasSize(1);
        return schedule.limits().get(0).pageSchedule().orElseThrow().maximumFor(pages);
    }

    /** The limit copies's three lines (12-14) and more. */
    private static List<String> copies(String... more) {
        List<String> lines = new ArrayList<>(COPIES);
        lines.addAll(Arrays.asList(more));
        return lines;
    }

    /** The limit copies of a kind, and more lines from line 15. */
    private static List<String> copiesAs(String kind, String... more) {
        List<String> lines = copies(more);
        lines.set(2, "limit.copies.limit = " + kind);
        return lines;
    }

    /** The one limit of the file's first version. */
    private static LegalLimit only(List<String> limitLines) {
        List<LegalSchedule> schedules = schedules(limitLines);
        assertThat(schedules.get(0).limits()).hasSize(1);
        return schedules.get(0).limits().get(0);
    }

    private static List<LegalSchedule> schedules(List<String> limitLines) {
        return LegalLimits.ofStateFile(StateLawTexts.read(HEADER, limitLines));
    }

    private static StateLawFile read(List<String> lines) {
        return StateLawTexts.read(lines);
    }

    private static void assertRefused(List<String> limitLines, int line, String message) {
        StateLawFile file = StateLawTexts.read(HEADER, limitLines);
        StateLawTexts.assertRefused(() -> LegalLimits.ofStateFile(file), line, message);
    }
}
