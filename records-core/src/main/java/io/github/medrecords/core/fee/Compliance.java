package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking a quote against every legal limit that governs its context: the worst
 * outcome, each rule's finding, and the lowest lawful maximum with the rule that sets it (where HIPAA
 * and a state both apply, the lower limit wins, R2.10).
 *
 * <p>Immutable and thread-safe.
 */
public final class Compliance {

    private final ComplianceOutcome outcome;
    private final List<ComplianceFinding> findings;
    private final Money total;
    private final ComplianceFinding limiting;

    private Compliance(Money total, List<ComplianceFinding> findings) {
        this.total = total;
        this.findings = findings;
        ComplianceOutcome worst = ComplianceOutcome.COMPLIANT;
        ComplianceFinding lowest = null;
        for (int i = 0; i < findings.size(); i++) {
            ComplianceFinding finding = findings.get(i);
            worst = worst.worse(finding.outcome());
            Money max = finding.lawfulMaximumOrNull();
            if (max != null && (lowest == null || max.isLessThan(lowest.lawfulMaximumOrNull()))) {
                lowest = finding;
            }
        }
        this.outcome = worst;
        this.limiting = lowest;
    }

    /**
     * Obtains a result from the findings of each rule.
     *
     * @param total  the quote's total, not null
     * @param findings  one finding per governing rule, not null
     * @return the result, not null
     */
    public static Compliance of(Money total, List<ComplianceFinding> findings) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(findings, "findings");
        return new Compliance(total, List.copyOf(findings));
    }

    static Compliance trusted(Money total, List<ComplianceFinding> findings) {
        return new Compliance(total, findings);
    }

    /**
     * Returns the total that was judged against the limits.
     *
     * @return the total, not null
     */
    public Money total() {
        return total;
    }

    /**
     * Returns the worst outcome of any finding; compliant when no rule governs the context.
     *
     * @return the outcome, not null
     */
    public ComplianceOutcome outcome() {
        return outcome;
    }

    /**
     * Returns each governing rule's finding, federal first.
     *
     * @return an unmodifiable list, not null
     */
    public List<ComplianceFinding> findings() {
        return findings;
    }

    /**
     * Returns the lowest lawful maximum of any finding: the most the practice may charge on what its
     * price list documents (for {@link ComplianceOutcome#NEEDS_COST_BASIS}, the most without a
     * documented cost).
     *
     * @return the maximum, empty if no governing rule sets an amount
     */
    public Optional<Money> lawfulMaximum() {
        return limiting == null ? Optional.empty() : limiting.lawfulMaximum();
    }

    /**
     * Returns the rule that sets the lowest lawful maximum.
     *
     * @return the rule's citation, empty if no governing rule sets an amount
     */
    public Optional<Citation> limitingRule() {
        return limiting == null ? Optional.empty() : Optional.of(limiting.rule());
    }

    /**
     * Returns the findings that decided the outcome.
     *
     * @return an unmodifiable list of the findings with the worst outcome, not null
     */
    public List<ComplianceFinding> decisiveFindings() {
        return findings.stream().filter(f -> f.outcome() == outcome).toList();
    }

    /**
     * Tells whether the quote is within every limit.
     *
     * @return true only for {@link ComplianceOutcome#COMPLIANT}
     */
    public boolean isCompliant() {
        return outcome == ComplianceOutcome.COMPLIANT;
    }

    /**
     * Tells whether an invoice may be issued for the quote: not when it exceeds a limit or uses a
     * method the law does not permit for its context.
     *
     * @return true for compliant quotes and those needing a documented cost basis
     */
    public boolean permitsInvoice() {
        return outcome.permitsInvoice();
    }

    /**
     * Explains the result in plain words, one sentence per finding that is not compliant.
     *
     * @return the explanation, not null
     */
    public String explain() {
        if (findings.isEmpty()) {
            return "Compliant: no legal fee limit is encoded for this context.";
        }
        StringBuilder text = new StringBuilder(outcome.name()).append(" (total ").append(total).append(")");
        for (ComplianceFinding finding : findings) {
            if (finding.outcome() != ComplianceOutcome.COMPLIANT) {
                text.append("; ").append(finding.explain());
            }
        }
        lawfulMaximum().ifPresent(max -> text.append("; lawful maximum ").append(max).append(" under ")
                .append(limiting.rule().ruleId()).append(limiting.rule().unconfirmed() ? " (UNCONFIRMED)" : ""));
        return text.append('.').toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Compliance o && total.equals(o.total) && findings.equals(o.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, findings);
    }

    @Override
    public String toString() {
        return "Compliance[" + outcome + lawfulMaximum().map(m -> ", max " + m + " " + limiting.rule().ruleId())
                .orElse("") + "]";
    }
}
