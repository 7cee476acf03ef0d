package io.github.medrecords.testkit;

import io.github.medrecords.core.fee.Compliance;
import io.github.medrecords.core.fee.ComplianceFinding;
import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions for a {@link Compliance} result.
 */
public class ComplianceAssert extends AbstractAssert<ComplianceAssert, Compliance> {

    /**
     * Creates the assertion; use {@link Assertions#assertThat(Compliance)}.
     *
     * @param actual  the result under test, may be null
     */
    protected ComplianceAssert(Compliance actual) {
        super(actual, ComplianceAssert.class);
    }

    /**
     * Verifies the outcome.
     *
     * @param expected  the outcome, not null
     * @return this assertion
     */
    public ComplianceAssert hasOutcome(ComplianceOutcome expected) {
        isNotNull();
        if (actual.outcome() != expected) {
            failWithMessage("Expected compliance to be <%s> but was <%s>: %s", expected, actual.outcome(),
                    actual.explain());
        }
        return this;
    }

    /**
     * Verifies that the result is compliant.
     *
     * @return this assertion
     */
    public ComplianceAssert isCompliant() {
        return hasOutcome(ComplianceOutcome.COMPLIANT);
    }

    /**
     * Verifies that a finding with the decisive outcome names a rule.
     *
     * @param ruleId  the law-book id, not null
     * @return this assertion
     */
    public ComplianceAssert isDecidedBy(String ruleId) {
        isNotNull();
        if (actual.decisiveFindings().stream().noneMatch(f -> f.rule().ruleId().equals(ruleId))) {
            failWithMessage("Expected compliance to be decided by <%s> but was by <%s>", ruleId,
                    actual.decisiveFindings().stream().map(ComplianceFinding::rule).map(Citation::ruleId).toList());
        }
        return this;
    }

    /**
     * Verifies the lowest lawful maximum and the rule that sets it.
     *
     * @param amount  the maximum such as {@code "6.50"}, not null
     * @param ruleId  the rule's law-book id, not null
     * @return this assertion
     */
    public ComplianceAssert hasLawfulMaximum(String amount, String ruleId) {
        isNotNull();
        Money wanted = Money.parse(amount);
        if (!actual.lawfulMaximum().equals(Optional.of(wanted))
                || !actual.limitingRule().map(Citation::ruleId).equals(Optional.of(ruleId))) {
            failWithMessage("Expected lawful maximum to be <%s under %s> but was <%s under %s>", wanted, ruleId,
                    actual.lawfulMaximum().orElse(null), actual.limitingRule().map(Citation::ruleId).orElse(null));
        }
        return this;
    }

    /**
     * Verifies that an invoice may be issued.
     *
     * @return this assertion
     */
    public ComplianceAssert permitsInvoice() {
        isNotNull();
        if (!actual.permitsInvoice()) {
            failWithMessage("Expected compliance to permit an invoice but was <%s>: %s", actual.outcome(),
                    actual.explain());
        }
        return this;
    }

    /**
     * Verifies that an invoice may not be issued.
     *
     * @return this assertion
     */
    public ComplianceAssert forbidsInvoice() {
        isNotNull();
        if (actual.permitsInvoice()) {
            failWithMessage("Expected compliance to forbid an invoice but was <%s>", actual.outcome());
        }
        return this;
    }
}
