package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.fee.PriceListFormatException.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A price-list file as office staff write it, mistakes included: every mistake is reported on its own line
 * with what is wrong, the whole file is refused, and what the format allows (comments, continued lines,
 * zero counts, a single tier) is read as written.
 */
class PriceListFileProblemsTest {

    private static List<Problem> problemsOf(String... lines) {
        return assertThatExceptionOfType(PriceListFormatException.class)
                .isThrownBy(() -> PriceListFile.parse(String.join("\n", lines), "staff.properties")).actual()
                .problems();
    }

    private static void assertProblems(List<Problem> problems, Object... lineAndFragment) {
        assertThat(problems).as(problems.toString()).hasSize(lineAndFragment.length / 2);
        for (int i = 0; i < lineAndFragment.length; i += 2) {
            Problem p = problems.get(i / 2);
            assertThat(p.line()).as(p.toString()).isEqualTo(lineAndFragment[i]);
            assertThat(p.message()).as(p.toString()).contains((String) lineAndFragment[i + 1]);
        }
    }

    @Test
    void reportsKeysThatNameNoRuleOrNoPropertyOfOne() {
        assertProblems(problemsOf(
                "price-list.name = Keys",                          // 1
                "rule..charge = free",                             // 2
                "rule.A = free",                                   // 3
                "rule.B.colour = blue",                            // 4
                "cost-basis.B.method = ACTUAL",                    // 5
                "rule.B.charge = postage"),                        // 6
                2, "rule..charge", 3, "rule.A", 4, "rule.B.colour", 5, "cost-basis.B.method");
    }

    @Test
    void reportsRulesWithoutACharge_aDescription_aPriceOrWithPartsTheirChargeTakesNot() {
        assertProblems(problemsOf(
                "price-list.name = Rules",                         // 1
                "rule.NOCHARGE.description = Copies",              // 2
                "rule.NODESC.charge = per-page",                   // 3
                "rule.NODESC.price = 0.50",                        // 4
                "rule.NOPRICE.charge = per-request",               // 5
                "rule.NOPRICE.description = Handling",             // 6
                "rule.FREE.charge = free",                         // 7
                "rule.FREE.description = Portal",                  // 8
                "rule.FREE.cap = 5.00",                            // 9
                "rule.FREE.for = records",                         // 10
                "rule.BOTH.charge = per-medium",                   // 11
                "rule.BOTH.description = CD",                      // 12
                "rule.BOTH.price = 5.00",                          // 13
                "rule.BOTH.for = everything",                      // 14
                "rule.PAGEIMG.charge = per-page",                  // 15
                "rule.PAGEIMG.description = Film pages",           // 16
                "rule.PAGEIMG.price = 1.00",                       // 17
                "rule.PAGEIMG.for = images",                       // 18
                "rule.CAP.charge = per-page",                      // 19
                "rule.CAP.description = Capped",                   // 20
                "rule.CAP.price = 1.00",                           // 21
                "rule.CAP.cap = lots"),                            // 22
                2, "NOCHARGE needs a charge", 3, "NODESC needs a description", 5, "NOPRICE needs either a price",
                9, "takes no cap", 10, "takes no for", 14, "'everything'", 18, "not images", 22, "'lots'");
    }

    @Test
    void reportsTiersThatAreMalformedDoNotStartAtOneOrDoNotIncrease() {
        assertProblems(problemsOf(
                "price-list.name = Tiers",                         // 1
                "rule.A.charge = per-page",                        // 2
                "rule.A.description = Pages",                      // 3
                "rule.A.tiers = 1-0.95",                           // 4
                "rule.B.charge = per-page",                        // 5
                "rule.B.description = Pages",                      // 6
                "rule.B.tiers = 2:0.95, 101:0.49",                 // 7
                "rule.C.charge = per-page",                        // 8
                "rule.C.description = Pages",                      // 9
                "rule.C.tiers = 1:0.95, 1:0.49",                   // 10
                "rule.D.charge = per-page",                        // 11
                "rule.D.description = Pages",                      // 12
                "rule.D.tiers = 1:0.95, 101:0.49, 50:0.10"),       // 13
                4, "'1-0.95'", 7, "must start at unit 1", 10, "not in increasing order", 13,
                "not in increasing order");
    }

    @Test
    void aSingleTierIsTheSameAsAPrice() {
        PriceListFile file = PriceListFile.parse(String.join("\n", "price-list.name = One tier",
                "rule.A.charge = per-page", "rule.A.description = Pages", "rule.A.tiers = 1:0.95"), "one.properties");
        assertThat(file.priceList()).isEqualTo(PriceList.builder("One tier")
                .rule(PriceRule.perPage("A", "Pages", "0.95")).build());
    }

