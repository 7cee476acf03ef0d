package io.github.medrecords.core.fee;

import io.github.medrecords.core.MedrecordsException;
import io.github.medrecords.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when an invoice is asked for a quote that exceeds a legal limit or uses a charging method the
 * law does not permit for its context.
 */
public class QuoteNotInvoiceableException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    private final transient Money total;
    private final ComplianceOutcome outcome;
    private final String ruleId;
    private final transient Money lawfulMaximum;

    /**
     * Creates the exception.
     *
     * @param total  the quote's total, not null
     * @param compliance  the quote's compliance result, not null
     */
    public QuoteNotInvoiceableException(Money total, Compliance compliance) {
        super(message(total, compliance));
        this.total = Objects.requireNonNull(total, "total");
        this.outcome = compliance.outcome();
        this.ruleId = compliance.decisiveFindings().isEmpty() ? "none"
                : compliance.decisiveFindings().get(0).rule().ruleId();
        this.lawfulMaximum = compliance.lawfulMaximum().orElse(null);
    }

    private static String message(Money total, Compliance compliance) {
        Objects.requireNonNull(compliance, "compliance");
        String rule = compliance.decisiveFindings().isEmpty() ? "none"
                : compliance.decisiveFindings().get(0).rule().ruleId();
        return "Quote of " + total + " may not be invoiced: " + compliance.outcome() + " under " + rule;
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
     * Returns the outcome that forbids the invoice.
     *
     * @return {@link ComplianceOutcome#EXCEEDS_LIMIT} or {@link ComplianceOutcome#METHOD_NOT_PERMITTED}
     */
    public ComplianceOutcome outcome() {
        return outcome;
    }

    /**
     * Returns the law-book id of the first rule that forbids the invoice.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the lowest lawful maximum.
     *
     * @return the maximum, empty if no rule sets an amount
     */
    public Optional<Money> lawfulMaximum() {
        return Optional.ofNullable(lawfulMaximum);
    }
}
