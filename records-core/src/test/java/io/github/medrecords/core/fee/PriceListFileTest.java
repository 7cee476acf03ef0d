package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.fee.PriceListFormatException.Problem;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Price lists kept in a file: what a valid file loads, and every problem of a broken one by line. */
class PriceListFileTest {

    private static final String VALID = String.join("\n",
            "# A compliant Connecticut list",
            "price-list.name = Compliant Connecticut prices",
            "price-list.effective-from = 2026-01-01",
            "price-list.effective-until = 2027-01-01",
            "",
            "rule.FREE-PATIENT.charge = free",
            "rule.FREE-PATIENT.description = a patient's own copies and directives",
            "rule.FREE-PATIENT.when.basis = INDIVIDUAL_ACCESS, THIRD_PARTY_DIRECTIVE",
            "rule.FREE-PATIENT.related = R2.5",
            "rule.FREE-SSA.charge = free",
            "rule.FREE-SSA.description = records supporting a documented Social Security claim or appeal",
            "rule.FREE-SSA.when.purpose = SOCIAL_SECURITY_CLAIM",
            "rule.FREE-SSA.when.documented-claim = true",
            "rule.FREE-SSA.related = R5.5",
            "rule.PAGES.charge = per-page",
            "rule.PAGES.description = Copies \\",
            "    of records",
            "rule.PAGES.price = 0.45",
            "rule.IMAGES.charge = per-request",
            "rule.IMAGES.description = Image copies",
            "rule.IMAGES.price = 5.00",
            "rule.IMAGES.for = images",
            "rule.POSTAGE.charge = postage",
            "cost-basis.IMAGES.MATERIALS.method = ACTUAL",
            "cost-basis.IMAGES.MATERIALS.unit-cost = 5.00",
            "cost-basis.IMAGES.MATERIALS.reference = CD supplier invoice");

    @Test
    void loadsAValidFileEqualToTheSameListBuiltInCode() {
        PriceListFile file = PriceListFile.parse(VALID, "compliant.properties");
        assertThat(file.priceList()).isEqualTo(PriceListAuditTest.compliantConnecticut());
        assertThat(file.effectiveFrom()).contains(LocalDate.of(2026, 1, 1));
        assertThat(file.effectiveUntil()).contains(LocalDate.of(2027, 1, 1));
        assertThat(file.isInForceOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(file.isInForceOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(PriceListAudit.standard().audit(file.priceList(), UsState.CT, LocalDate.of(2026, 6, 1)).passes())
                .isTrue();
    }

    @Test
    void readsTiersCapsConditionsAndTypicalVolumes() {
        PriceListFile file = PriceListFile.parse(String.join("\n",
                "price-list.name = Tiered",
                "rule.PAGES.charge = per-page",
                "rule.PAGES.description = Copies",
                "rule.PAGES.tiers = 1:0.95, 101:0.49",
                "rule.PAGES.cap = 150",
                "rule.PAGES.when.delivery = PAPER_BY_MAIL, FAX",
                "rule.PAGES.when.record-types = LAB_RESULTS, MAMMOGRAM",
                "rule.PAGES.when.attorney-before-suit = false",
                "typical.keeping = PAPER",
                "typical.default-pages = 7",
                "typical.postage = 0.73",
                "typical.pages.LAB_RESULTS = 3"), "tiered.properties");
        PriceRule expected = PriceRule.perPage("PAGES", "Copies", "0.95")
                .withTiers(Tier.from(1, "0.95"), Tier.from(101, "0.49")).withCap("150.00")
                .withCondition(FeeCondition.any().withDeliveryMethods(DeliveryMethod.PAPER_BY_MAIL, DeliveryMethod.FAX)
                        .withRecordTypes(RecordType.LAB_RESULTS, LegalLimits.MAMMOGRAM).withAttorneyBeforeSuit(false));
        assertThat(file.priceList()).isEqualTo(PriceList.builder("Tiered").rule(expected)
                .typicalVolumes(TypicalVolumes.none().withRecordKeeping(RecordKeeping.PAPER).withDefaultPages(7)
                        .withPostage(Money.parse("0.73")).withPages(RecordType.LAB_RESULTS, 3)).build());
        assertThat(file.effectiveFrom()).isEmpty();
    }

    @Test
    void refusesABrokenFileListingEveryProblemByLine() {
        String broken = String.join("\n",
                "price-list.name = Broken",                          // 1
                "price-list.effective-from = 1 Jan 2026",            // 2
                "rule.PAGES.charge = per-page",                      // 3
                "rule.PAGES.description = Copies",                   // 4
                "rule.PAGES.price = 0.6x",                           // 5
                "rule.CD.charge = per-disc",                         // 6
                "rule.LINK.charge = per-request",                    // 7
                "rule.LINK.description = Link",                      // 8
                "rule.LINK.price = 5.00",                            // 9
                "rule.LINK.when.delivery = CARRIER_PIGEON",          // 10
                "rule.LINK.price = 6.00",                            // 11
                "cost-basis.NOPE.MATERIALS.method = ACTUAL",         // 12
                "colour = blue");                                    // 13
        assertThatExceptionOfType(PriceListFormatException.class)
                .isThrownBy(() -> PriceListFile.parse(broken, "broken.properties"))
                .satisfies(e -> {
                    assertThat(e.source()).isEqualTo("broken.properties");
                    assertThat(e.problems()).extracting(Problem::line).containsExactly(2, 5, 6, 10, 11, 12, 12, 12, 13);
                    assertThat(e.problems().get(0).message()).contains("effective-from").contains("1 Jan 2026");
                    assertThat(e.problems().get(2).message()).contains("per-disc");
                    assertThat(e.problems().get(3).message()).contains("CARRIER_PIGEON");
                    assertThat(e.problems().get(4).message()).contains("first on line 9");
                    assertThat(e.problems().get(5).message()).contains("names no rule NOPE");
                    assertThat(e.getMessage()).startsWith("Price-list file broken.properties is refused with 9"
                            + " problems: line 2: ");
                    assertThat(e).isInstanceOf(io.github.medrecords.core.MedrecordsException.class);
                });
    }

    @Test
    void refusesAFileWithoutAName() {
        assertThatExceptionOfType(PriceListFormatException.class)
                .isThrownBy(() -> PriceListFile.parse("rule.A.charge = postage", "nameless.properties"))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.message()).contains("price-list.name");
                }));
    }

    @Test
    void refusesARuleWithBothPriceAndTiersAndAWaiverWithAPrice() {
        assertThatExceptionOfType(PriceListFormatException.class)
                .isThrownBy(() -> PriceListFile.parse(String.join("\n",
                        "price-list.name = Odd",
                        "rule.A.charge = per-page",
                        "rule.A.description = Pages",
                        "rule.A.price = 1.00",
                        "rule.A.tiers = 1:1.00",
                        "rule.B.charge = free",
                        "rule.B.description = Free",
                        "rule.B.price = 1.00",
                        "rule.B.when.basis = TREATMENT"), "odd.properties"))
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::line).containsExactly(4, 8));
    }

    @Test
    void keepsConditionsOfLegalBasesAsWritten() {
        PriceListFile file = PriceListFile.parse(String.join("\n", "price-list.name = Bases",
                "rule.F.charge = free", "rule.F.description = treatment", "rule.F.when.basis = treatment"), "b");
        assertThat(file.priceList().rules().get(0).condition().legalBases()).containsExactly(LegalBasis.TREATMENT);
    }
}