    @Test
    void reportsConditionsThatNameNothingKnown() {
        assertProblems(problemsOf(
                "price-list.name = Conditions",                    // 1
                "rule.A.charge = free",                            // 2
                "rule.A.description = Free",                       // 3
                "rule.A.when.role = , ",                           // 4
                "rule.A.when.copy = HOLOGRAM",                     // 5
                "rule.A.when.keeping = STONE",                     // 6
                "rule.A.when.purpose = CURIOSITY",                 // 7
                "rule.A.when.record-types = DREAMS",               // 8
                "rule.A.when.documented-claim = false",            // 9
                "rule.A.when.attorney-before-suit = maybe",        // 10
                "rule.A.when.basis = TELEPATHY",                   // 11
                "rule.B.charge = free",                            // 12
                "rule.B.description = Free",                       // 13
                "rule.B.when.documented-claim = yes"),             // 14
                4, "names no requester role", 5, "'HOLOGRAM' is not a copy format", 6, "'STONE'", 7, "'CURIOSITY'",
                8, "'DREAMS' is not a record type", 9, "can only be true", 10, "'maybe'", 11, "'TELEPATHY'",
                14, "true or false, not 'yes'");
    }

    @Test
    void readsEveryKindOfConditionAsWritten() {
        PriceListFile file = PriceListFile.parse(String.join("\n", "price-list.name = Conditions",
                "rule.A.charge = free", "rule.A.description = Free",
                "rule.A.when.role = patient, personal-representative",
                "rule.A.when.copy = electronic",
                "rule.A.when.keeping = PAPER, MICROFILM",
                "rule.A.when.purpose = SOCIAL_SECURITY_CLAIM, VETERANS_BENEFIT_CLAIM",
                "rule.A.when.documented-claim = TRUE",
                "rule.A.when.attorney-before-suit = False"), "conditions.properties");
        FeeCondition c = file.priceList().rules().get(0).condition();
        assertThat(c).isEqualTo(FeeCondition.any()
                .withRoles(io.github.medrecords.core.request.RequesterRole.PATIENT,
                        io.github.medrecords.core.request.RequesterRole.PERSONAL_REPRESENTATIVE)
                .withCopyFormat(CopyFormat.ELECTRONIC).withRecordKeepings(RecordKeeping.PAPER, RecordKeeping.MICROFILM)
                .withPurposes(io.github.medrecords.core.request.PurposeKind.SOCIAL_SECURITY_CLAIM,
                        io.github.medrecords.core.request.PurposeKind.VETERANS_BENEFIT_CLAIM)
                .withDocumentedClaim().withAttorneyBeforeSuit(false));
    }

    @Test
    void reportsCostBasesThatAreIncompleteOrNameNoRuleOrKind() {
        assertProblems(problemsOf(
                "price-list.name = Costs",                         // 1
                "rule.CD.charge = per-medium",                     // 2
                "rule.CD.description = CD",                        // 3
                "rule.CD.price = 5.00",                            // 4
                "cost-basis.CD.GOLD.method = ACTUAL",              // 5
                "cost-basis.CD.GOLD.unit-cost = 5.00",             // 6
                "cost-basis.CD.GOLD.reference = invoice",          // 7
                "cost-basis.CD.MATERIALS.method = ACTUAL",         // 8
                "cost-basis.CD.CLERICAL.method = GUESS",              // 9
                "cost-basis.CD.CLERICAL.unit-cost = -1.00",           // 10
                "cost-basis.CD.CLERICAL.reference = ",                // 11
                "cost-basis.XX.MATERIALS.method = ACTUAL",         // 12
                "cost-basis.XX.MATERIALS.unit-cost = 1.00",        // 13
                "cost-basis.XX.MATERIALS.reference = invoice"),    // 14
                5, "kind 'GOLD'", 8, "needs unit-cost", 8, "needs reference", 9, "'GUESS'", 10, "negative",
                11, "needs a reference", 12, "names no rule XX");
    }

    @Test
    void reportsTypicalVolumesThatAreNotCountsAmountsOrKnownTypes() {
        assertProblems(problemsOf(
                "price-list.name = Typical",                       // 1
                "typical.keeping = CLAY",                          // 2
                "typical.default-pages = -3",                      // 3
                "typical.postage = a stamp",                       // 4
                "typical.pages.DREAMS = 3",                        // 5
                "typical.pages.LAB_RESULTS = some"),               // 6
                2, "'CLAY'", 3, "'-3'", 4, "'a stamp'", 5, "'DREAMS'", 6, "'some'");
    }

    @Test
    void zeroPagesIsATypicalCount() {
        PriceListFile file = PriceListFile.parse(String.join("\n", "price-list.name = Zero",
                "typical.default-pages = 0", "typical.pages.LAB_RESULTS = 0"), "zero.properties");
        assertThat(file.priceList()).isEqualTo(PriceList.builder("Zero").typicalVolumes(TypicalVolumes.none()
                .withDefaultPages(0).withPages(io.github.medrecords.core.request.RecordType.LAB_RESULTS, 0)).build());
    }

