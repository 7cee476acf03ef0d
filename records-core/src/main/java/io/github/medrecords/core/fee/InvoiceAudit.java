package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * Judges past invoices under the law in force on the day each request was received: the question a
 * compliance officer asks of years of billing history. One invoice costs about what a quote costs: its fee
 * context (built once, with the invoice), the rules that govern it and their {@link LawfulMaximum}, computed
 * by the same fee engine that quotes (never a second copy of the limits).
 *
 * <p>An invoice is an <b>overcharge</b> when any of these holds, and the largest amount over wins:
 * <ul>
 * <li>it charged more than {@link LawfulMaximum#amount()} (no cost recorded) or
 * {@link LawfulMaximum#amountWithCostBasis()} (the practice documented its cost): over a page schedule's cap,
 * over a flat fee, anything at all where the law makes the request free (continuing care in New York, a
 * documented Social Security claim in Connecticut, ...), more than postage under a cost-based fee with no
 * documented cost;</li>
 * <li>it charged per page where a rule forbids that method (R2.5): the per-page part is over;</li>
 * <li>it charged for search and retrieval under a fee limited to documented allowable cost (R2.1, R2.3),
 * which search and retrieval never is (R2.2): the search fee is over.</li>
 * </ul>
 * With a practice's price list ({@link #withPriceList}), a lawful invoice below the practice's own quote for
 * the same request is an <b>undercharge</b>. Facts that make no valid request (a role that may not rely on the
 * basis, postage on a delivery that is not mailed) never become a {@link PastInvoice}: {@link FeeContext.Builder#build}
 * refuses them, naming every problem, and the caller reports the row as one that cannot be judged.
 *
 * <p>Immutable and thread-safe; {@link InvoiceTotals} adds findings up in constant memory.
 */
public final class InvoiceAudit {

    private static final InvoiceAudit STANDARD = new InvoiceAudit(LegalLimits.builtIn(), null);

    private final LegalLimits limits;
    private final PriceList prices;
    private final FeeCalculator calculator;

    private InvoiceAudit(LegalLimits limits, PriceList prices) {
        this.limits = limits;
        this.prices = prices;
        this.calculator = FeeCalculator.of(limits);
    }

    /**
     * Returns the audit under the built-in legal limits, without a price list (no undercharges).
     *
     * @return the audit, not null
     */
    public static InvoiceAudit standard() {
        return STANDARD;
    }

    /**
     * Returns an audit under given legal limits, for example a calculator's ({@link FeeCalculator#legalLimits()}).
     *
     * @param limits  the legal limits, not null
     * @return the audit, not null
     */
    public static InvoiceAudit of(LegalLimits limits) {
        return new InvoiceAudit(Objects.requireNonNull(limits, "limits"), null);
    }

    /**
     * Returns a copy that also counts undercharges: lawful invoices below what the price list quotes.
     *
     * @param priceList  the practice's price list, not null
     * @return the audit, not null
     */
    public InvoiceAudit withPriceList(PriceList priceList) {
        return new InvoiceAudit(limits, Objects.requireNonNull(priceList, "priceList"));
    }

    /**
     * Judges one invoice.
     *
     * @param invoice  the invoice, not null
     * @return the finding, not null
     */
    public InvoiceFinding judge(PastInvoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        FeeContext context = invoice.context();
        LawfulMaximum maximum = LawfulMaximum.of(limits, context);
        Money charged = invoice.charged();
        Money ceiling;
        Citation ceilingRule;
        if (invoice.costDocumented()) {
            ceiling = maximum.amountWithCostBasis().orElse(null);
            ceilingRule = maximum.bindingRuleWithCostBasis().orElse(null);
        } else {
            ceiling = maximum.amount().orElse(null);
            ceilingRule = maximum.bindingRule().orElse(null);
        }
        Money over = Money.ZERO;
        Citation overRule = null;
        String reason = "";
        if (ceiling != null && charged.isGreaterThan(ceiling)) {
            over = charged.minus(ceiling);
            overRule = ceilingRule;
            reason = maximum.isFree() ? "free by law" : "over the lawful maximum";
        }
        List<LawfulMaximum.Ceiling> ceilings = maximum.ceilings();
        for (int i = 0; i < ceilings.size(); i++) {
            LawfulMaximum.Ceiling c = ceilings.get(i);
            if (c.prohibitedBasis().orElse(null) == ChargeBasis.PER_PAGE
                    && invoice.perPageCharged().isGreaterThan(over)) {
                over = invoice.perPageCharged();
                overRule = c.rule();
                reason = "a per-page fee the law does not permit";
            }
            if (c.liftedByCostBasis() && (c.kind() == LimitKind.COST_BASED || c.kind() == LimitKind.FLAT_FEE_OR_COST_BASIS)
                    && invoice.searchFee().isGreaterThan(over)) {
                over = invoice.searchFee();
                overRule = c.rule();
                reason = "search and retrieval, which is not an allowable cost (R2.2)";
            }
        }
        if (overRule != null) {
            return InvoiceFinding.overcharge(invoice, charged.minus(over), over, overRule, reason);
        }
        if (prices != null) {
            Money price = calculator.quote(prices, context).total();
            if (ceiling != null) {
                price = Money.min(price, ceiling);
            }
            if (charged.isLessThan(price)) {
                return InvoiceFinding.undercharge(invoice, ceiling, price.minus(charged), ceilingRule);
            }
        }
        return InvoiceFinding.lawful(invoice, ceiling, ceilingRule);
    }

    @Override
    public String toString() {
        return "InvoiceAudit[" + limits.schedules().size() + " schedules" + (prices == null ? "" : ", with prices")
                + "]";
    }
}
