package io.github.medrecords.core.fee;

import io.github.medrecords.core.party.UsState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of auditing a whole price list against the law of one state and HIPAA on one day: the
 * findings grouped by (price rule, legal rule), in the order first found, and how many request contexts
 * were explored. A list passes when there are no findings.
 *
 * <p>Immutable and thread-safe.
 */
public final class AuditReport {

    private static final String[] HEADINGS = {"Price rule", "Legal rule", "Outcome", "Lawful max", "Citation",
        "Smallest example"};

    private final String priceListName;
    private final UsState jurisdiction;
    private final LocalDate date;
    private final List<AuditFinding> findings;
    private final int contextsExplored;

    private AuditReport(String priceListName, UsState jurisdiction, LocalDate date, List<AuditFinding> findings,
            int contextsExplored) {
        this.priceListName = priceListName;
        this.jurisdiction = jurisdiction;
        this.date = date;
        this.findings = List.copyOf(findings);
        this.contextsExplored = contextsExplored;
    }

    /**
     * Obtains a report.
     *
     * @param priceListName  the audited price list's name, not null
     * @param jurisdiction  the state whose law was applied besides HIPAA, not null
     * @param date  the day whose rules were applied, not null
     * @param findings  the findings, not null
     * @param contextsExplored  how many contexts were quoted, zero or more
     * @return the report, not null
     */
    public static AuditReport of(String priceListName, UsState jurisdiction, LocalDate date,
            List<AuditFinding> findings, int contextsExplored) {
        Objects.requireNonNull(priceListName, "priceListName");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(findings, "findings");
        if (contextsExplored < 0) {
            throw new IllegalArgumentException("Contexts explored " + contextsExplored + " is negative");
        }
        return new AuditReport(priceListName, jurisdiction, date, findings, contextsExplored);
    }

    /**
     * Returns the audited price list's name.
     *
     * @return the name, not null
     */
    public String priceListName() {
        return priceListName;
    }

    /**
     * Returns the state whose law was applied besides HIPAA.
     *
     * @return the state, not null
     */
    public UsState jurisdiction() {
        return jurisdiction;
    }

    /**
     * Returns the day whose rules were applied.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the findings, one per (price rule, legal rule).
     *
     * @return an unmodifiable list, empty when the list passes; not null
     */
    public List<AuditFinding> findings() {
        return findings;
    }

    /**
     * Returns how many request contexts were quoted.
     *
     * @return zero or more
     */
    public int contextsExplored() {
        return contextsExplored;
    }

    /**
     * Tells whether the price list passed: no finding in any explored context.
     *
     * @return true if there are no findings
     */
    public boolean passes() {
        return findings.isEmpty();
    }

    /**
     * Formats the findings as a plain-text table with a heading line, or a one-line pass.
     *
     * @return the table, lines ending with a newline; not null
     */
    public String table() {
        StringBuilder text = new StringBuilder("Audit of ").append(priceListName).append(" under HIPAA and ")
                .append(jurisdiction).append(" law on ").append(date).append(": ").append(contextsExplored)
                .append(" request contexts, ").append(findings.size())
                .append(findings.size() == 1 ? " finding" : " findings").append('\n');
        if (findings.isEmpty()) {
            return text.toString();
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (AuditFinding f : findings) {
            rows.add(new String[] {f.priceRuleId(), f.legalRuleId() + (f.limit().isUnconfirmed() ? " (UNCONFIRMED)"
                    : "") + (f.variants().isEmpty() ? "" : " (also " + String.join(", ", f.variants()) + ")"),
                f.outcome().name(), f.lawfulMaximum().map(Object::toString).orElse("-"),
                f.citation().toString(), f.exampleText()});
        }
        int[] widths = new int[HEADINGS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i + 1 < row.length) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AuditReport o && priceListName.equals(o.priceListName) && jurisdiction == o.jurisdiction
                && date.equals(o.date) && findings.equals(o.findings) && contextsExplored == o.contextsExplored;
    }

    @Override
    public int hashCode() {
        return Objects.hash(priceListName, jurisdiction, date, findings, contextsExplored);
    }

    @Override
    public String toString() {
        return "AuditReport[" + priceListName + ", " + jurisdiction + ", " + date + ", " + findings.size()
                + " findings]";
    }
}
