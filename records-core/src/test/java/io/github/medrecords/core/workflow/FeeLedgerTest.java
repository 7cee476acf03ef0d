package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeeLedgerTest {

    private static final Quote QUOTE = Cases.quote(Cases.submitted(Cases.imagesOnCd(), Optional.empty()),
            Cases.paperPages(40));

    private static Payment paid(int cents) {
        return new Payment("INV-1", Money.of(BigDecimal.valueOf(cents, 2)), PaymentMethod.CARD, "ref", at(1));
    }

    @Test
    void isSettledOnlyByAZeroQuoteAWaiverOrPaymentInFull() {
        Money total = QUOTE.total();
        assertThat(total.isZero()).isFalse();
        FeeLedger none = new FeeLedger(Optional.of(QUOTE), List.of(), List.of(), Optional.empty());
        assertThat(none.settled()).isFalse();
        assertThat(none.amountDue()).isEqualTo(total);
        assertThat(new FeeLedger(Optional.empty(), List.of(), List.of(), Optional.empty()).settled()).isFalse();
        FeeLedger waived = new FeeLedger(Optional.of(QUOTE), List.of(), List.of(),
                Optional.of(new Waiver("hardship", STAFF, at(1))));
        assertThat(waived.settled()).isTrue();
        assertThat(waived.amountDue()).isEqualTo(Money.ZERO);
        FeeLedger full = none.plus(new Payment("INV-1", total, PaymentMethod.CARD, "ref", at(1)));
        assertThat(full.settled()).isTrue();
        assertThat(full.refundDue(false)).isEqualTo(Money.ZERO);
        assertThat(full.refundDue(true)).isEqualTo(total);
    }

    @Test
    void settledExactlyWhenNothingIsDueAndRefundsOnlyWhatWasPaidBeyondTheQuote() {
        qt().withExamples(300).forAll(lists().of(integers().between(1, 5000)).ofSizeBetween(0, 5),
                integers().between(0, 3000)).checkAssert((payments, refunded) -> {
                    List<Payment> list = payments.stream().map(FeeLedgerTest::paid).toList();
                    Money paidIn = list.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
                    List<Refund> refunds = refunded == 0 || !Money.of(BigDecimal.valueOf(refunded, 2))
                            .isLessThan(paidIn) ? List.of()
                            : List.of(new Refund(Money.of(BigDecimal.valueOf(refunded, 2)), "r", at(2)));
                    FeeLedger ledger = new FeeLedger(Optional.of(QUOTE), list, refunds, Optional.empty());
                    Money net = ledger.netPaid();
                    assertThat(ledger.settled()).isEqualTo(ledger.amountDue().isZero());
                    assertThat(ledger.amountDue().plus(Money.min(net, QUOTE.total()))).isEqualTo(QUOTE.total());
                    assertThat(ledger.refundDue(false)).isEqualTo(Money.max(Money.ZERO, net.minus(QUOTE.total())));
                    assertThat(ledger.refundDue(true)).isEqualTo(net);
                });
    }
}
