package io.github.medrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The audit command's HTML report (#13): a page a manager can forward, with a summary, the findings in words,
 * what to change, whether invoices are refused and how to record a cost basis; well-formed, and every text
 * from the price list escaped, so a hostile list cannot inject markup.
 */
class AuditHtmlReportTest {

    private static final Path SEED = Paths.get("src", "main", "resources", "price-lists", "ct-orthopaedics.properties");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ZoneOffset.UTC);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        return AuditPriceList.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), CLOCK);
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void summarisesTheSeedListForAManagerAndSaysWhichInvoicesAreRefused() throws Exception {
        assertThat(run(SEED.toString(), "CT", "--format", "html")).isEqualTo(AuditPriceList.FINDINGS);
        String html = out.toString(StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<title>Price-list audit: Connecticut Orthopaedic Specialists published prices</title>")
                .contains("<p>7 things to change.</p>")
                .contains("1 price breaks the law: invoices for such requests are refused until it is changed.")
                .contains("need a documented cost basis: invoices for such requests are refused until the cost basis"
                        + " is recorded, unless the practice chooses to invoice without it.")
                .contains("What to change: Do not charge ONS-PAGES per page here: charge the flat $6.50 or record your"
                        + " actual or average labour cost.")
                .contains("Price: ONS-PAGES: Copies of records")
                .contains("cost-basis.ONS-IMAGES-CD.MATERIALS.method = ACTUAL or AVERAGE")
                .contains("cost-basis.&lt;RULE-ID&gt;.&lt;KIND&gt;.unit-cost")
                .doesNotContain("[WK]").doesNotContain("<script").doesNotContain("http");
        Document page = parse(html);
        assertThat(page.getElementsByTagName("h3").getLength()).isEqualTo(7);
        assertThat(page.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Price-list audit: Connecticut Orthopaedic Specialists published prices");
    }

    @Test
    void escapesAHostileListsNameAndDescriptions(@TempDir Path dir) throws Exception {
        String name = "<script>alert('x')</script> & \"Co\"";
        String description = "<img src=x onerror=alert(1)></p></div><script>steal()</script>";
        Path file = dir.resolve("hostile.properties");
        Files.writeString(file, "price-list.name = " + name + "\nprice-list.effective-from = 2026-01-01\n"
                + "rule.EVIL.charge = per-page\nrule.EVIL.description = " + description + "\nrule.EVIL.price = 1.00\n",
                StandardCharsets.UTF_8);

        assertThat(run(file.toString(), "CT", "2026-11-02", "--format", "html")).isEqualTo(AuditPriceList.FINDINGS);
        String html = out.toString(StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("</p></div>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;")
                .contains("Price: EVIL: &lt;img src=x onerror=alert(1)&gt;&lt;/p&gt;&lt;/div&gt;&lt;script&gt;");
        Document page = parse(html);
        assertThat(page.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Price-list audit: " + name);
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
        assertThat(page.getElementsByTagName("img").getLength()).isZero();
    }

    @Test
    void saysThereIsNothingToChangeForACompliantList(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("free.properties");
        Files.writeString(file, "price-list.name = Free of charge\nprice-list.effective-from = 2026-01-01\n");

        assertThat(run(file.toString(), "TX", "--format", "html")).isEqualTo(AuditPriceList.PASSED);

        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(html).contains("Nothing to change").contains("TX law in force on 2026-01-01")
                .doesNotContain("What to change");
        parse(html);
    }

    @Test
    void escapesEveryCharacterThatMeansSomethingInHtml() {
        assertThat(AuditHtmlReport.escape("a<b>c&d\"e'f\u0000g")).isEqualTo("a&lt;b&gt;c&amp;d&quot;e&#39;f g");
    }
}
