package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.request.PurposeKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an audit of a price list found for one pair of (price rule, legal rule): the worst outcome seen
 * in any request context, the lawful maximum and the rule's citation, and the smallest context that shows
 * it (fewest pages, then media, then postage). Quoting {@link #example()} with the audited price list
 * reproduces the finding.
 *
 * <p>Immutable and thread-safe.
 */
public final class AuditFinding {

    private final String priceRuleId;
    private final LegalLimit limit;
    private final ComplianceOutcome outcome;
    private final Money lawfulMaximum;
    private final Money charged;
    private final FeeContext example;
    private final int contexts;
    private final List<String> variants;

    private AuditFinding(String priceRuleId, LegalLimit limit, ComplianceOutcome outcome, Money lawfulMaximum,
            Money charged, FeeContext example, int contexts, List<String> variants) {
        this.priceRuleId = priceRuleId;
        this.limit = limit;
        this.outcome = outcome;
        this.lawfulMaximum = lawfulMaximum;
        this.charged = charged;
        this.example = example;
        this.contexts = contexts;
        this.variants = variants;
    }

    /**
     * Obtains a finding.
     *
     * @param priceRuleId  the id of the price rule responsible, not blank
     * @param limit  the legal rule it breaks, not null
     * @param outcome  the worst outcome seen, not compliant; not null
     * @param lawfulMaximum  the lawful maximum in the example context, null where the rule sets no amount
     * @param charged  what the price list charges in the example context, as the rule judged it; not null
     * @param example  the smallest context showing the outcome, not null
     * @param contexts  how many explored contexts showed a non-compliant outcome for this pair, 1 or more
     * @return the finding, not null
     * @throws IllegalArgumentException if the outcome is compliant, the id blank or the count below 1
     */
    public static AuditFinding of(String priceRuleId, LegalLimit limit, ComplianceOutcome outcome,
            Money lawfulMaximum, Money charged, FeeContext example, int contexts) {
        Objects.requireNonNull(priceRuleId, "priceRuleId");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(charged, "charged");
        Objects.requireNonNull(example, "example");
        if (priceRuleId.isBlank() || outcome == ComplianceOutcome.COMPLIANT || contexts < 1) {
            throw new IllegalArgumentException("An audit finding needs a price rule, a non-compliant outcome and"
                    + " at least one context, not " + outcome + " in " + contexts);
        }
        return new AuditFinding(priceRuleId, limit, outcome, lawfulMaximum, charged, example, contexts, List.of());
    }

    /**
     * Returns a copy naming the variants of the legal rule the same problem also breaks, for example
     * {@code CA.2} (microfilm) beside {@code CA.1}.
     *
     * @param ruleIds  the variants' rule ids, not null
     * @return the changed finding, not null
     */
    public AuditFinding withVariants(List<String> ruleIds) {
        return new AuditFinding(priceRuleId, limit, outcome, lawfulMaximum, charged, example, contexts,
                List.copyOf(ruleIds));
    }

    /**
     * Returns the ids of the legal rule's variants (other record keeping or copy format) that the same
     * problem also breaks; the finding stands for them too.
     *
     * @return an unmodifiable list, empty if none; not null
     */
    public List<String> variants() {
        return variants;
    }

    /**
     * Tells whether the finding blocks invoices: an excess or a method not permitted. A list that omits an
     * exemption, a fee without an amount, a missing cost basis and an unconfirmed limit do not.
     *
     * @return true if a quote with this outcome cannot be invoiced
     */
    public boolean blocksInvoices() {
        return !outcome.permitsInvoice();
    }

    /**
     * Returns the id of the price rule responsible.
     *
     * @return the id, not null
     */
    public String priceRuleId() {
        return priceRuleId;
    }

    /**
     * Returns the legal rule the price rule breaks.
     *
     * @return the limit, not null
     */
    public LegalLimit limit() {
        return limit;
    }

    /**
     * Returns the legal rule's citation; it says UNCONFIRMED where the law book does.
     *
     * @return the citation, not null
     */
    public Citation citation() {
        return limit.citation();
    }

    /**
     * Returns the legal rule's id, for example {@code R2.5}.
     *
     * @return the id, not null
     */
    public String legalRuleId() {
        return limit.ruleId();
    }

    /**
     * Returns the worst outcome seen for this pair.
     *
     * @return the outcome, never compliant; not null
     */
    public ComplianceOutcome outcome() {
        return outcome;
    }

    /**
     * Returns the lawful maximum in the example context.
     *
     * @return the maximum, empty where the rule sets no amount (a method not permitted, a cost not documented)
     */
    public Optional<Money> lawfulMaximum() {
        return Optional.ofNullable(lawfulMaximum);
    }

    /**
     * Returns what the price list charges in the example context, as the legal rule judged it.
     *
     * @return the amount, not null
     */
    public Money charged() {
        return charged;
    }

    /**
     * Returns the smallest context that shows the outcome.
     *
     * @return the context, not null
     */
    public FeeContext example() {
        return example;
    }

    /**
     * Returns how many explored contexts showed a non-compliant outcome for this pair.
     *
     * @return 1 or more
     */
    public int contexts() {
        return contexts;
    }

    /**
     * Describes the example context in a few words, for example
     * {@code INDIVIDUAL_ACCESS by PATIENT, PAPER_BY_MAIL, ELECTRONIC records [CLINICAL_VISIT_SUMMARY], 1 page}.
     *
     * @return the description, without patient data; not null
     */
    public String exampleText() {
        FeeContext c = example;
        StringBuilder text = new StringBuilder().append(c.legalBasis()).append(" by ").append(c.requesterRole())
                .append(", ").append(c.deliveryMethod());
        if (c.copyFormat() != CopyFormat.from(c.deliveryMethod())) {
            text.append(" (").append(c.copyFormat()).append(" copy)");
        }
        text.append(", ").append(c.recordKeeping()).append(" records ").append(c.recordTypes());
        if (c.purpose() != PurposeKind.AT_REQUEST_OF_INDIVIDUAL) {
            text.append(", ").append(c.purpose()).append(c.claimDocumented() ? " (documented)" : "");
        }
        if (c.attorneyBeforeSuit()) {
            text.append(", attorney before suit");
        }
        c.thirdPartyKind().ifPresent(kind -> text.append(" (").append(kind).append(')'));
        if (c.workersCompensation()) {
            text.append(", workers' compensation");
        }
        if (!c.asked().isEmpty()) {
            text.append(", asks for ").append(c.asked());
        }
        if (c.clericalMinutes() > 0) {
            text.append(", ").append(c.clericalMinutes()).append(" minutes of clerical work");
        }
        if (c.hasRecords()) {
            text.append(", ").append(ChargeBasis.PER_PAGE.units(c.pages()));
        }
        if (c.media() > 0) {
            text.append(", ").append(ChargeBasis.PER_MEDIUM.units(c.media()));
        }
        if (!c.postage().isZero()) {
            text.append(", postage ").append(c.postage());
        }
        return text.toString();
    }

    /**
     * Explains the finding in plain words, for example "ONS-PAGES breaks R2.5 (METHOD_NOT_PERMITTED): ...".
     *
     * @return the explanation, not null
     */
    public String explain() {
        return priceRuleId + " breaks " + limit.ruleId() + (limit.isUnconfirmed() ? " (UNCONFIRMED)" : "")
                + (variants.isEmpty() ? "" : " (also " + String.join(", ", variants) + ")") + " ("
                + outcome + "): " + limit.description() + "; charges " + charged
                + (lawfulMaximum == null ? "" : ", lawful maximum " + lawfulMaximum) + ", for example "
                + exampleText();
    }

    /**
     * Says what to change, in words a practice manager acts on, for example "Charge the flat $6.50 or record
     * your actual or average labour cost ...".
     *
     * @return the advice, without patient data; not null
     */
    public String advice() {
        String rules = priceRuleId;
        switch (outcome) {
            case EXCEEDS_LIMIT:
                return "Lower " + rules + ": in a request like the example the law allows at most " + lawfulMaximum
                        + " in all, and the list charges " + charged + ".";
            case METHOD_NOT_PERMITTED:
                if (limit.prohibitedBasisOrNull() == null) {
                    return "Do not charge " + rules + " in requests like the example: the law allows no fee for "
                            + (limit.prohibitedKinds().isEmpty() ? "it" : ComplianceFinding.kinds(limit)) + " there (limit the rule with when.basis or"
                            + " when.role, or make it free).";
                }
                return "Do not charge " + rules + " per " + limit.prohibitedBasisOrNull().singular() + " here: charge"
                        + " the flat $6.50 or record your actual or average labour cost.";
            case NEEDS_COST_BASIS:
                return "Record the cost behind " + rules + " (in the price-list file: cost-basis." + rules.split(", ")[0]
                        + "." + (limit.costKindOrNull() == null ? CostKind.ALLOWABLE_COST : limit.costKindOrNull())
                        + ".method = ACTUAL or AVERAGE, .unit-cost and .reference; in code: CostBasis.actual or"
                        + " CostBasis.average), or charge no more than "
                        + (lawfulMaximum == null ? "your documented cost" : lawfulMaximum) + ".";
            case UNCONFIRMED_LIMIT:
                return "Check with counsel whether " + rules + " may be charged on top of the page rate: the law does"
                        + " not settle it; within the rate it is lawful.";
            case FEE_NOT_STATED:
                return "State the amount of " + rules + " (a price, tiers or bands) or record its cost basis: a patient"
                        + " must be told the fee in advance.";
            case LIST_OMITS_EXEMPTION:
                return "Say in the published list that such requests are free (a rule with charge = free and the"
                        + " purpose); invoices already charge nothing, but patients read the list.";
            default:
                return "Nothing to change.";
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AuditFinding o && priceRuleId.equals(o.priceRuleId) && limit.equals(o.limit)
                && outcome == o.outcome && Objects.equals(lawfulMaximum, o.lawfulMaximum) && charged.equals(o.charged)
                && example.equals(o.example) && contexts == o.contexts && variants.equals(o.variants);
    }

    @Override
    public int hashCode() {
        return Objects.hash(priceRuleId, limit, outcome, lawfulMaximum, charged, example, contexts, variants);
    }

    @Override
    public String toString() {
        return "AuditFinding[" + priceRuleId + ", " + limit.ruleId() + ", " + outcome
                + (lawfulMaximum == null ? "" : ", max " + lawfulMaximum) + "]";
    }
}
