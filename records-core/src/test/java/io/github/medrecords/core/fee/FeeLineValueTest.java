package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A fee line as a storage adapter reads it back ({@link FeeLine#of}) and as a patient reads it in an
 * itemised fee: its amount must follow from its kind, quantity and unit price, and its words say what was
 * charged.
 */
class FeeLineValueTest {

    private static final Citation CT_PAGES = Citation.law("R5.2", "[CT-PA08]");
    private static final Citation PRICE = Citation.practice("ONS-PAGES", "Seed price list", "R5.2", "R5.3");

    private static Money m(String amount) {
        return Money.parse(amount);
    }

    private static FeeLine pages(long quantity, String unit, String amount) {
        return FeeLine.of("ONS-PAGES", LineKind.CHARGE, ChargeBasis.PER_PAGE, ChargeScope.RECORDS, "Paper copies",
                quantity, m(unit), m(amount), PRICE);
    }

    @Test
    void aStoredChargeIsItsUnitPriceTimesItsQuantity() {
        FeeLine line = pages(10, "0.65", "6.50");

        assertThat(line.ruleId()).isEqualTo("ONS-PAGES");
        assertThat(line.kind()).isEqualTo(LineKind.CHARGE);
        assertThat(line.basis()).isEqualTo(ChargeBasis.PER_PAGE);
        assertThat(line.scope()).isEqualTo(ChargeScope.RECORDS);
        assertThat(line.description()).isEqualTo("Paper copies");
        assertThat(line.quantity()).isEqualTo(10);
        assertThat(line.unitPrice()).isEqualTo(m("0.65"));
        assertThat(line.amount()).isEqualTo(m("6.50"));
        assertThat(line.citation()).isEqualTo(PRICE);
        assertThat(pages(1, "0.00", "0.00").amount()).isEqualTo(Money.ZERO);

        assertThatIllegalArgumentException().isThrownBy(() -> pages(10, "0.65", "6.51"));
        assertThatIllegalArgumentException().isThrownBy(() -> pages(10, "-0.65", "-6.50"));
        assertThatIllegalArgumentException().isThrownBy(() -> pages(0, "0.65", "0.00"));
    }

    @Test
    void aStoredCapIsOneNegativeAdjustmentAndAnExemptionOneZeroLine() {
        FeeLine cap = FeeLine.of("R5.2", LineKind.CAP, ChargeBasis.PER_REQUEST, ChargeScope.RECORDS, "capped at $6.50",
                1, m("-1.00"), m("-1.00"), CT_PAGES);
        assertThat(cap.amount()).isEqualTo(m("-1.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> FeeLine.of("R5.2", LineKind.CAP, ChargeBasis.PER_REQUEST,
                ChargeScope.RECORDS, "capped", 1, m("1.00"), m("1.00"), CT_PAGES));
        assertThatIllegalArgumentException().isThrownBy(() -> FeeLine.of("R5.2", LineKind.CAP, ChargeBasis.PER_REQUEST,
                ChargeScope.RECORDS, "capped", 1, Money.ZERO, Money.ZERO, CT_PAGES));
        assertThatIllegalArgumentException().isThrownBy(() -> FeeLine.of("R5.2", LineKind.CAP, ChargeBasis.PER_REQUEST,
                ChargeScope.RECORDS, "capped", 2, m("-1.00"), m("-1.00"), CT_PAGES));
        assertThatIllegalArgumentException().isThrownBy(() -> FeeLine.of("R5.2", LineKind.CAP, ChargeBasis.PER_REQUEST,
                ChargeScope.RECORDS, "capped", 1, m("-2.00"), m("-1.00"), CT_PAGES));

        FeeLine free = FeeLine.of("R5.5", LineKind.EXEMPTION, ChargeBasis.PER_REQUEST, ChargeScope.REQUEST,
                "Social Security claim", 1, Money.ZERO, Money.ZERO, Citation.law("R5.5", "[CT-SSA]"));
        assertThat(free.amount()).isEqualTo(Money.ZERO);
        assertThatIllegalArgumentException().isThrownBy(() -> FeeLine.of("R5.5", LineKind.EXEMPTION,
                ChargeBasis.PER_REQUEST, ChargeScope.REQUEST, "free", 1, Money.ZERO, m("0.01"), CT_PAGES));
        assertThatIllegalArgumentException().isThrownBy(() -> FeeLine.of("R5.5", LineKind.EXEMPTION,
                ChargeBasis.PER_REQUEST, ChargeScope.REQUEST, "free", 2, Money.ZERO, Money.ZERO, CT_PAGES));
    }

    @Test
    void linesComputedHereHaveTheAmountTheirQuantityGives() {
        FeeLine one = FeeLine.charge("ONS-CD", ChargeBasis.PER_MEDIUM, ChargeScope.IMAGES, "CD", 1, m("5.00"), PRICE);
        FeeLine three = FeeLine.charge("ONS-CD", ChargeBasis.PER_MEDIUM, ChargeScope.IMAGES, "CD", 3, m("5.00"), PRICE);
        assertThat(one.amount()).isEqualTo(m("5.00"));
        assertThat(three.amount()).isEqualTo(m("15.00"));
        assertThat(FeeLine.cap("R5.2", ChargeBasis.PER_PAGE, ChargeScope.RECORDS, "capped at $6.50", m("-0.50"),
                CT_PAGES)).satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(LineKind.CAP);
                    assertThat(c.quantity()).isEqualTo(1);
                    assertThat(c.unitPrice()).isEqualTo(m("-0.50"));
                    assertThat(c.amount()).isEqualTo(m("-0.50"));
                });
        assertThat(FeeLine.exemption("R5.5", "Social Security claim", CT_PAGES)).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LineKind.EXEMPTION);
            assertThat(e.basis()).isEqualTo(ChargeBasis.PER_REQUEST);
            assertThat(e.scope()).isEqualTo(ChargeScope.REQUEST);
            assertThat(e.amount()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void explainsEachLineInWordsAPatientReads() {
        assertThat(pages(10, "0.65", "6.50").explain()).isEqualTo("Paper copies: 10 pages at $0.65");
        assertThat(pages(1, "0.65", "0.65").explain()).isEqualTo("Paper copies: 1 page at $0.65");
        assertThat(FeeLine.charge("POSTAGE", ChargeBasis.POSTAGE, ChargeScope.REQUEST, "Postage", 1, m("1.74"), PRICE)
                .explain()).isEqualTo("first-class postage $1.74");
        assertThat(FeeLine.cap("R5.2", ChargeBasis.PER_PAGE, ChargeScope.RECORDS, "capped at $6.50", m("-0.50"),
                CT_PAGES).explain()).isEqualTo("capped at $6.50");
        assertThat(FeeLine.exemption("R5.5", "a documented Social Security claim", CT_PAGES).explain())
                .isEqualTo("no charge: a documented Social Security claim");
        assertThat(FeeLine.exemption("TX.3", "a benefit appeal", Citation.unconfirmedLaw("TX.3", "[TX]")).explain())
                .isEqualTo("no charge: a benefit appeal (UNCONFIRMED)");
    }

    @Test
    void citesItsOwnRuleAndTheRulesItsPriceRelatesTo() {
        FeeLine line = pages(10, "0.65", "6.50");
        assertThat(line.cites("ONS-PAGES")).isTrue();
        assertThat(line.cites("R5.3")).isTrue();
        assertThat(line.cites("R5.4")).isFalse();
    }

    @Test
    void aLineIsAValueOfEveryPart() {
        FeeLine line = pages(10, "0.65", "6.50");
        assertThat(pages(10, "0.65", "6.50")).isEqualTo(line).hasSameHashCodeAs(line);
        List<FeeLine> others = List.of(
                FeeLine.of("ONS-OTHER", LineKind.CHARGE, ChargeBasis.PER_PAGE, ChargeScope.RECORDS, "Paper copies",
                        10, m("0.65"), m("6.50"), PRICE),
                FeeLine.of("ONS-PAGES", LineKind.CHARGE, ChargeBasis.PER_MEDIUM, ChargeScope.RECORDS, "Paper copies",
                        10, m("0.65"), m("6.50"), PRICE),
                FeeLine.of("ONS-PAGES", LineKind.CHARGE, ChargeBasis.PER_PAGE, ChargeScope.IMAGES, "Paper copies",
                        10, m("0.65"), m("6.50"), PRICE),
                FeeLine.of("ONS-PAGES", LineKind.CHARGE, ChargeBasis.PER_PAGE, ChargeScope.RECORDS, "Copies",
                        10, m("0.65"), m("6.50"), PRICE),
                FeeLine.of("ONS-PAGES", LineKind.CHARGE, ChargeBasis.PER_PAGE, ChargeScope.RECORDS, "Paper copies",
                        10, m("0.65"), m("6.50"), CT_PAGES),
                pages(5, "1.30", "6.50"),
                pages(10, "0.60", "6.00"));
        for (FeeLine other : others) {
            assertThat(other).as(other.toString()).isNotEqualTo(line);
        }
        FeeLine free = pages(1, "0.00", "0.00");
        assertThat(pages(2, "0.00", "0.00")).as("quantity alone").isNotEqualTo(free);
        assertThat(FeeLine.of("ONS-PAGES", LineKind.EXEMPTION, ChargeBasis.PER_PAGE, ChargeScope.RECORDS,
                "Paper copies", 1, Money.ZERO, Money.ZERO, PRICE)).as("kind alone").isNotEqualTo(free);
        FeeLine exemption = FeeLine.of("R5.5", LineKind.EXEMPTION, ChargeBasis.PER_REQUEST, ChargeScope.REQUEST,
                "free", 1, Money.ZERO, Money.ZERO, CT_PAGES);
        assertThat(FeeLine.of("R5.5", LineKind.EXEMPTION, ChargeBasis.PER_REQUEST, ChargeScope.REQUEST, "free", 1,
                m("1.00"), Money.ZERO, CT_PAGES)).as("unit price alone").isNotEqualTo(exemption);
        assertThat(line).isNotEqualTo("ONS-PAGES");
    }
}
