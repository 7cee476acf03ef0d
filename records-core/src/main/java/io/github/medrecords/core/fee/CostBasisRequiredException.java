package io.github.medrecords.core.fee;

import io.github.medrecords.core.MedrecordsException;
import io.github.medrecords.core.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Thrown when an invoice is asked for a quote that is lawful only with a documented cost basis the price list
 * does not record ({@link ComplianceOutcome#NEEDS_COST_BASIS}, for example images under R5.4 or an electronic
 * copy above HIPAA's $6.50 flat fee under R2.3), and the practice has not chosen to invoice such prices
 * ({@code PracticePolicies#invoiceWithoutCostBasis}, off by default).
 *
 * <p>The message names the legal rule and the price rules and says how to record the cost basis: in code
 * with {@link PriceList.Builder#costBasis(CostBasis)}, in a price-list file with the
 * {@code cost-basis.<RULE-ID>.<KIND>.method}, {@code .unit-cost} and {@code .reference} keys. It holds no
 * patient data.
 */
public class CostBasisRequiredException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    private final transient Money total;
    private final String ruleId;
    private final List<String> priceRuleIds;
    private final CostKind costKind;

    private CostBasisRequiredException(Money total, String ruleId, List<String> priceRuleIds, CostKind costKind) {
        super(message(total, ruleId, priceRuleIds, costKind));
        this.total = total;
        this.ruleId = ruleId;
        this.priceRuleIds = priceRuleIds;
        this.costKind = costKind;
    }

    /**
     * Creates the exception for a quote with a finding that needs a documented cost basis.
     *
     * @param quote  the quote, not null
     * @return the exception, not null
     * @throws IllegalArgumentException if no finding of the quote needs a cost basis
     */
    public static CostBasisRequiredException of(Quote quote) {
        Objects.requireNonNull(quote, "quote");
        ComplianceFinding finding = quote.compliance().findings().stream()
                .filter(f -> f.outcome() == ComplianceOutcome.NEEDS_COST_BASIS).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The quote needs no documented cost basis"));
        LegalLimit limit = finding.limit();
        CostKind kind = limit.costKindOrNull() == null ? CostKind.ALLOWABLE_COST : limit.costKindOrNull();
        return new CostBasisRequiredException(quote.total(), limit.ruleId(), judgedRules(limit, quote.lines()), kind);
    }

    /**
     * The price rules whose charges the legal rule measures against a documented cost: the images' for a
     * cost-of-materials or image rule, the charges beside pages and postage for a page schedule that allows
     * documented costs on top, every charge but postage otherwise.
     */
    private static List<String> judgedRules(LegalLimit limit, List<FeeLine> lines) {
        Set<String> ids = new LinkedHashSet<>();
        for (FeeLine line : lines) {
            if (line.kind() != LineKind.CHARGE || line.amount().isZero() || line.basis() == ChargeBasis.POSTAGE) {
                continue;
            }
            boolean judged = switch (limit.kind()) {
                case COST_OF_MATERIALS -> line.scope() == ChargeScope.IMAGES;
                case PER_PAGE_MAXIMUM -> line.basis() != ChargeBasis.PER_PAGE && line.scope() != ChargeScope.IMAGES;
                default -> true;
            };
            if (judged) {
                ids.add(line.ruleId());
            }
        }
        return List.copyOf(new ArrayList<>(ids));
    }

    private static String message(Money total, String ruleId, List<String> priceRuleIds, CostKind kind) {
        String rules = priceRuleIds.isEmpty() ? "its charges" : "price rule " + String.join(", ", priceRuleIds);
        String id = priceRuleIds.isEmpty() ? "<RULE-ID>" : priceRuleIds.get(0);
        return "Quote of " + total + " needs a documented cost basis under " + ruleId + " for " + rules
                + " and is not invoiced: record the cost in code with PriceList.Builder.costBasis(CostBasis.actual or"
                + " CostBasis.average(\"" + id + "\", CostKind." + kind + ", unit cost, reference)) or in the"
                + " price-list file with cost-basis." + id + "." + kind + ".method = ACTUAL or AVERAGE, .unit-cost and"
                + " .reference, or let the practice invoice such prices (PracticePolicies.invoiceWithoutCostBasis).";
    }

    /**
     * Returns the quote's total.
     *
     * @return the total, not null
     */
    public Money total() {
        return total;
    }

    /**
     * Returns the law-book id of the rule that needs the cost basis, such as {@code R5.4}.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the ids of the price rules whose charges the legal rule measures against a documented cost.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> priceRuleIds() {
        return priceRuleIds;
    }

    /**
     * Returns the kind of cost to document, which is the {@code <KIND>} of the file's cost-basis keys.
     *
     * @return the kind, not null
     */
    public CostKind costKind() {
        return costKind;
    }
}
