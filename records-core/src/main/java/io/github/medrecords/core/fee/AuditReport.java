package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.party.UsState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** What a missing cost basis does to invoices, in a manager's words. */
    static final String COST_BASIS_INVOICES = "Invoices are refused until the cost basis is recorded, unless the"
            + " practice chooses to invoice without it.";

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

    /**
     * Formats the report for a practice manager: a summary, then each finding with the rule in words, an
     * example request, what to change and whether invoices are blocked.
     *
     * @return the report, lines ending with a newline; not null
     */
    public String managerReport() {
        long blocking = findings.stream().filter(AuditFinding::blocksInvoices).count();
        StringBuilder text = new StringBuilder("Price list: ").append(priceListName).append('\n')
                .append("Checked against HIPAA and ").append(jurisdiction).append(" law in force on ").append(date)
                .append(", in ").append(contextsExplored).append(" kinds of request.\n");
        if (findings.isEmpty()) {
            return text.append("Nothing to change.\n").toString();
        }
        text.append(findings.size()).append(findings.size() == 1 ? " thing" : " things").append(" to change, ")
                .append(blocking).append(" of which block invoices.\n");
        int n = 0;
        for (AuditFinding f : findings) {
            n++;
            text.append('\n').append(n).append(". ").append(f.priceRuleId()).append(" - ")
                    .append(f.limit().description())
                    .append(f.limit().isUnconfirmed() ? " (the law here is not confirmed)" : "").append('\n')
                    .append("   For example: ").append(f.exampleText()).append(", charged ").append(f.charged())
                    .append(f.lawfulMaximum().map(m -> ", at most " + m).orElse("")).append('\n')
                    .append("   What to change: ").append(f.advice()).append('\n')
                    .append("   ").append(f.blocksInvoices() ? "Invoices are refused until it is changed."
                            : f.outcome() == ComplianceOutcome.NEEDS_COST_BASIS ? COST_BASIS_INVOICES
                            : "Invoices are not blocked.").append('\n');
        }
        return text.toString();
    }

    /**
     * Formats the findings as CSV with a heading row (RFC 4180 quoting), for spreadsheets and tools.
     *
     * @return the CSV, lines ending with CRLF; not null
     */
    public String csv() {
        StringBuilder text = new StringBuilder(
                "price_rules,legal_rule,variants,outcome,blocks_invoices,lawful_maximum,charged,example,advice\r\n");
        for (AuditFinding f : findings) {
            text.append(String.join(",", csvField(f.priceRuleId()), csvField(f.legalRuleId()),
                    csvField(String.join(" ", f.variants())), f.outcome().name(), String.valueOf(f.blocksInvoices()),
                    f.lawfulMaximum().map(m -> m.amount().toPlainString()).orElse(""),
                    f.charged().amount().toPlainString(), csvField(f.exampleText()), csvField(f.advice())))
                    .append("\r\n");
        }
        return text.toString();
    }

    /**
     * Formats the report as JSON, for tools.
     *
     * @return the JSON object, not null
     */
    public String json() {
        StringBuilder text = new StringBuilder("{\"priceList\":").append(jsonString(priceListName))
                .append(",\"jurisdiction\":\"").append(jurisdiction).append("\",\"date\":\"").append(date)
                .append("\",\"contextsExplored\":").append(contextsExplored).append(",\"passes\":").append(passes())
                .append(",\"findings\":[");
        for (int i = 0; i < findings.size(); i++) {
            AuditFinding f = findings.get(i);
            text.append(i == 0 ? "" : ",").append("{\"priceRules\":").append(jsonString(f.priceRuleId()))
                    .append(",\"legalRule\":").append(jsonString(f.legalRuleId()))
                    .append(",\"unconfirmed\":").append(f.limit().isUnconfirmed())
                    .append(",\"variants\":[");
            for (int j = 0; j < f.variants().size(); j++) {
                text.append(j == 0 ? "" : ",").append(jsonString(f.variants().get(j)));
            }
            text.append("],\"outcome\":\"").append(f.outcome()).append("\",\"blocksInvoices\":")
                    .append(f.blocksInvoices()).append(",\"lawfulMaximum\":")
                    .append(f.lawfulMaximum().map(m -> jsonString(m.amount().toPlainString())).orElse("null"))
                    .append(",\"charged\":").append(jsonString(f.charged().amount().toPlainString()))
                    .append(",\"rule\":").append(jsonString(f.limit().description()))
                    .append(",\"example\":").append(jsonString(f.exampleText()))
                    .append(",\"advice\":").append(jsonString(f.advice())).append('}');
        }
        return text.append("]}").toString();
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
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
