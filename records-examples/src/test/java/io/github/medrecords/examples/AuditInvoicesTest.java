package io.github.medrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditInvoicesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AuditInvoices.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private Path generated(String name, long seed, double share, int rows, InvoiceFileGenerator[] holder)
            throws IOException {
        Path file = dir.resolve(name);
        InvoiceFileGenerator generator = new InvoiceFileGenerator(seed, share, true);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            generator.write(w, rows);
        }
        holder[0] = generator;
        return file;
    }

    private List<CSVRecord> findings(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void everyGeneratedOverchargeIsFoundWithItsAmountAndRule() throws IOException {
        InvoiceFileGenerator[] g = new InvoiceFileGenerator[1];
        Path file = generated("mixed.csv", 18, 0.4, 3_000, g);
        Path target = dir.resolve("findings.csv");

        int status = run(file.toString(), "--out", target.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(AuditInvoices.OVERCHARGES);
        List<CSVRecord> rows = findings(target);
        assertThat(rows).hasSize((int) g[0].overcharges()).allSatisfy(r -> assertThat(r.get("verdict"))
                .isEqualTo("OVERCHARGE"));
        Map<String, Long> byRule = new HashMap<>();
        for (CSVRecord r : rows) {
            byRule.merge(r.get("rule"), new BigDecimal(r.get("refund_due")).movePointRight(2).longValueExact(),
                    Long::sum);
            assertThat(new BigDecimal(r.get("lawful_maximum")).add(new BigDecimal(r.get("amount_over"))))
                    .isEqualByComparingTo(new BigDecimal(r.get("charged")));
        }
        assertThat(byRule).isEqualTo(g[0].overCentsByRule());
        assertThat(byRule).containsOnlyKeys("R5.2", "TX.1", "R2.5", "R2.3", "R5.5", "NY.3", "R2.1", "R2.2");
        assertThat(rows.stream().map(r -> r.get("reason")).distinct()).containsExactlyInAnyOrder(
                "over the lawful maximum", "free by law", "a per-page fee the law does not permit",
                "search and retrieval, which is not an allowable cost (R2.2)");
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("3000 rows").contains(g[0].overcharges() + " overcharged")
                .contains("Refunds due: " + io.github.medrecords.core.money.Money.ofCents(g[0].overCents()))
                .contains("By year:").contains("By requester:").contains("By rule:");
        long countedByRule = 0;
        for (String line : summary.substring(summary.indexOf("By rule:")).lines().skip(1).toList()) {
            countedByRule += Long.parseLong(line.replaceAll(".*\\(([\\d,]+) invoices?\\)$", "$1").replace(",", ""));
        }
        assertThat(countedByRule).isEqualTo(g[0].overcharges());
    }

    @Test
    void aFileOfLawfulInvoicesFindsNothing() throws IOException {
        InvoiceFileGenerator[] g = new InvoiceFileGenerator[1];
        Path file = generated("lawful.csv", 7, 0, 2_000, g);

        int status = run(file.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(AuditInvoices.NOTHING_FOUND);
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(
                "line,invoice_id,received_on,state,provider_kind,requester_role,legal_basis,verdict,charged,lawful_maximum,"
                        + "amount_over,refund_due,rule,column,reason");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("2000 rows, 2000 lawful").contains("0 overcharged");
    }

    @Test
    void malformedRowsAreReportedByLineAndColumnAndTheRestIsJudged() throws IOException {
        String huge = "x".repeat(1_048_576);
        String text = "pages,charged,state,received_on,requester_role,legal_basis,record_keeping,delivery,"
                + "invoice_id\r\n"
                + "100,80.00,CT,2024-03-04,THIRD_PARTY,AUTHORIZATION,PAPER,PAPER_BY_MAIL,\"A,1\"\r\n"
                + "100,80.00,CT,2024-03-04,THIRD_PARTY\r\n"
                + "100,80.00,CT,2024-02-30,THIRD_PARTY,AUTHORIZATION,PAPER,PAPER_BY_MAIL,A3\r\n"
                + "100,80.00,ZZ,2024-03-04,THIRD_PARTY,AUTHORIZATION,PAPER,PAPER_BY_MAIL,A4\r\n"
                + "100,-5.00,CT,2024-03-04,THIRD_PARTY,AUTHORIZATION,PAPER,PAPER_BY_MAIL,A5\r\n"
                + "100,80.00,CT,2024-03-04,THIRD_PARTY,AUTHORIZATION,\"" + huge + "\",PAPER_BY_MAIL,A6\r\n"
                + "100,\"65.00\",CT,2024-03-04,THIRD_PARTY,AUTHORIZATION,PAPER,PAPER_BY_MAIL,\"multi\r\nline\"\r\n"
                + "100,80.00,CT,2024-03-04,PATIENT,TREATMENT,PAPER,PAPER_BY_MAIL,A9\r\n";
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Path target = dir.resolve("findings.csv");

        int status = run(file.toString(), "--out", target.toString());

        assertThat(status).isEqualTo(AuditInvoices.NOT_JUDGED);
        List<String> lines = new ArrayList<>();
        for (CSVRecord r : findings(target)) {
            lines.add(r.get("line") + " " + r.get("verdict") + " " + r.get("column") + " " + r.get("rule"));
        }
        assertThat(lines).containsExactly(
                "2 OVERCHARGE  R5.2",
                "3 UNREADABLE legal_basis ",
                "3 UNREADABLE record_keeping ",
                "3 UNREADABLE delivery ",
                "3 UNREADABLE invoice_id ",
                "4 UNREADABLE received_on ",
                "5 UNREADABLE state ",
                "6 UNREADABLE charged ",
                "7 UNREADABLE record_keeping ",
                "10 CANNOT_JUDGE  ")
                .doesNotContain(huge);
        assertThat(findings(target).get(0).get("invoice_id")).isEqualTo("A,1");
        assertThat(findings(target).get(1).get("reason")).isEqualTo("missing: the row has 5 of 9 columns");
        assertThat(findings(target).get(5).get("reason")).isEqualTo("not a date (yyyy-mm-dd)");
        assertThat(findings(target).get(6).get("reason")).startsWith("not a US state code");
        assertThat(findings(target).get(7).get("reason")).isEqualTo("negative amount");
        assertThat(findings(target).get(8).get("reason")).contains("1048576 characters");
        assertThat(findings(target).get(9).get("reason")).contains("may not rely on");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("8 rows, 1 lawful").contains("1 overcharged")
                .contains("6 could not be judged");
    }

    @Test
    void textThatIsNotCsvIsReportedByLineAndColumnAndTheRowsAfterItAreJudged() throws IOException {
        InvoiceFileGenerator[] g = new InvoiceFileGenerator[1];
        Path file = generated("broken.csv", 3, 0, 5, g);
        StringBuilder later = new StringBuilder("INV-X,2024-01-01,CT,\"THIRD_PARTY\"x,AUTH\r\n\"never closed")
                .append("z".repeat(100)).append("\r\n");
        for (int i = 0; i < 3; i++) {
            later.append("L").append(i).append(",2024-03-04,US,PATIENT,INDIVIDUAL_ACCESS,,no,,ELECTRONIC,SECURE_LINK,")
                    .append("10,0,6.50,0,0,0,no\r\n");
        }
        Files.writeString(file, later, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        int status = run(file.toString());

        assertThat(status).isEqualTo(AuditInvoices.NOT_JUDGED);
        String findings = out.toString(StandardCharsets.UTF_8);
        assertThat(findings).contains("7,,,,,,,UNREADABLE,,,,,,requester_role,not CSV: a character after the closing"
                + " quote; the row is skipped")
                .contains("8,,,,,,,UNREADABLE,,,,,,invoice_id,not CSV: a quote opened in this column is never closed"
                        + " (the file ends first) (the quote opens on line 8)")
                .doesNotContain("zzz");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("10 rows, 8 lawful").contains("2 could not be judged");
    }

    @Test
    void brokenRowsAmongGeneratedOnesCostOneRowEachAndEveryOtherRowIsJudged() throws IOException {
        InvoiceFileGenerator generator = new InvoiceFileGenerator(21, 0.3, true);
        java.io.StringWriter text = new java.io.StringWriter();
        generator.write(text, 3_000);
        List<String> lines = new ArrayList<>(List.of(text.toString().split("\r\n")));
        Map<Integer, String> broken = new java.util.TreeMap<>();
        broken.put(100, "INV-Q,2024-01-01,CT,\"THIRD_PARTY,AUTHORIZATION,,no,PAPER,PAPER,PAPER_BY_MAIL,10,0,6.5,0,0,0,no");
        broken.put(400, "\"ab\"x,2024-01-01,CT,THIRD_PARTY,AUTHORIZATION,,no,PAPER,PAPER,PAPER_BY_MAIL,10,0,6,0,0,0,no");
        broken.put(700, "INV-S,\"2024-01-01,CT");
        broken.put(703, "x\",9");
        broken.put(1_000, "w".repeat(1_048_576));
        broken.put(1_500, "z,".repeat(RecordFramer.MAX_ROW / 2 + 10));
        StringBuilder binary = new StringBuilder();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 5_000; i++) {
            char c = (char) random.nextInt(0x20, 0xD7FF);
            binary.append(c == '"' ? 'q' : c);
        }
        broken.put(2_000, binary.toString());
        broken.put(2_500, "\"never closed at the end of a row,");
        // Line n of the file is lines[n - 1]: the header is line 1.
        broken.forEach((line, row) -> lines.add(line - 1, row));
        Path file = dir.resolve("generated-and-broken.csv");
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        Path target = dir.resolve("findings.csv");

        int status = run(file.toString(), "--out", target.toString());

        assertThat(status).isEqualTo(AuditInvoices.NOT_JUDGED);
        java.util.Set<Integer> unreadable = new java.util.TreeSet<>();
        long overcharges = 0;
        long refundCents = 0;
        for (CSVRecord r : findings(target)) {
            if (r.get("verdict").equals("UNREADABLE")) {
                unreadable.add(Integer.parseInt(r.get("line")));
                assertThat(r.get("column")).isNotEmpty();
                assertThat(r.get("reason")).doesNotContain("www").doesNotContain("z,z,");
            } else {
                assertThat(r.get("verdict")).isEqualTo("OVERCHARGE");
                overcharges++;
                refundCents += new BigDecimal(r.get("refund_due")).movePointRight(2).longValueExact();
            }
        }
        assertThat(unreadable).containsExactlyElementsOf(broken.keySet());
        assertThat(overcharges).isEqualTo(generator.overcharges());
        assertThat(refundCents).isEqualTo(generator.overCents());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains((3_000 + broken.size()) + " rows")
                .contains(broken.size() + " could not be judged");
    }

    @Test
    void binaryInputNeverThrows() throws IOException {
        Path file = dir.resolve("photo.jpg");
        byte[] bytes = new byte[200_000];
        new java.util.Random(5).nextBytes(bytes);
        Files.write(file, bytes);

        assertThat(run(file.toString())).isEqualTo(AuditInvoices.NOT_JUDGED);
        assertThat(err.toString(StandardCharsets.UTF_8)).containsAnyOf("is refused", "could not be judged");
    }

    @Test
    void aHeaderWithoutRequiredColumnsIsRefusedNamingThem() throws IOException {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "received_on,state\n2024-01-01,CT\n", StandardCharsets.UTF_8);

        assertThat(run(file.toString())).isEqualTo(AuditInvoices.NOT_JUDGED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("lacks required columns")
                .contains("requester_role").contains("charged");
    }

    @Test
    void aMappingFileReadsTheBillingSystemsOwnColumnNames() throws IOException {
        Path mapping = dir.resolve("columns.properties");
        Files.writeString(mapping, "received_on = Date Rcvd\nstate = ST\nrequester_role = Requester\n"
                + "legal_basis = Basis\nrecord_keeping = Kept\ndelivery = Sent\npages = Pg\ncharged = Total $\n",
                StandardCharsets.UTF_8);
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "Total $,Pg,Sent,Kept,Basis,Requester,ST,Date Rcvd\n"
                + "$80.00,100,PAPER_BY_MAIL,paper,authorization,third party,ct,2024-03-04\n", StandardCharsets.UTF_8);

        int status = run(file.toString(), "--mapping", mapping.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(AuditInvoices.OVERCHARGES);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(",OVERCHARGE,80.00,65.00,15.00,15.00,R5.2,,");
    }

    @Test
    void theProviderKindColumnIsOptionalAndPhysicianByDefault() throws IOException {
        Path file = dir.resolve("providers.csv");
        String row = ",2024-03-04,CT,THIRD_PARTY,AUTHORIZATION,PAPER,PAPER_BY_MAIL,100,80.00\n";
        Files.writeString(file, "provider_kind,received_on,state,requester_role,legal_basis,record_keeping,delivery,"
                + "pages,charged\n" + "hospital" + row + "Physician" + row + row + "clinic" + row,
                StandardCharsets.UTF_8);
        Path target = dir.resolve("findings.csv");

        assertThat(run(file.toString(), "--out", target.toString())).isEqualTo(AuditInvoices.NOT_JUDGED);

        List<String> rows = findings(target).stream().map(r -> r.get("line") + " " + r.get("provider_kind") + " "
                + r.get("verdict") + " " + r.get("column")).toList();
        assertThat(rows).containsExactly("2 HOSPITAL OVERCHARGE ", "3 PHYSICIAN OVERCHARGE ",
                "4 PHYSICIAN OVERCHARGE ", "5  UNREADABLE provider_kind");
        assertThat(findings(target).get(3).get("reason")).isEqualTo("not one of [PHYSICIAN, HOSPITAL]");
    }

    @Test
    void aKentuckyPatientsFirstCopyIsFreeAndALaterOneIsChargedByThePage() throws IOException {
        Path file = dir.resolve("kentucky.csv");
        // The practice documented its cost, so HIPAA's cost-based limit for a patient's access (R2.1) holds.
        String row = ",2024-03-04,KY,PATIENT,INDIVIDUAL_ACCESS,PAPER,PAPER_BY_MAIL,10,5.00,yes\n";
        Files.writeString(file, "first_copy,received_on,state,requester_role,legal_basis,record_keeping,delivery,"
                + "pages,charged,cost_documented\nyes" + row + "no" + row + row + "maybe" + row,
                StandardCharsets.UTF_8);
        Path target = dir.resolve("findings.csv");

        assertThat(run(file.toString(), "--out", target.toString())).isEqualTo(AuditInvoices.NOT_JUDGED);

        // KRS 422.317(1): the first copy free (KY.1); a later one at most $1.00 a page (KY.2): $10 for 10 pages.
        List<CSVRecord> found = findings(target);
        assertThat(found).extracting(r -> r.get("line") + " " + r.get("verdict") + " " + r.get("rule") + " "
                + r.get("refund_due") + " " + r.get("column"))
                .containsExactly("2 OVERCHARGE KY.1 5.00 ", "5 UNREADABLE   first_copy");
        assertThat(found.get(1).get("reason")).isEqualTo("not yes or no");
    }

    @Test
    void aTennesseeHospitalIsJudgedUnderTheHospitalsScheduleAndAPhysicianUnderTheProviders() throws IOException {
        Path file = dir.resolve("tennessee.csv");
        String row = ",2025-01-15,TN,THIRD_PARTY,AUTHORIZATION,PAPER,PAPER_BY_MAIL,100,80.00\n";
        Files.writeString(file, "provider_kind,received_on,state,requester_role,legal_basis,record_keeping,delivery,"
                + "pages,charged\nphysician" + row + "hospital" + row, StandardCharsets.UTF_8);
        Path target = dir.resolve("findings.csv");

        assertThat(run(file.toString(), "--out", target.toString())).isEqualTo(AuditInvoices.OVERCHARGES);

        // A provider's paper copies: $25 for five pages, $0.50 a page after (TN.1): $72.50 for 100 pages. A
        // hospital's before July 2025: $18, $0.85 a page for pages 6-50, $0.60 for 51-250 (TN.4): $86.25.
        assertThat(findings(target)).singleElement().satisfies(r -> {
            assertThat(r.get("line")).isEqualTo("2");
            assertThat(r.get("provider_kind")).isEqualTo("PHYSICIAN");
            assertThat(r.get("lawful_maximum")).isEqualTo("72.50");
            assertThat(r.get("refund_due")).isEqualTo("7.50");
            assertThat(r.get("rule")).isEqualTo("TN.1");
        });
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 rows, 1 lawful");
    }

    @Test
    void theMappingNamesTheProviderKindColumnLikeAnyOther() throws IOException {
        Path mapping = dir.resolve("columns.properties");
        Files.writeString(mapping, "provider_kind = Facility Type\n", StandardCharsets.UTF_8);
        Path file = dir.resolve("export.csv");
        Files.writeString(file, "Facility Type,received_on,state,requester_role,legal_basis,record_keeping,delivery,"
                + "pages,charged\nhospital,2024-03-04,CT,THIRD_PARTY,AUTHORIZATION,PAPER,PAPER_BY_MAIL,100,80.00\n",
                StandardCharsets.UTF_8);

        assertThat(run(file.toString(), "--mapping", mapping.toString())).isEqualTo(AuditInvoices.OVERCHARGES);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(",CT,HOSPITAL,THIRD_PARTY,AUTHORIZATION,OVERCHARGE,");
    }

    @Test
    void aMappingNamingAnUnknownColumnIsRefused() throws IOException {
        Path mapping = dir.resolve("columns.properties");
        Files.writeString(mapping, "patient_name = Name\n", StandardCharsets.UTF_8);

        assertThat(run("invoices.csv", "--mapping", mapping.toString())).isEqualTo(AuditInvoices.NOT_JUDGED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[patient_name]");
    }

    @Test
    void theHtmlReportEscapesTheFileAndChartsOverchargesByMonth() throws IOException {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, InvoiceFileGenerator.HEADER + "\n"
                + "<script>alert(1)</script>,2024-03-04,CT,THIRD_PARTY,AUTHORIZATION,,no,PAPER,PAPER,PAPER_BY_MAIL,"
                + "100,0,80.00,0,0,0,no\n"
                + "B2,2024-05-06,CT,THIRD_PARTY,AUTHORIZATION,,no,PAPER,PAPER,PAPER_BY_MAIL,100,0,70.00,0,0,0,no\n",
                StandardCharsets.UTF_8);

        int status = run(file.toString(), "--format", "html");

        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(AuditInvoices.OVERCHARGES);
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<svg").contains("<title>2024-03: $15.00</title>").contains("<title>2024-04: $0.00</title>")
                .contains("<title>2024-05: $5.00</title>").contains("Refunds due in all: <span class=\"over\">$20.00")
                .contains("<tr><td>2024</td><td>2</td><td>$20.00</td></tr>")
                .contains("<tr><td>R5.2</td><td>2</td><td>$20.00</td></tr>")
                .endsWith("</html>\n");
    }

    @Test
    void aTerminalGetsAProgressBarWithTheRowRateAndTimeLeft() throws IOException {
        InvoiceFileGenerator[] g = new InvoiceFileGenerator[1];
        Path file = generated("progress.csv", 4, 0.1, 3_000, g);

        AuditInvoices.run(new String[] {file.toString(), "--out", dir.resolve("f.csv").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                true, java.time.Duration.ZERO);

        String progress = err.toString(StandardCharsets.UTF_8);
        assertThat(progress).startsWith("\r[").containsPattern("\\r\\[#* *\\] +\\d+% 1,024 rows, [\\d,]+ rows/s,"
                + " \\d+:\\d\\d left, [\\d,]+ over").contains("3,000 rows").endsWith("\n")
                .doesNotContain("AuditInvoices:");
    }

    @Test
    void outputThatIsNotATerminalGetsPlainProgressLines() throws IOException {
        InvoiceFileGenerator[] g = new InvoiceFileGenerator[1];
        Path file = generated("progress.csv", 4, 0.1, 3_000, g);

        AuditInvoices.run(new String[] {file.toString(), "--out", dir.resolve("f.csv").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, java.time.Duration.ZERO);

        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(2).allSatisfy(line -> assertThat(line)
                .matches("AuditInvoices: (1024|2048) rows judged \\(\\d+%\\), \\d+ rows/s, \\d+ overcharged"))
                .noneMatch(line -> line.contains("\r"));
    }

    @Test
    void wrongArgumentsPrintTheUsage() {
        assertThat(run()).isEqualTo(AuditInvoices.NOT_JUDGED);
        assertThat(run("a.csv", "--format", "pdf")).isEqualTo(AuditInvoices.NOT_JUDGED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: AuditInvoices");
    }
}
