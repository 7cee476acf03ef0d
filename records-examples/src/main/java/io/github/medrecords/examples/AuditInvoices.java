package io.github.medrecords.examples;

import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.InvoiceAudit;
import io.github.medrecords.core.fee.InvoiceFinding;
import io.github.medrecords.core.fee.InvoiceTotals;
import io.github.medrecords.core.fee.PastInvoice;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.RequesterRole;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Audits a billing system's export of past invoices (docs/invoice-file.md) against HIPAA and the state's law in
 * force on each request's date, and writes every overcharge (lawful maximum, amount over, rule, refund due) and
 * every row that could not be judged (line, column, why) as CSV or as an HTML report with the totals a practice
 * files and a chart of overcharges by month; lawful invoices and undercharges are counted, not listed.
 *
 * <pre>
 * ./mvnw -q -Pdemo -pl records-examples -am -DskipTests package \
 *     -Ddemo.mainClass=io.github.medrecords.examples.AuditInvoices \
 *     -Ddemo.args="invoices.csv --format html --out audit.html"
 * </pre>
 *
 * <p>Arguments: the file, then optionally {@code --mapping columns.properties} (the billing system's column
 * names), {@code --format csv|html} (csv unless given) and {@code --out file} (standard output unless given).
 * The summary goes to standard output after the findings when they go to a file, to standard error otherwise;
 * progress goes to standard error, as a bar with the row rate and time left on a terminal, as plain lines
 * otherwise. Exit status: 0 when every row was judged and none is an overcharge, 1 when there are overcharges
 * and every row was judged, 2 when any row could not be judged (whatever else was found) or the file or the
 * arguments are refused.
 */
public final class AuditInvoices {

    /** Exit status when every row was judged and nothing is overcharged. */
    public static final int NOTHING_FOUND = 0;
    /** Exit status when overcharges were found and every row was judged. */
    public static final int OVERCHARGES = 1;
    /** Exit status when rows could not be judged, or the file or the arguments are refused. */
    public static final int NOT_JUDGED = 2;

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private static final String[] CSV_HEADER = {"line", "invoice_id", "received_on", "state", "provider_kind",
        "requester_role",
        "legal_basis", "verdict", "charged", "lawful_maximum", "amount_over", "refund_due", "rule", "column",
        "reason"};

