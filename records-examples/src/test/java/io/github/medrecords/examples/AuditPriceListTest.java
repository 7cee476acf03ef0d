package io.github.medrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.fee.PriceListFile;
import io.github.medrecords.core.practice.ExamplePractices;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditPriceListTest {

    private static final Path SEED = Paths.get("src", "main", "resources", "price-lists", "ct-orthopaedics.properties");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ZoneOffset.UTC);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AuditPriceList.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
    }

    @Test
    void shipsTheSeedPracticesPriceListAsAFileEqualToTheOneInCode() throws IOException {
        try (Reader reader = Files.newBufferedReader(SEED, StandardCharsets.UTF_8)) {
            PriceListFile file = PriceListFile.parse(reader, SEED.toString());
            assertThat(file.priceList()).isEqualTo(ExamplePractices.connecticutOrthopaedicsPriceList());
        }
    }

    @Test
    void judgesAHospitalsListUnderItsStatesScheduleForHospitals(@TempDir Path dir) throws IOException {
        // Tennessee in 2024: hospitals at most $18 with five pages, $0.85 a page to 50, $0.60 to 250 (TN.4);
        // providers $25 with five pages and $0.50 a page after (TN.1). $0.80 a page capped at $80 is under the
        // hospitals' schedule at every page count, and above the providers' from 100 pages ($72.50).
        Path list = dir.resolve("tn-hospital.properties");
        Files.writeString(list, String.join("\n",
                "price-list.name = Tennessee hospital copies",
                "rule.PAGES.charge = per-page",
                "rule.PAGES.description = Copies for authorized third parties",
                "rule.PAGES.price = 0.80",
                "rule.PAGES.cap = 80.00",
                "rule.PAGES.when.role = THIRD_PARTY",
                "rule.PAGES.when.basis = AUTHORIZATION"), StandardCharsets.UTF_8);
        assertThat(run(list.toString(), "TN", "2024-08-01", "--provider", "hospital", "--format", "table"))
                .as(out.toString(StandardCharsets.UTF_8)).isEqualTo(AuditPriceList.PASSED);
        out.reset();
        assertThat(run(list.toString(), "TN", "2024-08-01", "--format", "table")).isEqualTo(AuditPriceList.FINDINGS);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("TN.1").contains("EXCEEDS_LIMIT");
        out.reset();
        assertThat(run(list.toString(), "TN", "2024-08-01", "--provider", "clinic")).isEqualTo(AuditPriceList.REFUSED);
    }

    @Test
    void printsTheSeedListsFindingsAsATableAndExitsWithFindings() {
        assertThat(run(SEED.toString(), "CT", "--format", "table")).isEqualTo(AuditPriceList.FINDINGS);
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).startsWith("Audit of Connecticut Orthopaedic Specialists published prices under HIPAA and"
                + " CT law on 2026-11-02").contains("7 findings")
                .contains("ONS-PAGES").contains("R2.5 [WK][LEX]").contains("METHOD_NOT_PERMITTED")
                .contains("ONS-IMAGES-CD").contains("R5.4").contains("NEEDS_COST_BASIS");
        assertThat(table.lines()).hasSize(9);
    }

    @Test
    void printsAReportAManagerActsOnByDefault() {
        assertThat(run(SEED.toString(), "CT")).isEqualTo(AuditPriceList.FINDINGS);
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).startsWith("Price list: Connecticut Orthopaedic Specialists published prices")
                .contains("7 things to change, 1 of which block invoices.")
                .contains("What to change: Do not charge ONS-PAGES per page here: charge the flat $6.50 or record"
                        + " your actual or average labour cost.")
                .contains("cost-basis.ONS-IMAGES-CD.MATERIALS.method = ACTUAL or AVERAGE")
                .contains("Say in the published list that such requests are free")
                .doesNotContain("[WK]");
    }

    @Test
    void printsCsvAndJsonForTools() {
        assertThat(run(SEED.toString(), "CT", "--format", "csv")).isEqualTo(AuditPriceList.FINDINGS);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(1 + 7);
        assertThat(csv).startsWith("price_rules,legal_rule,variants,outcome,blocks_invoices,")
                .contains("ONS-PAGES,R2.5,,METHOD_NOT_PERMITTED,true,");
        out.reset();
        assertThat(run(SEED.toString(), "CT", "--format", "json")).isEqualTo(AuditPriceList.FINDINGS);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"priceList\":\"Connecticut Orthopaedic")
                .contains("\"legalRule\":\"R2.5\"").contains("\"blocksInvoices\":true").contains("\"passes\":false");
        assertThat(run(SEED.toString(), "CT", "--format", "pdf")).isEqualTo(AuditPriceList.REFUSED);
    }

    @Test
    void exitsWithZeroForACompliantList(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("free.properties");
        Files.writeString(file, "price-list.name = Free of charge\nprice-list.effective-from = 2026-01-01\n");
        assertThat(run(file.toString(), "TX")).isEqualTo(AuditPriceList.PASSED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("TX law in force on 2026-01-01")
                .contains("Nothing to change.");
    }

    @Test
    void refusesABrokenFileListingEveryProblemByLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.properties");
        Files.writeString(file, "price-list.name = Broken\nrule.A.charge = per-page\nrule.A.price = 0.6x\n");
        assertThat(run(file.toString())).isEqualTo(AuditPriceList.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.properties is refused; nothing was loaded")
                .contains("line 2: rule A needs a description");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void refusesWrongArguments() {
        assertThat(run()).isEqualTo(AuditPriceList.REFUSED);
        assertThat(run(SEED.toString(), "ZZ")).isEqualTo(AuditPriceList.REFUSED);
        assertThat(run(SEED.toString(), "CT", "next week")).isEqualTo(AuditPriceList.REFUSED);
        assertThat(run("no-such-file.properties")).isEqualTo(AuditPriceList.REFUSED);
    }
}
