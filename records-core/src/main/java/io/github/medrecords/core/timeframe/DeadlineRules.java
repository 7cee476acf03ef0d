package io.github.medrecords.core.timeframe;

import io.github.medrecords.core.law.StateLawFile;
import io.github.medrecords.core.law.StateLawFormatException;
import io.github.medrecords.core.request.LegalBasis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A set of deadline rules to check requests against: {@link #defaults()} holds every rule in
 * force that the law book gives a figure for; the proposed HIPAA 15-day rule (R1.11) is added only by
 * {@link #withProposedRules()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeadlineRules {

    /** The HIPAA Privacy Rule's compliance date, the earliest date the federal rules are applied from. */
    private static final LocalDate PRIVACY_RULE_COMPLIANCE = LocalDate.of(2003, 4, 14);
    /**
     * HIPAA right of access: act within 30 calendar days of receipt (R1.8), one extension of at most
     * 30 days with a written reason and new date given within the first 30 days (R1.9). The older
     * 60-day off-site rule (R1.10) is not modelled.
     */
    public static final DeadlineRule HIPAA_ACCESS = DeadlineRule.builder("HIPAA_ACCESS")
            .cited("HIPAA right of access", "R1.8", "45 CFR 164.524(b)(2)")
            .bases(LegalBasis.INDIVIDUAL_ACCESS, LegalBasis.THIRD_PARTY_DIRECTIVE)
            .within(30, DayCount.CALENDAR_DAYS)
            .extension(30, "R1.9")
            .inForce(PRIVACY_RULE_COMPLIANCE, null)
            .build();

    /** HIPAA accounting of disclosures: 60 days, one 30-day extension with written notice (R4.5). */
    public static final DeadlineRule HIPAA_ACCOUNTING = DeadlineRule.builder("HIPAA_ACCOUNTING")
            .cited("HIPAA accounting of disclosures", "R4.5", "45 CFR 164.528(c)(1)")
            .kind(RequestKind.ACCOUNTING_OF_DISCLOSURES)
            .within(60, DayCount.CALENDAR_DAYS)
            .extension(30, "R4.5")
            .inForce(PRIVACY_RULE_COMPLIANCE, null)
            .build();

    /** The states' rules by key, in the order of the files and of their deadlines. */
    private static final Map<String, DeadlineRule> STATE_RULES = stateRules();

    /**
     * Connecticut providers: furnish the record within 30 days of the request, no extension (R5.6), for requests
     * of the patient, their attorney or representative, or under a written authorization (R5.1); ct.properties.
     */
    public static final DeadlineRule CONNECTICUT_PROVIDER = builtIn("CT_PROVIDER");

    /** California: copies to the patient within 15 days of the request (CA.8); ca.properties. */
    public static final DeadlineRule CALIFORNIA_PATIENT_COPIES = builtIn("CA_PATIENT_COPIES");

    /** Texas physicians: 15 business days (TX.3); tx.properties. */
    public static final DeadlineRule TEXAS_PHYSICIAN_RECORDS = builtIn("TX_PHYSICIAN_RECORDS");

    /**
     * PROPOSED ONLY, not law: the Jan 21, 2021 HIPAA NPRM (86 FR 6446) would allow 15 calendar days
     * plus one extension of at most 15 days (R1.11). Applied only when opted in with
     * {@link #withProposedRules()}.
     */
    public static final DeadlineRule PROPOSED_HIPAA_ACCESS_2021 = DeadlineRule.builder("PROPOSED_HIPAA_ACCESS_2021")
            .cited("HIPAA right of access, proposed 2021 (not final)", "R1.11", "86 FR 6446 (NPRM)")
            .bases(LegalBasis.INDIVIDUAL_ACCESS, LegalBasis.THIRD_PARTY_DIRECTIVE)
            .within(15, DayCount.CALENDAR_DAYS)
            .extension(15, "R1.11")
            .inForce(LocalDate.of(2021, 1, 21), null)
            .status(RuleStatus.PROPOSED)
            .build();

    private final List<DeadlineRule> rules;

    private DeadlineRules(List<DeadlineRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Returns the rules in force: HIPAA access and accounting, and every state's deadlines from its law file.
     *
     * @return the rules, not null
     */
    public static DeadlineRules defaults() {
        List<DeadlineRule> all = new ArrayList<>(List.of(HIPAA_ACCESS, HIPAA_ACCOUNTING));
        all.addAll(STATE_RULES.values());
        return new DeadlineRules(all);
    }

    /**
     * Reads the deadline rules of a state law file (docs/adding-a-state.md), for a deployment that adds or
     * replaces a state's law.
     *
     * @param file  the file, not null
     * @return the rules, not null
     * @throws StateLawFormatException if the file breaks the format, listing every problem with its line
     */
    public static List<DeadlineRule> ofStateFile(StateLawFile file) {
        Objects.requireNonNull(file, "file");
        List<DeadlineRule> rules = StateDeadlines.rules(file);
        file.refuseIfProblems();
        return List.copyOf(rules);
    }

    private static Map<String, DeadlineRule> stateRules() {
        Map<String, DeadlineRule> all = new LinkedHashMap<>();
        for (StateLawFile file : StateLawFile.builtIn()) {
            ofStateFile(file).forEach(rule -> all.put(rule.key(), rule));
        }
        return Collections.unmodifiableMap(all);
    }

    private static DeadlineRule builtIn(String key) {
        return Optional.ofNullable(STATE_RULES.get(key))
                .orElseThrow(() -> new IllegalStateException("No built-in deadline rule " + key));
    }

    /**
     * Returns exactly the given rules.
     *
     * @param rules  the rules, not null, no null elements
     * @return the rule set, not null
     */
    public static DeadlineRules of(List<DeadlineRule> rules) {
        Objects.requireNonNull(rules, "rules");
        return new DeadlineRules(rules);
    }

    /**
     * Returns a copy that also applies the proposed rules (R1.11), labelled {@link RuleStatus#PROPOSED}.
     *
     * @return the changed rule set, not null
     */
    public DeadlineRules withProposedRules() {
        return with(PROPOSED_HIPAA_ACCESS_2021);
    }

    /**
     * Returns a copy with one more rule; a rule already present is not added twice.
     *
     * @param rule  the rule, not null
     * @return the changed rule set, not null
     */
    public DeadlineRules with(DeadlineRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (rules.contains(rule)) {
            return this;
        }
        List<DeadlineRule> copy = new ArrayList<>(rules);
        copy.add(rule);
        return new DeadlineRules(copy);
    }

    /**
     * Returns the rules, in the order given.
     *
     * @return an unmodifiable list, not null
     */
    public List<DeadlineRule> rules() {
        return rules;
    }

    /**
     * Returns the rules that apply to a request.
     *
     * @param query  the request's facts, not null
     * @return an unmodifiable list, possibly empty, not null
     */
    public List<DeadlineRule> applicableTo(DeadlineQuery query) {
        Objects.requireNonNull(query, "query");
        return rules.stream().filter(r -> r.appliesTo(query)).collect(Collectors.toUnmodifiableList());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DeadlineRules other && rules.equals(other.rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return "DeadlineRules" + rules.stream().map(DeadlineRule::key).collect(Collectors.toList());
    }
}
