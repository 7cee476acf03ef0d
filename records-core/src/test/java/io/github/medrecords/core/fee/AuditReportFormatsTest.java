package io.github.medrecords.core.fee;

import io.github.medrecords.core.law.Citation;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit report in each of its forms, read as its readers read it: the manager's text (what to change,
 * whether invoices are blocked), CSV and JSON for tools (one record per finding, fields quoted and escaped
 * so that a comma, a quote or a line break in a price list's name or rule does not break them), the table.
 */
class AuditReportFormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final FeeContext ONE_PAGE = Contexts.attorney(1).build();
    private static final LegalLimit CT_PAGES = LegalLimit.perPageMaximum(Citation.law("R5.2", "[CT-PA08]"),
            "at most $0.65 a page", FeeCondition.any(), "0.65");
    private static final LegalLimit TX_UNCONFIRMED = LegalLimit.perPageMaximum(Citation.unconfirmedLaw("TX.1", "[TX]"),
            "at most $0.50 a page", FeeCondition.any(), "0.50");

    private static AuditFinding exceeds() {
        return AuditFinding.of("FLAT, \"RUSH\"", CT_PAGES, ComplianceOutcome.EXCEEDS_LIMIT, Money.parse("0.65"),
                Money.parse("0.66"), ONE_PAGE, 3).withVariants(List.of("R5.2a", "R5.2b"));
    }

    private static AuditFinding unconfirmed() {
        return AuditFinding.of("POSTAGE", TX_UNCONFIRMED, ComplianceOutcome.UNCONFIRMED_LIMIT, null,
                Money.parse("0.73"), Contexts.patient(DeliveryMethod.PAPER_BY_MAIL, RecordKeeping.PAPER, 1).build(), 1);
    }

    private static AuditReport report(AuditFinding... findings) {
        return AuditReport.of("Shoreline \"East\", Inc.", UsState.CT, DAY, List.of(findings), 120);
    }

    @Test
    void tellsAManagerThatAPassingListNeedsNothingAndWhatToChangeInOneThatFails() {
        assertThat(report().managerReport()).contains("Nothing to change.").contains("120 kinds of request")
                .contains("Shoreline \"East\", Inc.");
        assertThat(report().passes()).isTrue();

        String text = report(exceeds(), unconfirmed()).managerReport();
        assertThat(text).contains("2 things to change, 1 of which block invoices.")
                .contains("1. FLAT, \"RUSH\" - at most $0.65 a page\n")
                .contains("charged $0.66, at most $0.65")
                .contains("Invoices are refused until it is changed.")
                .contains("2. POSTAGE - at most $0.50 a page (the law here is not confirmed)")
                .contains("Invoices are not blocked.")
                .contains("What to change: " + exceeds().advice());
        assertThat(report(exceeds()).managerReport()).contains("1 thing to change, 1 of which block invoices.");
        assertThat(report(exceeds(), unconfirmed()).passes()).isFalse();
    }

    @Test
    void writesOneCsvRecordPerFindingWithFieldsThatContainCommasOrQuotesQuoted() {
        String csv = report(exceeds(), unconfirmed()).csv();
        List<String> records = List.of(csv.split("\r\n"));

        assertThat(records).hasSize(3);
        assertThat(records.get(0)).isEqualTo(
                "price_rules,legal_rule,variants,outcome,blocks_invoices,lawful_maximum,charged,example,advice");
        assertThat(records.get(1)).startsWith("\"FLAT, \"\"RUSH\"\"\",R5.2,R5.2a R5.2b,EXCEEDS_LIMIT,true,0.65,0.66,");
        assertThat(records.get(2)).startsWith("POSTAGE,TX.1,,UNCONFIRMED_LIMIT,false,,0.73,");
        assertThat(report().csv()).isEqualTo(records.get(0) + "\r\n");
    }

    @Test
    void writesJsonWithEveryStringEscaped() {
        String json = report(exceeds(), unconfirmed()).json();

        assertThat(json).startsWith("{\"priceList\":\"Shoreline \\\"East\\\", Inc.\",\"jurisdiction\":\"CT\","
                + "\"date\":\"2026-11-02\",\"contextsExplored\":120,\"passes\":false,\"findings\":[{");
        assertThat(json).contains("\"priceRules\":\"FLAT, \\\"RUSH\\\"\",\"legalRule\":\"R5.2\",\"unconfirmed\":false,"
                + "\"variants\":[\"R5.2a\",\"R5.2b\"],\"outcome\":\"EXCEEDS_LIMIT\",\"blocksInvoices\":true,"
                + "\"lawfulMaximum\":\"0.65\",\"charged\":\"0.66\",\"rule\":\"at most $0.65 a page\"");
        assertThat(json).contains("},{\"priceRules\":\"POSTAGE\",\"legalRule\":\"TX.1\",\"unconfirmed\":true,"
                + "\"variants\":[],\"outcome\":\"UNCONFIRMED_LIMIT\",\"blocksInvoices\":false,\"lawfulMaximum\":null");
        assertThat(json).endsWith("}]}");
        assertThat(report().json()).endsWith("\"passes\":true,\"findings\":[]}");
        AuditReport lines = AuditReport.of("A\\B\nC\tD", UsState.CT, DAY, List.of(), 0);
        assertThat(lines.json()).startsWith("{\"priceList\":\"A\\\\B\\u000aC\\u0009D\"");
        assertThat(AuditReport.of("Line\nbreak", UsState.CT, DAY, List.of(unconfirmed()), 1).csv()).contains("POSTAGE");
    }

    @Test
    void printsATableWithAColumnPerFactAlignedAcrossRows() {
        String table = report(exceeds(), unconfirmed()).table();
        List<String> rows = List.of(table.split("\n"));

        assertThat(rows.get(0)).isEqualTo("Audit of Shoreline \"East\", Inc. under HIPAA and CT law on 2026-11-02: "
                + "120 request contexts, 2 findings");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("Price rule").contains("Legal rule", "Outcome", "Lawful max", "Citation");
        assertThat(rows.get(2)).startsWith("FLAT, \"RUSH\"  R5.2 (also R5.2a, R5.2b)").contains("EXCEEDS_LIMIT",
                "$0.65");
        assertThat(rows.get(3)).startsWith("POSTAGE").contains("TX.1 (UNCONFIRMED)", "UNCONFIRMED_LIMIT");
        int outcome = rows.get(1).indexOf("Outcome");
        assertThat(rows.get(2).indexOf("EXCEEDS_LIMIT")).isEqualTo(outcome);
        assertThat(rows.get(3).indexOf("UNCONFIRMED_LIMIT")).isEqualTo(outcome);
        assertThat(report(exceeds()).table()).contains("1 finding\n");
        assertThat(report().table()).isEqualTo("Audit of Shoreline \"East\", Inc. under HIPAA and CT law on "
                + "2026-11-02: 120 request contexts, 0 findings\n");
    }

    @Test
    void aReportIsAValueOfItsFacts() {
        AuditReport r = report(exceeds());
        assertThat(report(exceeds())).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(AuditReport.of("Other", UsState.CT, DAY, List.of(exceeds()), 120)).isNotEqualTo(r);
        assertThat(AuditReport.of("Shoreline \"East\", Inc.", UsState.NY, DAY, List.of(exceeds()), 120))
                .isNotEqualTo(r);
        assertThat(AuditReport.of("Shoreline \"East\", Inc.", UsState.CT, DAY.plusDays(1), List.of(exceeds()), 120))
                .isNotEqualTo(r);
        assertThat(report()).isNotEqualTo(r);
        assertThat(AuditReport.of("Shoreline \"East\", Inc.", UsState.CT, DAY, List.of(exceeds()), 121))
                .isNotEqualTo(r);
        assertThat(r.contextsExplored()).isEqualTo(120);
        assertThat(r.priceListName()).isEqualTo("Shoreline \"East\", Inc.");
        assertThat(r.jurisdiction()).isEqualTo(UsState.CT);
        assertThat(r.date()).isEqualTo(DAY);
    }
}