    @Test
    void refusesDaysInForceThatEndBeforeTheyStart() {
        assertProblems(problemsOf("price-list.name = Days", "price-list.effective-from = 2026-01-01",
                "price-list.effective-until = 2026-01-01"), 3, "not after effective-from");
        assertProblems(problemsOf("price-list.name = Days", "price-list.effective-from = 2026-01-02",
                "price-list.effective-until = 2026-01-01"), 3, "not after effective-from");
        assertProblems(problemsOf("price-list.name = Days", "price-list.effective-until = someday"), 2, "'someday'");
        PriceListFile oneDay = PriceListFile.parse(String.join("\n", "price-list.name = Days",
                "price-list.effective-from = 2026-01-01", "price-list.effective-until = 2026-01-02"), "days");
        assertThat(oneDay.isInForceOn(LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void skipsCommentsAndBlankLinesAndCountsLinesAsTheEditorShowsThem() {
        assertProblems(problemsOf(
                "# prices of 2026",                                // 1
                "! kept by the front desk",                        // 2
                "",                                                // 3
                "   # indented comment",                           // 4
                "price-list.name = Comments",                      // 5
                "rule.A.description",                              // 6
                "rule.B.colour = red"),                            // 7
                6, "has no value", 7, "rule.B.colour");
    }

    @Test
    void readsAValueContinuedOverLinesAndAnEscapedBackslashAsTheEndOfOne() {
        PriceListFile file = PriceListFile.parse(String.join("\n",
                "price-list.name = Continued \\",
                "   list",
                "rule.A.charge = per-page",
                "rule.A.description = C:\\\\",
                "rule.A.price = 0.50",
                "rule.B.charge : free",
                "rule.B.description : Free \\",
                "\\",
                "  of charge"), "continued.properties");
        assertThat(file.priceList().name()).isEqualTo("Continued list");
        assertThat(file.priceList().rules()).extracting(PriceRule::description).containsExactlyInAnyOrder("C:\\",
                "Free of charge");
        assertThat(file.priceList().rules().stream().filter(r -> r.id().equals("A")).findFirst().orElseThrow().tiers()).containsExactly(Tier.from(1, "0.50"));
    }

    @Test
    void readsALineContinuedAtTheEndOfTheFile() {
        PriceListFile file = PriceListFile.parse(String.join("\n", "price-list.name = Last line",
                "rule.A.charge = free", "rule.A.description = Free \\"), "last.properties");
        assertThat(file.priceList().rules()).extracting(PriceRule::description).containsExactly("Free");
    }

    @Test
    void reportsALineJavaCannotReadAndAKeyGivenTwice() {
        assertProblems(problemsOf(
                "price-list.name = Unreadable",                    // 1
                "rule.A.description = \\u00zz",                    // 2
                "price-list.name = Again"),                        // 3
                2, "unreadable line", 3, "first on line 1");
    }

    @Test
    void aFileIsInForceFromItsFirstDayUntilTheDayItEndsAndIsAValueOfItsListAndDays() {
        String text = String.join("\n", "price-list.name = Days", "price-list.effective-from = 2026-01-01",
                "price-list.effective-until = 2027-01-01");
        PriceListFile file = PriceListFile.parse(text, "days.properties");
        assertThat(file.isInForceOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(file.isInForceOn(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(file.isInForceOn(LocalDate.of(2027, 1, 1))).isFalse();
        PriceListFile always = PriceListFile.parse("price-list.name = Days", "always.properties");
        assertThat(always.isInForceOn(LocalDate.of(1990, 1, 1))).isTrue();
        PriceListFile fromOnly = PriceListFile.parse(String.join("\n", "price-list.name = Days",
                "price-list.effective-from = 2026-01-01"), "from.properties");
        assertThat(fromOnly.isInForceOn(LocalDate.of(2999, 1, 1))).isTrue();
        assertThat(fromOnly.isInForceOn(LocalDate.of(2025, 1, 1))).isFalse();

        assertThat(PriceListFile.parse(text, "other name.properties")).isEqualTo(file).hasSameHashCodeAs(file);
        assertThat(fromOnly).isNotEqualTo(file);
        assertThat(PriceListFile.parse(String.join("\n", "price-list.name = Days",
                "price-list.effective-from = 2026-01-02", "price-list.effective-until = 2027-01-01"), "d"))
                .isNotEqualTo(file);
        assertThat(PriceListFile.parse(text.replace("= Days", "= Other"), "d")).isNotEqualTo(file);
        assertThat(always).isNotEqualTo(fromOnly).isNotEqualTo("Days");
    }
}
