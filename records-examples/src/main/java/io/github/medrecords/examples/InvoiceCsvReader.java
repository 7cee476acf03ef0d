package io.github.medrecords.examples;

import io.github.medrecords.core.fee.CopyFormat;
import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.PastInvoice;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a billing system's CSV export of past invoices (docs/invoice-file.md) row by row with Apache Commons
 * CSV: RFC 4180 quoting, CRLF or LF, a byte-order mark, the header in any order, and a mapping from our column
 * names to the billing system's own. A row that cannot be turned into an invoice is reported with its line and
 * column and reading goes on. So does text that is not CSV: {@link RecordFramer} finds where each row ends
 * before Commons CSV parses it, reports a quote never closed, a character after a closing quote or a row
 * longer than {@value #MAX_ROW} characters by line and column, and reads on from the next line. Holds one row
 * at a time. Messages never repeat a cell's value, which might be protected health information typed into the
 * wrong column.
 */
final class InvoiceCsvReader {

    /** The longest cell read as a value; longer ones are reported. */
    static final int MAX_FIELD = 1_000;
    /** The longest row read; a longer one is reported and skipped. */
    static final int MAX_ROW = RecordFramer.MAX_ROW;
    /** The most media a row may count. */
    static final int MAX_MEDIA = 10_000;

    /** The format Commons CSV parses each framed row in; the header is read from the file. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(true).get();

    /** Our column names, in the order of the documentation. */
    enum Column {
        INVOICE_ID(false), RECEIVED_ON(true), STATE(true), PROVIDER_KIND(false), REQUESTER_ROLE(true),
        LEGAL_BASIS(true), PURPOSE(false),
        CLAIM_DOCUMENTED(false), FIRST_COPY(false), COPY_FORMAT(false), RECORD_KEEPING(true), DELIVERY(true), PAGES(true), MEDIA(false),
        CHARGED(true), POSTAGE(false), PER_PAGE_CHARGED(false), SEARCH_FEE(false), COST_DOCUMENTED(false);

        final boolean required;

        Column(boolean required) {
            this.required = required;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a row's invoice or its problems go. */
    interface Handler {
        /**
         * Takes a readable row.
         *
         * @param invoice  the invoice, with the line the row starts on (the header being line 1)
         */
        void invoice(PastInvoice invoice);

        /**
         * Takes a row that was read but whose facts make no request the law can be applied to (a role that may not
         * rely on the basis, postage on a delivery that is not mailed, ...).
         *
         * @param problem  the line, "-" for the column, and why
         */
        void cannotJudge(Problem problem);

        /**
         * Takes a row that could not be read, with every problem found in it.
         *
         * @param line  the line the row starts on
         * @param problems  one or more problems
         */
        void unreadable(long line, List<Problem> problems);
    }

    /**
     * One problem with a row.
     *
     * @param line  the line the row starts on
     * @param column  the column (our name, with the file's in brackets where mapped), or "-" for the whole row
     * @param message  what is wrong, without the value
     */
    record Problem(long line, String column, String message) {
        @Override
        public String toString() {
            return "line " + line + ", column " + column + ": " + message;
        }
    }

    /** A file the reader refuses before its first row: a header without a required column. */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private final Map<Column, String> names;

    private InvoiceCsvReader(Map<Column, String> names) {
        this.names = names;
    }

    /**
     * Returns a reader for files with our own column names.
     *
     * @return the reader
     */
    static InvoiceCsvReader standard() {
        Map<Column, String> names = new LinkedHashMap<>();
        for (Column c : Column.values()) {
            names.put(c, c.key());
        }
        return new InvoiceCsvReader(names);
    }

    /**
     * Returns a reader for a billing system's own column names: a properties file of {@code our_name = their
     * name} lines; a column not named keeps our name.
     *
     * @param mapping  the mapping file's text
     * @return the reader
     * @throws IOException if the mapping cannot be read
     * @throws RefusedException if it names a column we do not know
     */
    static InvoiceCsvReader mapped(Reader mapping) throws IOException, RefusedException {
        Properties properties = new Properties();
        properties.load(mapping);
        Map<Column, String> names = new LinkedHashMap<>();
        for (Column c : Column.values()) {
            names.put(c, c.key());
        }
        List<String> unknown = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            Column column = column(key);
            if (column == null) {
                unknown.add(key);
            } else {
                names.put(column, properties.getProperty(key).strip());
            }
        }
        if (!unknown.isEmpty()) {
            unknown.sort(null);
            throw new RefusedException("The mapping names columns the invoice file does not have: " + unknown
                    + "; known: " + Arrays.stream(Column.values()).map(Column::key).toList());
        }
        return new InvoiceCsvReader(names);
    }

    private static Column column(String key) {
        for (Column c : Column.values()) {
            if (c.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }

    /**
     * Reads every row, giving each to the handler.
     *
     * @param text  the file's text (decoded; a byte-order mark is skipped)
     * @param handler  where rows go
     * @return the number of rows read (readable or not)
     * @throws IOException if the text cannot be read
     * @throws RefusedException if the header is not CSV, lacks a required column or the file is empty
     */
    long read(Reader text, Handler handler) throws IOException, RefusedException {
        RecordFramer framer = new RecordFramer(text);
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(framer).setFormat(FORMAT.builder().setHeader().get()).get();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new RefusedException("The header (line 1) is not a CSV header: " + safe(e));
        }
        Object first = framer.events.poll();
        if (first instanceof Problem p) {
            throw new RefusedException("The header (line " + p.line() + ") is not CSV: " + p.message());
        }
        Map<String, Integer> header = parser.getHeaderMap();
        if (first == null || header == null || header.isEmpty()) {
            throw new RefusedException("The file is empty: no header on line 1");
        }
        int[] index = new int[Column.values().length];
        List<String> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            Integer i = header.get(names.get(c));
            if (i == null) {
                i = headerIgnoringCase(header, names.get(c));
            }
            index[c.ordinal()] = i == null ? -1 : i;
            if (i == null && c.required) {
                missing.add(label(c));
            }
        }
        if (!missing.isEmpty()) {
            throw new RefusedException("The header (line " + first + ") lacks required columns " + missing
                    + "; see docs/invoice-file.md or give a mapping file");
        }
        List<String> headerNames = parser.getHeaderNames();
        framer.columnNames(headerNames);
        long rows = 0;
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                // Not expected: the framer hands Commons CSV only rows that RFC 4180 allows. Should the two ever
                // disagree, the row is reported and a new parser starts at the next row.
                rows += flushProblems(framer, handler);
                long line = framer.dropCurrent();
                rows++;
                handler.unreadable(line, List.of(new Problem(line, "-", "not CSV (" + safe(e) + ")")));
                parser = CSVParser.builder().setReader(framer)
                        .setFormat(FORMAT.builder().setHeader(headerNames.toArray(String[]::new))
                                .setSkipHeaderRecord(false).get()).get();
                records = parser.iterator();
                continue;
            }
            rows += flushProblems(framer, handler);
            long line = (Long) framer.events.poll();
            rows++;
            row(line, record, index, handler);
        }
        rows += flushProblems(framer, handler);
        parser.close();
        return rows;
    }

    private static long flushProblems(RecordFramer framer, Handler handler) {
        long count = 0;
        while (framer.events.peek() instanceof Problem p) {
            framer.events.poll();
            handler.unreadable(p.line(), List.of(p));
            count++;
        }
        return count;
    }

    private static Integer headerIgnoringCase(Map<String, Integer> header, String name) {
        for (Map.Entry<String, Integer> e : header.entrySet()) {
            if (e.getKey() != null && e.getKey().strip().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String safe(Exception e) {
        // Commons CSV's messages name positions and characters, not cell values.
        String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : String.valueOf(e.getMessage());
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

    private String label(Column c) {
        String theirs = names.get(c);
        return theirs.equals(c.key()) ? c.key() : c.key() + " [" + theirs + "]";
    }

    private void row(long line, CSVRecord record, int[] index, Handler handler) {
        Cells cells = new Cells(line, record, index);
        LocalDate received = cells.date(Column.RECEIVED_ON);
        UsState state = cells.state(Column.STATE);
        ProviderKind provider = cells.choice(Column.PROVIDER_KIND, ProviderKind.class, ProviderKind.PHYSICIAN);
        RequesterRole role = cells.choice(Column.REQUESTER_ROLE, RequesterRole.class, null);
        LegalBasis basis = cells.choice(Column.LEGAL_BASIS, LegalBasis.class, null);
        PurposeKind purpose = cells.choice(Column.PURPOSE, PurposeKind.class, PurposeKind.AT_REQUEST_OF_INDIVIDUAL);
        Boolean claim = cells.yesNo(Column.CLAIM_DOCUMENTED);
        Boolean first = cells.yesNo(Column.FIRST_COPY);
        CopyFormat copy = cells.choice(Column.COPY_FORMAT, CopyFormat.class, null);
        RecordKeeping keeping = cells.choice(Column.RECORD_KEEPING, RecordKeeping.class, null);
        DeliveryMethod delivery = cells.choice(Column.DELIVERY, DeliveryMethod.class, null);
        int pages = cells.count(Column.PAGES, FeeContext.MAX_PAGES);
        int media = cells.count(Column.MEDIA, MAX_MEDIA);
        Money charged = cells.money(Column.CHARGED);
        Money postage = cells.money(Column.POSTAGE);
        Money perPage = cells.money(Column.PER_PAGE_CHARGED);
        Money search = cells.money(Column.SEARCH_FEE);
        Boolean cost = cells.yesNo(Column.COST_DOCUMENTED);
        String id = cells.text(Column.INVOICE_ID);
        if (!cells.problems.isEmpty()) {
            handler.unreadable(line, cells.problems);
            return;
        }
        FeeContext context;
        try {
            FeeContext.Builder b = FeeContext.builder(basis, role, delivery, received).providerKind(provider)
                    .purpose(purpose)
                    .claimDocumented(claim).firstCopy(first).recordKeeping(keeping).pages(pages).media(media).postage(postage);
            if (copy != null) {
                b.copyFormat(copy);
            }
            // The file names no record types: pages are records other than images, media are images.
            if (pages > 0 || media == 0) {
                b.recordType(RecordType.OTHER_DOCUMENTS);
            }
            if (media > 0) {
                b.recordType(RecordType.XRAY_IMAGES);
            }
            if (state != null) {
                b.jurisdiction(state);
            }
            context = b.build();
        } catch (IllegalArgumentException e) {
            handler.cannotJudge(new Problem(line, "-", e.getMessage()));
            return;
        }
        try {
            handler.invoice(PastInvoice.builder(context, charged).invoiceId(id).line(line).perPageCharged(perPage)
                    .searchFee(search).costDocumented(cost).build());
        } catch (IllegalArgumentException e) {
            handler.unreadable(line, List.of(new Problem(line, label(Column.CHARGED), e.getMessage())));
        }
    }

    /** One row's cells, parsed column by column, every problem collected. */
    private final class Cells {
        final long line;
        final CSVRecord record;
        final int[] index;
        final List<Problem> problems = new ArrayList<>(2);

        Cells(long line, CSVRecord record, int[] index) {
            this.line = line;
            this.record = record;
            this.index = index;
        }

        /** Returns the cell, "" for an absent optional column, null (with a problem) when unusable. */
        String raw(Column c) {
            int i = index[c.ordinal()];
            if (i < 0) {
                return "";
            }
            if (i >= record.size()) {
                problems.add(new Problem(line, label(c), "missing: the row has " + record.size() + " of "
                        + record.getParser().getHeaderNames().size() + " columns"));
                return null;
            }
            String value = record.get(i);
            if (value.length() > MAX_FIELD) {
                problems.add(new Problem(line, label(c), "value of " + value.length()
                        + " characters, longer than " + MAX_FIELD));
                return null;
            }
            if (value.isEmpty() && c.required) {
                problems.add(new Problem(line, label(c), "empty, but required"));
                return null;
            }
            return value;
        }

        String text(Column c) {
            String v = raw(c);
            if (v != null && v.length() > PastInvoice.MAX_INVOICE_ID) {
                problems.add(new Problem(line, label(c), "longer than " + PastInvoice.MAX_INVOICE_ID + " characters"));
            }
            return v == null ? "" : v;
        }

        LocalDate date(Column c) {
            String v = raw(c);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(line, label(c), "not a date (yyyy-mm-dd)"));
                return null;
            }
        }

        UsState state(Column c) {
            String v = raw(c);
            if (v == null) {
                return null;
            }
            if (v.equalsIgnoreCase("US")) {
                return null;
            }
            UsState state = v.length() == 2 ? UsState.fromCode(v).orElse(null) : null;
            if (state == null) {
                problems.add(new Problem(line, label(c), "not a US state code (two letters, or US for HIPAA only)"));
            }
            return state;
        }

        <E extends Enum<E>> E choice(Column c, Class<E> type, E absent) {
            String v = raw(c);
            if (v == null) {
                return null;
            }
            if (v.isEmpty()) {
                return absent;
            }
            String name = v.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            problems.add(new Problem(line, label(c), "not one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }

        Boolean yesNo(Column c) {
            String v = raw(c);
            if (v == null) {
                return Boolean.FALSE;
            }
            switch (v.toLowerCase(Locale.ROOT)) {
                case "", "no", "n", "false", "0":
                    return Boolean.FALSE;
                case "yes", "y", "true", "1":
                    return Boolean.TRUE;
                default:
                    problems.add(new Problem(line, label(c), "not yes or no"));
                    return Boolean.FALSE;
            }
        }

        int count(Column c, int max) {
            String v = raw(c);
            if (v == null || v.isEmpty()) {
                return 0;
            }
            try {
                int n = Integer.parseInt(v);
                if (n < 0) {
                    problems.add(new Problem(line, label(c), "negative"));
                } else if (n > max) {
                    problems.add(new Problem(line, label(c), "more than " + max));
                }
                return n;
            } catch (NumberFormatException e) {
                problems.add(new Problem(line, label(c), "not a whole number"));
                return 0;
            }
        }

        Money money(Column c) {
            String v = raw(c);
            if (v == null) {
                return Money.ZERO;
            }
            if (v.isEmpty()) {
                return Money.ZERO;
            }
            try {
                Money m = Money.parse(v);
                if (m.isNegative()) {
                    problems.add(new Problem(line, label(c), "negative amount"));
                }
                return m;
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(new Problem(line, label(c), "not an amount in dollars and cents"));
                return Money.ZERO;
            }
        }
    }
}
