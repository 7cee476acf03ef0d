package io.github.medrecords.examples;

import io.github.medrecords.core.fee.AuditFinding;
import io.github.medrecords.core.fee.AuditReport;
import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.PriceRule;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a price-list audit as one self-contained HTML page a practice manager can forward: a summary (how
 * many things to change, whether invoices are refused), then each finding with the rule in words, an example
 * request, what to change and what it does to invoices, and how to record a cost basis.
 *
 * <p>Every text that comes from the price list or the audit (the list's name, rule ids and descriptions,
 * examples, advice) is HTML-escaped, so a hostile price-list file cannot inject markup or script. The page is
 * well-formed XML (XHTML syntax) and loads nothing from elsewhere.
 */
final class AuditHtmlReport {

    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
            + "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}.blocks{color:#a00;font-weight:bold}"
            + ".ok{color:#060;font-weight:bold}.finding{border-left:4px solid #ccc;padding:.2em 1em;margin:1em 0}"
            + ".finding.blocking{border-color:#a00}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}code{background:#f4f4f4}";

    private AuditHtmlReport() {
    }

    /**
     * Renders the report.
     *
     * @param report  the audit's report, not null
     * @param prices  the audited price list, for the descriptions of the rules the findings name, not null
     * @return the page, not null
     */
    static String render(AuditReport report, PriceList prices) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(prices, "prices");
        long blocking = report.findings().stream().filter(AuditFinding::blocksInvoices).count();
        long costBasis = report.findings().stream()
                .filter(f -> f.outcome() == ComplianceOutcome.NEEDS_COST_BASIS).count();
        StringBuilder html = new StringBuilder(4_096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>Price-list audit: ")
                .append(escape(report.priceListName())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>Price-list audit: ").append(escape(report.priceListName())).append("</h1>\n");
        html.append("<p>Checked against HIPAA and ").append(report.jurisdiction()).append(" law in force on ")
                .append(report.date()).append(", in ").append(report.contextsExplored())
                .append(" kinds of request.</p>\n");
        html.append("<h2>Summary</h2>\n");
        if (report.passes()) {
            html.append("<p class=\"ok\">Nothing to change: every price is within the law for every kind of request"
                    + " checked, and no invoice is refused.</p>\n");
        } else {
            html.append("<p>").append(count(report.findings().size(), "thing")).append(" to change.</p>\n<ul>\n");
            html.append("<li").append(blocking > 0 ? " class=\"blocks\"" : "").append(">")
                    .append(blocking == 0 ? "No price breaks the law outright."
                            : count(blocking, "price") + (blocking == 1 ? " breaks" : " break")
                                    + " the law: invoices for such requests are refused until it is changed.")
                    .append("</li>\n");
            html.append("<li>").append(costBasis == 0 ? "No price needs a documented cost basis."
                    : count(costBasis, "price") + (costBasis == 1 ? " needs" : " need")
                            + " a documented cost basis: invoices for such requests are refused until the cost"
                            + " basis is recorded, unless the practice chooses to invoice without it.")
                    .append("</li>\n");
            long other = report.findings().size() - blocking - costBasis;
            if (other > 0) {
                html.append("<li>").append(count(other, "finding")).append(" do not block invoices but should be"
                        + " corrected (the published list misinforms patients, or the law is not settled).</li>\n");
            }
            html.append("</ul>\n<h2>What to change</h2>\n");
            int n = 0;
            for (AuditFinding f : report.findings()) {
                n++;
                finding(html, n, f, prices);
            }
        }
        html.append("<h2>How to record a cost basis</h2>\n<p>A price that is lawful only with a documented cost"
                + " (HIPAA's actual or average allowable cost, Connecticut's cost of materials for images) needs the"
                + " cost written down where the price list can show it. In the price-list file, three lines per"
                + " price rule and kind of cost:</p>\n<pre><code>cost-basis.&lt;RULE-ID&gt;.&lt;KIND&gt;.method = ACTUAL"
                + " or AVERAGE\ncost-basis.&lt;RULE-ID&gt;.&lt;KIND&gt;.unit-cost = 2.40\n"
                + "cost-basis.&lt;RULE-ID&gt;.&lt;KIND&gt;.reference = where the invoices or time sheets are kept"
                + "</code></pre>\n<p>where &lt;KIND&gt; is ALLOWABLE_COST, MATERIALS, CLERICAL or ACTUAL_COST, as each"
                + " finding says. In code: <code>PriceList.builder(...).costBasis(CostBasis.actual(ruleId, kind,"
                + " unitCost, reference))</code> or <code>CostBasis.average(...)</code>.</p>\n");
        return html.append("</body>\n</html>\n").toString();
    }

    private static void finding(StringBuilder html, int n, AuditFinding f, PriceList prices) {
        boolean costBasis = f.outcome() == ComplianceOutcome.NEEDS_COST_BASIS;
        html.append("<div class=\"finding").append(f.blocksInvoices() ? " blocking" : "").append("\">\n<h3>")
                .append(n).append(". ").append(escape(f.priceRuleId())).append("</h3>\n");
        Set<String> described = new LinkedHashSet<>();
        for (String id : f.priceRuleId().split(", ")) {
            for (PriceRule rule : prices.rules()) {
                if (rule.id().equals(id)) {
                    described.add(id + ": " + rule.description());
                }
            }
        }
        if (!described.isEmpty()) {
            html.append("<p>Price: ").append(escape(String.join("; ", described))).append("</p>\n");
        }
        html.append("<p>The law: ").append(escape(f.limit().description()))
                .append(f.limit().isUnconfirmed() ? " (the law here is not confirmed)" : "").append(".</p>\n")
                .append("<p>For example: ").append(escape(f.exampleText())).append(", charged ")
                .append(escape(f.charged().toString()))
                .append(f.lawfulMaximum().map(m -> ", at most " + escape(m.toString())).orElse("")).append(".</p>\n")
                .append("<p>What to change: ").append(escape(f.advice())).append("</p>\n")
                .append("<p class=\"").append(f.blocksInvoices() || costBasis ? "blocks" : "ok").append("\">")
                .append(f.blocksInvoices() ? "Invoices are refused until it is changed."
                        : costBasis ? "Invoices are refused until the cost basis is recorded, unless the practice"
                                + " chooses to invoice without it."
                        : "Invoices are not blocked.")
                .append("</p>\n</div>\n");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Escapes text for HTML element content and quoted attribute values.
     *
     * @param text  the text, not null
     * @return the escaped text, not null
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
