package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.request.RequesterRole;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Adds up an invoice audit as the findings stream past, in memory bounded by the number of months, requester
 * roles and rules, never by the number of invoices: counts of lawful invoices, undercharges, overcharges and
 * invoices that could not be judged, and the amount over (the refunds due) in all, by year, by month, by
 * requester role and by rule. Holds no protected health information. Not thread-safe: one per run.
 */
public final class InvoiceTotals {

    private long rows;
    private long lawful;
    private long undercharges;
    private long overcharges;
    private long cannotJudge;
    private long overCents;
    private long underCents;
    private final TreeMap<YearMonth, long[]> byMonth = new TreeMap<>();
    private final EnumMap<RequesterRole, long[]> byRole = new EnumMap<>(RequesterRole.class);
    private final TreeMap<String, long[]> byRule = new TreeMap<>();

    /**
     * Starts empty totals.
     */
    public InvoiceTotals() {
        // Counts start at zero.
    }

    /**
     * Adds a finding.
     *
     * @param finding  the finding, not null
     */
    public void add(InvoiceFinding finding) {
        Objects.requireNonNull(finding, "finding");
        rows++;
        switch (finding.verdict()) {
            case LAWFUL -> lawful++;
            case UNDERCHARGE -> {
                undercharges++;
                underCents += finding.amountUnder().toCents();
            }
            default -> {
                overcharges++;
                long cents = finding.amountOver().toCents();
                overCents += cents;
                FeeContext context = finding.invoice().context();
                bump(byMonth.computeIfAbsent(YearMonth.from(context.receivedOn()), k -> new long[2]), cents);
                bump(byRole.computeIfAbsent(context.requesterRole(), k -> new long[2]), cents);
                bump(byRule.computeIfAbsent(finding.rule().map(InvoiceTotals::ruleName).orElse("?"),
                        k -> new long[2]), cents);
            }
        }
    }

    /**
     * Counts a row that cannot be judged: one the reader could not turn into an invoice (a missing column, a date
     * that is not a date, text that is not CSV, ...) or whose facts make no valid request (a role that may not
     * rely on the basis, ...).
     */
    public void addUnreadable() {
        rows++;
        cannotJudge++;
    }

    private static String ruleName(Citation rule) {
        return rule.ruleId() + (rule.unconfirmed() ? " (UNCONFIRMED)" : "");
    }

    private static void bump(long[] slot, long cents) {
        slot[0]++;
        slot[1] += cents;
    }

    /**
     * Returns the rows counted, judged or not.
     *
     * @return zero or more
     */
    public long rows() {
        return rows;
    }

    /**
     * Returns the lawful invoices.
     *
     * @return zero or more
     */
    public long lawful() {
        return lawful;
    }

    /**
     * Returns the undercharges.
     *
     * @return zero or more
     */
    public long undercharges() {
        return undercharges;
    }

    /**
     * Returns the overcharges.
     *
     * @return zero or more
     */
    public long overcharges() {
        return overcharges;
    }

    /**
     * Returns the rows that could not be judged, unreadable ones included.
     *
     * @return zero or more
     */
    public long cannotJudge() {
        return cannotJudge;
    }

    /**
     * Returns the amount over in all: the refunds due.
     *
     * @return the amount, not null
     */
    public Money refundsDue() {
        return Money.ofCents(overCents);
    }

    /**
     * Returns how far below the practice's own prices the undercharges were in all.
     *
     * @return the amount, not null
     */
    public Money undercharged() {
        return Money.ofCents(underCents);
    }

    /**
     * Returns the amount over by calendar year of receipt.
     *
     * @return an unmodifiable map in year order, not null
     */
    public SortedMap<Integer, Money> byYear() {
        TreeMap<Integer, long[]> years = new TreeMap<>();
        byMonth.forEach((month, slot) -> bump(years.computeIfAbsent(month.getYear(), k -> new long[2]), slot[1]));
        return money(years);
    }

    /**
     * Returns the amount over by month of receipt, for a chart.
     *
     * @return an unmodifiable map in month order, not null
     */
    public SortedMap<YearMonth, Money> byMonth() {
        return money(byMonth);
    }

    /**
     * Returns the amount over by requester role.
     *
     * @return an unmodifiable map in the roles' order, not null
     */
    public Map<RequesterRole, Money> byRequester() {
        EnumMap<RequesterRole, Money> result = new EnumMap<>(RequesterRole.class);
        byRole.forEach((role, slot) -> result.put(role, Money.ofCents(slot[1])));
        return Collections.unmodifiableMap(result);
    }

    /**
     * Returns the amount over by the rule broken (its id, marked UNCONFIRMED where the law is).
     *
     * @return an unmodifiable map in rule-id order, not null
     */
    public SortedMap<String, Money> byRule() {
        return money(byRule);
    }

    /**
     * Returns the number of overcharges by calendar year of receipt.
     *
     * @return an unmodifiable map in year order, not null
     */
    public SortedMap<Integer, Long> countByYear() {
        TreeMap<Integer, Long> result = new TreeMap<>();
        byMonth.forEach((month, slot) -> result.merge(month.getYear(), slot[0], Long::sum));
        return Collections.unmodifiableSortedMap(result);
    }

    /**
     * Returns the number of overcharges by requester role.
     *
     * @return an unmodifiable map in the roles' order, not null
     */
    public Map<RequesterRole, Long> countByRequester() {
        EnumMap<RequesterRole, Long> result = new EnumMap<>(RequesterRole.class);
        byRole.forEach((role, slot) -> result.put(role, slot[0]));
        return Collections.unmodifiableMap(result);
    }

    /**
     * Returns the number of overcharges by the rule broken.
     *
     * @return an unmodifiable map in rule-id order, not null
     */
    public SortedMap<String, Long> countByRule() {
        TreeMap<String, Long> result = new TreeMap<>();
        byRule.forEach((rule, slot) -> result.put(rule, slot[0]));
        return Collections.unmodifiableSortedMap(result);
    }

    private static <K> SortedMap<K, Money> money(TreeMap<K, long[]> slots) {
        TreeMap<K, Money> result = new TreeMap<>();
        slots.forEach((key, slot) -> result.put(key, Money.ofCents(slot[1])));
        return Collections.unmodifiableSortedMap(result);
    }

    @Override
    public String toString() {
        return "InvoiceTotals[" + rows + " rows, " + lawful + " lawful, " + undercharges + " undercharges, "
                + overcharges + " overcharges (" + refundsDue() + " due), " + cannotJudge + " cannot judge]";
    }
}