    private AuditInvoices() {
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args  the file and options
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err, System.console() != null);
        if (status != NOTHING_FOUND) {
            System.exit(status);
        }
    }

    /**
     * Runs the command without exiting.
     *
     * @param args  the file and options, not null
     * @param out  where the findings (without {@code --out}) or the summary go, not null
     * @param err  where progress, problems and (without {@code --out}) the summary go, not null
     * @param terminal  true to draw a progress bar, false for plain progress lines
     * @return {@link #NOTHING_FOUND}, {@link #OVERCHARGES} or {@link #NOT_JUDGED}
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        return run(args, out, err, terminal, PROGRESS_EVERY);
    }

    /** Runs the command, showing progress at most once in the given time (once a second in {@link #run}). */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal, Duration progressEvery) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        String format = "csv";
        Path mapping = null;
        Path target = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--format") && i + 1 < args.length) {
                format = args[++i].toLowerCase(Locale.ROOT);
            } else if (args[i].equals("--mapping") && i + 1 < args.length) {
                mapping = Paths.get(args[++i]);
            } else if (args[i].equals("--out") && i + 1 < args.length) {
                target = Paths.get(args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() != 1 || !Set.of("csv", "html").contains(format)) {
            err.println("Usage: AuditInvoices <invoices.csv> [--mapping columns.properties] [--format csv|html]"
                    + " [--out file]");
            return NOT_JUDGED;
        }
        Path file = Paths.get(positional.get(0));
        InvoiceCsvReader reader;
        try {
            if (mapping == null) {
                reader = InvoiceCsvReader.standard();
            } else {
                try (Reader text = Files.newBufferedReader(mapping, StandardCharsets.UTF_8)) {
                    reader = InvoiceCsvReader.mapped(text);
                }
            }
        } catch (IOException e) {
            err.println("Cannot read the mapping file " + mapping + ": " + e.getMessage());
            return NOT_JUDGED;
        } catch (InvoiceCsvReader.RefusedException e) {
            err.println("The mapping file " + mapping + " is refused: " + e.getMessage());
            return NOT_JUDGED;
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return NOT_JUDGED;
        }
        InvoiceTotals totals = new InvoiceTotals();
        try (InputStream raw = Files.newInputStream(file);
                CountingStream counted = new CountingStream(raw);
                Reader text = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 16);
                Writer sink = target == null ? new OutputStreamWriter(out, StandardCharsets.UTF_8)
                        : Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                Writer findings = new BufferedWriter(sink, 1 << 16)) {
            FindingsWriter writer = format.equals("html") ? new HtmlFindings(findings, file.getFileName().toString())
                    : new CsvFindings(findings);
            Progress progress = new Progress(err, terminal, size, counted, progressEvery.toNanos());
            InvoiceAudit audit = InvoiceAudit.standard();
            try {
                reader.read(text, new InvoiceCsvReader.Handler() {
                    @Override
                    public void invoice(PastInvoice invoice) {
                        InvoiceFinding finding = audit.judge(invoice);
                        totals.add(finding);
                        if (finding.verdict() == InvoiceFinding.Verdict.OVERCHARGE) {
                            writer.finding(finding);
                        }
                        progress.row(totals);
                    }

                    @Override
                    public void cannotJudge(InvoiceCsvReader.Problem problem) {
                        totals.addUnreadable();
                        writer.problem(problem, false);
                        progress.row(totals);
                    }

                    @Override
                    public void unreadable(long line, List<InvoiceCsvReader.Problem> problems) {
                        totals.addUnreadable();
                        for (InvoiceCsvReader.Problem problem : problems) {
                            writer.problem(problem, true);
                        }
                        progress.row(totals);
                    }
                });
            } catch (InvoiceCsvReader.RefusedException e) {
                err.println(file + " is refused: " + e.getMessage());
                return NOT_JUDGED;
            }
            progress.done(totals);
            writer.finish(totals);
            findings.flush();
        } catch (IOException | UncheckedIOException e) {
            err.println("Cannot read " + file + " or write the findings: " + e.getMessage());
            return NOT_JUDGED;
        }
        PrintStream summaryTo = target == null ? err : out;
        summaryTo.print(summary(totals));
        summaryTo.flush();
        if (totals.cannotJudge() > 0) {
            return NOT_JUDGED;
        }
        return totals.overcharges() > 0 ? OVERCHARGES : NOTHING_FOUND;
    }

    /**
     * Judges every row of a file in our own column names and adds the findings up, writing nothing: the
     * command's core loop, for benchmarks and harnesses.
     *
     * @param text  the file's text, not null
     * @param afterRow  called after each row with the totals so far (for example to measure the heap), not null
     * @return the totals, not null
     * @throws IOException if the text cannot be read or its header is refused
     */
    public static InvoiceTotals judgeAll(Reader text, java.util.function.Consumer<InvoiceTotals> afterRow)
            throws IOException {
        InvoiceTotals totals = new InvoiceTotals();
        InvoiceAudit audit = InvoiceAudit.standard();
        try {
            InvoiceCsvReader.standard().read(text, new InvoiceCsvReader.Handler() {
                @Override
                public void invoice(PastInvoice invoice) {
                    totals.add(audit.judge(invoice));
                    afterRow.accept(totals);
                }

                @Override
                public void cannotJudge(InvoiceCsvReader.Problem problem) {
                    totals.addUnreadable();
                    afterRow.accept(totals);
                }

                @Override
                public void unreadable(long line, List<InvoiceCsvReader.Problem> problems) {
                    totals.addUnreadable();
                    afterRow.accept(totals);
                }
            });
        } catch (InvoiceCsvReader.RefusedException e) {
            throw new IOException(e.getMessage(), e);
        }
        return totals;
    }

    /**
     * Returns the summary in plain text: the counts, the refunds due, and the amount over and the invoices
     * overcharged by year, requester and rule.
     *
     * @param totals  the totals, not null
     * @return the text, not null
     */
    static String summary(InvoiceTotals totals) {
        StringBuilder text = new StringBuilder();
        text.append("Invoice audit: ").append(totals.rows()).append(" rows, ").append(totals.lawful())
                .append(" lawful, ").append(totals.undercharges()).append(" undercharged, ")
                .append(totals.overcharges()).append(" overcharged, ").append(totals.cannotJudge())
                .append(" could not be judged.\n");
        text.append("Refunds due: ").append(totals.refundsDue()).append('\n');
        section(text, "By year", totals.byYear(), totals.countByYear());
        section(text, "By requester", totals.byRequester(), totals.countByRequester());
        section(text, "By rule", totals.byRule(), totals.countByRule());
        return text.toString();
    }

    private static void section(StringBuilder text, String title, Map<?, Money> amounts, Map<?, Long> counts) {
        if (amounts.isEmpty()) {
            return;
        }
        text.append(title).append(":\n");
        amounts.forEach((key, money) -> text.append("  ").append(key).append(": ").append(money).append(" (")
                .append(invoices(counts.get(key))).append(")\n"));
    }

    private static String invoices(long count) {
        return String.format(Locale.ROOT, "%,d invoice%s", count, count == 1 ? "" : "s");
    }

    /** The states whose law applied besides HIPAA, as the file names them: US for HIPAA only. */
    private static String states(FeeContext context) {
        if (context.jurisdictions().isEmpty()) {
            return "US";
        }
        StringBuilder text = new StringBuilder();
        for (UsState state : context.jurisdictions()) {
            text.append(text.length() == 0 ? "" : " ").append(state.name());
        }
        return text.toString();
    }

    private static String cell(String text) {
        // A spreadsheet must not run a cell as a formula.
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Where findings go as they are found. */
    private interface FindingsWriter {
        void finding(InvoiceFinding finding);

        /** Writes a row not read (unreadable) or read but not judged. */
        void problem(InvoiceCsvReader.Problem problem, boolean unreadable);

        void finish(InvoiceTotals totals) throws IOException;
    }

    private static final class CsvFindings implements FindingsWriter {
        private final CSVPrinter printer;

        CsvFindings(Writer out) throws IOException {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
        }

        @Override
        public void finding(InvoiceFinding f) {
            PastInvoice i = f.invoice();
            FeeContext c = i.context();
            print(i.line(), cell(i.invoiceId()), c.receivedOn(), states(c), c.providerKind(), c.requesterRole(),
                    c.legalBasis(), f.verdict(), i.charged().amount(),
                    f.lawfulMaximum().map(m -> m.amount().toPlainString()).orElse(""), f.amountOver().amount(),
                    f.refundDue().amount(), f.rule().map(r -> r.ruleId()).orElse(""), "", f.reason());
        }

        @Override
        public void problem(InvoiceCsvReader.Problem p, boolean unreadable) {
            print(p.line(), "", "", "", "", "", "", unreadable ? "UNREADABLE" : "CANNOT_JUDGE", "", "", "", "", "",
                    unreadable ? p.column() : "", p.message());
        }

        private void print(Object... values) {
            try {
                printer.printRecord(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish(InvoiceTotals totals) throws IOException {
            printer.flush();
        }
    }

    private static final class HtmlFindings implements FindingsWriter {
        private final Writer out;

        HtmlFindings(Writer out, String fileName) throws IOException {
            this.out = out;
            out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Invoice audit: "
                    + AuditHtmlReport.escape(fileName) + "</title>\n<style>"
                    + "body{font-family:sans-serif;max-width:70em;margin:2em auto;color:#222}"
                    + "main{display:flex;flex-direction:column}#summary{order:-1}"
                    + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}"
                    + ".over{color:#a00;font-weight:bold}.ok{color:#060;font-weight:bold}"
                    + "</style></head><body><main>\n<h1 style=\"order:-2\">Invoice audit: "
                    + AuditHtmlReport.escape(fileName) + "</h1>\n<section id=\"findings\"><h2>Overcharges and rows"
                    + " not judged</h2>\n<table><tr><th>Line</th><th>Invoice</th><th>Received</th><th>State</th>"
                    + "<th>Requester</th><th>Charged</th><th>Lawful maximum</th><th>Refund due</th><th>Rule</th>"
                    + "<th>Why</th></tr>\n");
        }

        private void row(Object... cells) {
            try {
                out.write("<tr>");
                for (Object c : cells) {
                    out.write("<td>");
                    out.write(AuditHtmlReport.escape(String.valueOf(c)));
                    out.write("</td>");
                }
                out.write("</tr>\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finding(InvoiceFinding f) {
            PastInvoice i = f.invoice();
            FeeContext c = i.context();
            row(i.line(), i.invoiceId(), c.receivedOn(), states(c), c.requesterRole(), i.charged(),
                    f.lawfulMaximum().map(Money::toString).orElse("-"), f.refundDue(),
                    f.rule().map(r -> r.ruleId()).orElse(""), f.reason());
        }

        @Override
        public void problem(InvoiceCsvReader.Problem p, boolean unreadable) {
            row(p.line(), "", "", "", "", "", "-", unreadable ? "not read" : "not judged", "",
                    unreadable ? "column " + p.column() + ": " + p.message() : p.message());
        }

        @Override
        public void finish(InvoiceTotals t) throws IOException {
            StringBuilder h = new StringBuilder("</table></section>\n<section id=\"summary\"><h2>Summary</h2>\n<p>");
            h.append(t.rows()).append(" invoices read: ").append(t.lawful()).append(" lawful, ")
                    .append(t.undercharges()).append(" undercharged, <span class=\"")
                    .append(t.overcharges() > 0 ? "over" : "ok").append("\">").append(t.overcharges())
                    .append(" overcharged</span>, ").append(t.cannotJudge()).append(" could not be judged.</p>\n")
                    .append("<p>Refunds due in all: <span class=\"over\">").append(t.refundsDue())
                    .append("</span></p>\n");
            table(h, "Overcharges by year", "Year", t.byYear(), t.countByYear());
            table(h, "Overcharges by requester", "Requester", t.byRequester(), t.countByRequester());
            table(h, "Overcharges by rule", "Rule", t.byRule(), t.countByRule());
            h.append("<h3>Overcharges by month</h3>\n").append(chart(t.byMonth())).append("</section>\n");
            h.append("</main></body></html>\n");
            out.write(h.toString());
        }

        private static void table(StringBuilder h, String title, String key, Map<?, Money> amounts,
                Map<?, Long> counts) {
            h.append("<h3>").append(title).append("</h3>\n");
            if (amounts.isEmpty()) {
                h.append("<p>None.</p>\n");
                return;
            }
            h.append("<table><tr><th>").append(key).append("</th><th>Invoices</th><th>Refunds due</th></tr>\n");
            amounts.forEach((k, money) -> h.append("<tr><td>")
                    .append(AuditHtmlReport.escape(k instanceof RequesterRole r ? r.name() : String.valueOf(k)))
                    .append("</td><td>").append(counts.get(k)).append("</td><td>").append(money)
                    .append("</td></tr>\n"));
            h.append("</table>\n");
        }
    }

    /**
     * Draws the amount over by month as an inline SVG bar chart, one bar per month from the first to the last
     * with an overcharge, each with its month and amount as a tooltip; no script.
     *
     * @param byMonth  the amounts, not null
     * @return the SVG element, or a sentence when there is nothing to draw
     */
    static String chart(SortedMap<YearMonth, Money> byMonth) {
        if (byMonth.isEmpty()) {
            return "<p>No overcharges.</p>\n";
        }
        YearMonth first = byMonth.firstKey();
        YearMonth last = byMonth.lastKey();
        int months = (int) Math.min(600, first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        long max = 1;
        for (Money m : byMonth.values()) {
            max = Math.max(max, m.toCents());
        }
        int width = 720;
        int height = 220;
        int left = 70;
        int bottom = 30;
        double bar = (double) (width - left - 10) / months;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"Amount over by month\">\n");
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(height - bottom).append("\" x2=\"")
                .append(width - 10).append("\" y2=\"").append(height - bottom).append("\" stroke=\"#444\"/>\n");
        svg.append("<text x=\"").append(left - 5).append("\" y=\"15\" text-anchor=\"end\" font-size=\"11\">")
                .append(Money.ofCents(max)).append("</text>\n");
        svg.append("<text x=\"").append(left - 5).append("\" y=\"").append(height - bottom)
                .append("\" text-anchor=\"end\" font-size=\"11\">$0</text>\n");
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            Money amount = byMonth.getOrDefault(month, Money.ZERO);
            double h = (double) amount.toCents() / max * (height - bottom - 20);
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#a33\"><title>%s: %s</title>"
                            + "</rect>%n", left + i * bar + bar * 0.1, height - bottom - h, Math.max(bar * 0.8, 0.5), h,
                    month, amount));
        }
        svg.append("<text x=\"").append(left).append("\" y=\"").append(height - 10).append("\" font-size=\"11\">")
                .append(first).append("</text>\n");
        svg.append("<text x=\"").append(width - 10).append("\" y=\"").append(height - 10)
                .append("\" text-anchor=\"end\" font-size=\"11\">").append(last).append("</text>\n</svg>\n");
        return svg.toString();
    }

    /** Counts the bytes read, for the share of the file done. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }

    /** Progress at most once a second (every 1,024 rows at most): a bar on a terminal, plain lines otherwise. */
    private static final class Progress {
        private final PrintStream err;
        private final boolean terminal;
        private final long size;
        private final CountingStream counted;
        private final long every;
        private final long start = System.nanoTime();
        private long next;
        private boolean drawn;

        Progress(PrintStream err, boolean terminal, long size, CountingStream counted, long everyNanos) {
            this.err = err;
            this.terminal = terminal;
            this.size = size;
            this.counted = counted;
            this.every = everyNanos;
            this.next = start + everyNanos;
        }

        void row(InvoiceTotals totals) {
            if ((totals.rows() & 1023) != 0) {
                return;
            }
            long now = System.nanoTime();
            if (now < next) {
                return;
            }
            next = now + every;
            show(totals, now);
        }

        private void show(InvoiceTotals totals, long now) {
            double seconds = Math.max((now - start) / 1e9, 1e-3);
            double share = size == 0 ? 1 : Math.min(1, (double) counted.count() / size);
            long rate = (long) (totals.rows() / seconds);
            if (terminal) {
                int filled = (int) (share * 30);
                long left = share <= 0 ? 0 : (long) (seconds / share - seconds);
                err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% %,d rows, %,d rows/s, %d:%02d left, %,d over  ",
                        "#".repeat(filled), " ".repeat(30 - filled), (int) (share * 100), totals.rows(), rate,
                        left / 60, left % 60, totals.overcharges()));
                drawn = true;
            } else {
                err.println(String.format(Locale.ROOT, "AuditInvoices: %d rows judged (%d%%), %d rows/s, %d overcharged",
                        totals.rows(), (int) (share * 100), rate, totals.overcharges()));
            }
            err.flush();
        }

        void done(InvoiceTotals totals) {
            if (drawn) {
                show(totals, System.nanoTime());
                err.println();
            }
        }
    }
}
