package io.github.medrecords.examples;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes a seeded invoice file (docs/invoice-file.md) whose verdicts are known by construction, for the tests
 * and the benchmark: lawful invoices under Connecticut's and Texas's page schedules, HIPAA's flat fee (and more
 * with a documented cost) and a documented Social Security claim, and overcharges of every kind the fee rules
 * detect, each with the amount over worked out here from the law's figures (never by asking the audit): over
 * a page schedule, Connecticut's $0.65 a page (R5.2) or Texas's paper schedule (TX.1); a per-page fee for
 * electronically kept records (method prohibited, R2.5); over HIPAA's $6.50 flat fee (R2.3); a fee where the
 * law makes the request free, a documented Social Security claim in Connecticut (R5.5), a provider's transfer
 * supporting a benefit claim in New York (NY.3) or portal access (R2.2); under a cost-based fee, a search fee
 * to a patient or more than postage without a documented cost (R2.1); and images on a CD charged without a
 * documented cost of materials in Connecticut (R5.4: the lawful maximum is then R5.2's page fee).
 */
public final class InvoiceFileGenerator {

    /** The header, in the documentation's order. */
    public static final String HEADER = "invoice_id,received_on,state,requester_role,legal_basis,purpose,"
            + "claim_documented,copy_format,record_keeping,delivery,pages,media,charged,postage,per_page_charged,"
            + "search_fee,cost_documented";

    private final SplittableRandom random;
    private final double overchargeShare;
    private final String newline;
    private long rows;
    private long overcharges;
    private long overCents;
    private final Map<String, Long> overCentsByRule = new TreeMap<>();

    /**
     * Starts a generator.
     *
     * @param seed  the seed: the same seed writes the same file
     * @param overchargeShare  the share of rows overcharged, 0 to 1
     * @param crlf  true for CRLF line ends (as spreadsheets write), false for LF
     */
    public InvoiceFileGenerator(long seed, double overchargeShare, boolean crlf) {
        this.random = new SplittableRandom(seed);
        this.overchargeShare = overchargeShare;
        this.newline = crlf ? "\r\n" : "\n";
    }

    /**
     * Writes a generated file: {@code InvoiceFileGenerator <rows> <file> [overcharge share, 0.1] [seed, 18]},
     * CRLF line ends, and prints what it holds (rows, overcharges, refunds due).
     *
     * @param args  the number of rows, the file, optionally the share overcharged and the seed
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: InvoiceFileGenerator <rows> <file> [overcharge share] [seed]");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        InvoiceFileGenerator generator = new InvoiceFileGenerator(args.length > 3 ? Long.parseLong(args[3]) : 18,
                args.length > 2 ? Double.parseDouble(args[2]) : 0.1, true);
        try (Writer out = java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(args[1]),
                java.nio.charset.StandardCharsets.UTF_8)) {
            generator.write(out, count);
        }
        System.out.println(args[1] + ": " + generator.rows() + " rows, " + generator.overcharges()
                + " overcharged, refunds due " + BigDecimal.valueOf(generator.overCents(), 2).toPlainString()
                + ", in cents by rule " + new TreeMap<>(generator.overCentsByRule()));
    }

    /**
     * Writes the header and rows.
     *
     * @param out  where to write, not null
     * @param count  how many rows
     * @throws IOException if writing fails
     */
    public void write(Writer out, long count) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(HEADER);
        out.write(newline);
        StringBuilder line = new StringBuilder(160);
        for (long i = 0; i < count; i++) {
            line.setLength(0);
            row(line, i);
            out.append(line).append(newline);
        }
    }

    private void row(StringBuilder line, long n) {
        rows++;
        LocalDate day = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(5 * 365));
        int pages = 1 + random.nextInt(300);
        boolean over = random.nextDouble() < overchargeShare;
        int kind = random.nextInt(over ? 10 : 5);
        long extra = 1 + random.nextInt(5000);
        String id = "INV-" + n;
        if (!over) {
            switch (kind) {
                case 0 -> csv(line, id, day, "CT", "THIRD_PARTY", "AUTHORIZATION", "", "no", "PAPER", "PAPER",
                        "PAPER_BY_MAIL", pages, 65L * pages + 120 - random.nextInt(Math.min(100, 65 * pages)), 120, 0, 0, false);
                case 1 -> csv(line, id, day, "US", "PATIENT", "INDIVIDUAL_ACCESS", "", "no", "", "ELECTRONIC",
                        "SECURE_LINK", pages, 650 - random.nextInt(300), 0, 0, 0, false);
                case 2 -> csv(line, id, day, "TX", "THIRD_PARTY", "AUTHORIZATION", "", "no", "PAPER", "PAPER",
                        "PAPER_BY_MAIL", pages, texasPaper(pages), 0, 0, 0, false);
                case 3 -> csv(line, id, day, "US", "PATIENT", "INDIVIDUAL_ACCESS", "", "no", "", "ELECTRONIC",
                        "SECURE_LINK", pages, 650 + extra, 0, 0, 0, true);
                default -> csv(line, id, day, "CT", "THIRD_PARTY", "AUTHORIZATION", "SOCIAL_SECURITY_CLAIM", "yes",
                        "PAPER", "PAPER", "PAPER_BY_MAIL", pages, 0, 0, 0, 0, false);
            }
            return;
        }
        overcharges++;
        switch (kind) {
            case 0 -> over(line, "R5.2", extra, id, day, "CT", "THIRD_PARTY", "AUTHORIZATION", "", "no", "PAPER",
                    "PAPER", "PAPER_BY_MAIL", pages, 65L * pages + 120 + extra, 120, 0, 0, false);
            case 1 -> over(line, "TX.1", extra, id, day, "TX", "THIRD_PARTY", "AUTHORIZATION", "", "no", "PAPER",
                    "PAPER", "PAPER_BY_MAIL", pages, texasPaper(pages) + extra, 0, 0, 0, false);
            case 2 -> {
                long perPage = Math.min(5L * pages, 650);
                over(line, "R2.5", perPage, id, day, "US", "PATIENT", "INDIVIDUAL_ACCESS", "", "no", "ELECTRONIC",
                        "ELECTRONIC", "SECURE_LINK", pages, perPage, 0, perPage, 0, false);
            }
            case 3 -> over(line, "R2.3", extra, id, day, "US", "PATIENT", "INDIVIDUAL_ACCESS", "", "no", "",
                    "ELECTRONIC", "SECURE_LINK", pages, 650 + extra, 0, 0, 0, false);
            case 4 -> over(line, "R5.5", extra, id, day, "CT", "THIRD_PARTY", "AUTHORIZATION",
                    "SOCIAL_SECURITY_CLAIM", "yes", "PAPER", "PAPER", "PAPER_BY_MAIL", pages, extra, 0, 0, 0, false);
            case 5 -> over(line, "NY.3", extra, id, day, "NY", "PROVIDER", "TREATMENT", "GOVERNMENT_BENEFIT_CLAIM",
                    "no", "", "ELECTRONIC", "DIRECT_TO_PROVIDER", pages, extra, 0, 0, 0, false);
            case 6 -> over(line, "R2.1", extra, id, day, "US", "PATIENT", "INDIVIDUAL_ACCESS", "", "no", "PAPER",
                    "PAPER", "PAPER_BY_MAIL", pages, 10L * pages + 120 + extra, 120, 0, extra, true);
            case 7 -> over(line, "R2.1", extra, id, day, "US", "PATIENT", "INDIVIDUAL_ACCESS", "", "no", "PAPER",
                    "PAPER", "PAPER_BY_MAIL", pages, 120 + extra, 120, 0, 0, false);
            case 8 -> over(line, "R2.2", extra, id, day, "US", "PATIENT", "INDIVIDUAL_ACCESS", "", "no", "",
                    "ELECTRONIC", "PORTAL_DOWNLOAD", pages, extra, 0, 0, 0, false);
            default -> {
                // Images on a CD with the pages: without a documented cost of materials (R5.4) the CD may cost
                // nothing, so the lawful maximum is Connecticut's page fee and the CD's charge is over it.
                overCents += extra;
                overCentsByRule.merge("R5.2", extra, Long::sum);
                csv(line, id, day, "CT", "THIRD_PARTY", "AUTHORIZATION", "", "no", "PAPER", "PAPER", "PAPER_BY_MAIL",
                        pages, 1, 65L * pages + 120 + extra, 120, 0, 0, false);
            }
        }
    }

    private static long texasPaper(int pages) {
        return 2500 + 50L * Math.max(0, pages - 20);
    }

    private void over(StringBuilder line, String rule, long overBy, String id, LocalDate day, String state,
            String role, String basis, String purpose, String claim, String copy, String keeping, String delivery,
            int pages, long charged, long postage, long perPage, long search, boolean cost) {
        overCents += overBy;
        overCentsByRule.merge(rule, overBy, Long::sum);
        csv(line, id, day, state, role, basis, purpose, claim, copy, keeping, delivery, pages, charged, postage,
                perPage, search, cost);
    }

    private static void csv(StringBuilder line, String id, LocalDate day, String state, String role, String basis,
            String purpose, String claim, String copy, String keeping, String delivery, int pages, long charged,
            long postage, long perPage, long search, boolean cost) {
        csv(line, id, day, state, role, basis, purpose, claim, copy, keeping, delivery, pages, 0, charged, postage,
                perPage, search, cost);
    }

    private static void csv(StringBuilder line, String id, LocalDate day, String state, String role, String basis,
            String purpose, String claim, String copy, String keeping, String delivery, int pages, int media,
            long charged, long postage, long perPage, long search, boolean cost) {
        line.append(id).append(',').append(day).append(',').append(state).append(',').append(role).append(',')
                .append(basis).append(',').append(purpose).append(',').append(claim).append(',').append(copy)
                .append(',').append(keeping).append(',').append(delivery).append(',').append(pages).append(',')
                .append(media).append(',')
                .append(dollars(charged)).append(',').append(dollars(postage)).append(',').append(dollars(perPage))
                .append(',').append(dollars(search)).append(',').append(cost ? "yes" : "no");
    }

    private static String dollars(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /**
     * Returns the rows written.
     *
     * @return zero or more
     */
    public long rows() {
        return rows;
    }

    /**
     * Returns the overcharged rows written.
     *
     * @return zero or more
     */
    public long overcharges() {
        return overcharges;
    }

    /**
     * Returns the refunds due in all, in cents.
     *
     * @return zero or more
     */
    public long overCents() {
        return overCents;
    }

    /**
     * Returns the refunds due by rule id, in cents.
     *
     * @return the map in rule order, not null
     */
    public Map<String, Long> overCentsByRule() {
        return Map.copyOf(overCentsByRule);
    }
}
