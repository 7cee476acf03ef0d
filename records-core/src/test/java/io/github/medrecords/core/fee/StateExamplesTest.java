package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.law.StateExampleFiles;
import io.github.medrecords.core.law.StateLawFile;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks every state's worked examples ({@code <xx>-examples.tsv} beside the tests, docs/adding-a-state.md),
 * figures computed by hand from the statutes: what {@link LawfulMaximum} answers, with and without a cost basis,
 * with the binding rule; and that a list charging exactly the maximum is compliant and a cent more is not.
 */
class StateExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyStateWithALawFileHasWorkedExamples() {
        return StateLawFile.builtIn().stream().map(file -> DynamicTest.dynamicTest(file.state().name(), () ->
                assertThat(StateExampleFiles.path(file.state(), "examples")).as("worked examples of " + file.state())
                        .exists()));
    }

    @TestFactory
    Stream<DynamicTest> lawfulMaximumOfEveryExample() throws IOException {
        return StateExampleFiles.lines("examples").stream().map(l -> DynamicTest.dynamicTest(l.toString(),
                () -> check(l.state(), l.number(), l.text())));
    }

    private static void check(UsState state, int number, String line) {
        String[] c = line.split("\t");
        assertThat(c).as("line %d has 13 tab-separated columns", number).hasSize(13);
        LegalBasis basis = LegalBasis.valueOf(c[2]);
        RequesterRole role = RequesterRole.valueOf(c[1]);
        FeeContext.Builder b = FeeContext.builder(basis, role, DeliveryMethod.valueOf(c[5]), LocalDate.parse(c[0]))
                .copyFormat(CopyFormat.valueOf(c[3])).recordKeeping(RecordKeeping.valueOf(c[4]))
                .recordType(RecordType.OTHER_DOCUMENTS).pages(Integer.parseInt(c[6]))
                .providerKind(ProviderKind.valueOf(c[8].toUpperCase(Locale.ROOT))).jurisdiction(state);
        if (!c[7].equals("-")) {
            String[] purpose = c[7].split("\\+");
            b.purpose(PurposeKind.valueOf(purpose[0]));
            if (purpose.length > 1 && purpose[1].equals("documented")) {
                b.claimDocumented(true);
            } else if (purpose.length > 1 && purpose[1].equals("first-copy")) {
                b.firstCopy(true);
            }
        }
        FeeContext context = b.build();
        LawfulMaximum max = LawfulMaximum.of(context);
        String explained = max.explain();
        assertThat(max.amount().map(Money::toString).orElse("none")).as(explained).isEqualTo(money(c[9]));
        assertThat(max.bindingRule().map(r -> r.ruleId()).orElse("-")).as(explained).isEqualTo(c[10]);
        assertThat(max.amountWithCostBasis().map(Money::toString).orElse("none")).as(explained)
                .isEqualTo(money(c[11]));
        assertThat(max.bindingRuleWithCostBasis().map(r -> r.ruleId()).orElse("-")).as(explained)
                .isEqualTo(c[12]);
        if (max.amount().isPresent()) {
            Money amount = max.amount().get();
            assertThat(quoteCharging(amount, context)).as("charging %s: %s", amount, explained)
                    .isEqualTo(ComplianceOutcome.COMPLIANT);
            if (max.isFree()) {
                // an exemption zeroes the fee: whatever the list says, the quote is free
                assertThat(quote(Money.parse("25.00"), context).total()).as(explained).isEqualTo(Money.ZERO);
            } else {
                assertThat(quoteCharging(amount.plus(Money.ofCents(1)), context))
                        .as("charging a cent above %s: %s", amount, explained)
                        .isNotEqualTo(ComplianceOutcome.COMPLIANT);
            }
        }
    }

    private static String money(String cell) {
        return cell.equals("none") ? "none" : Money.parse(cell).toString();
    }

    private static ComplianceOutcome quoteCharging(Money total, FeeContext context) {
        return quote(total, context).compliance().outcome();
    }

    private static Quote quote(Money total, FeeContext context) {
        PriceList list = PriceList.builder("At the lawful maximum")
                .rule(PriceRule.perRequest("LUMP", "Copies", total.amount().toPlainString()))
                .build();
        return FeeCalculator.standard().quote(list, context);
    }
}
