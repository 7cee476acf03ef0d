package io.github.medrecords.examples;

import io.github.medrecords.core.fee.AuditReport;
import io.github.medrecords.core.fee.PriceListAudit;
import io.github.medrecords.core.fee.PriceListFile;
import io.github.medrecords.core.fee.PriceListFormatException;
import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Audits a price-list file against HIPAA and a state's law and prints the findings as a table, for
 * compliance staff who do not write Java.
 *
 * <pre>
 * ./mvnw -q -Pdemo -pl records-examples -am -DskipTests package \
 *     -Ddemo.mainClass=io.github.medrecords.examples.AuditPriceList \
 *     -Ddemo.args="records-examples/src/main/resources/price-lists/ct-orthopaedics.properties CT 2026-11-02"
 * </pre>
 *
 * <p>Arguments: the file, the state (CT unless given) and the day whose rules apply (the file's
 * effective-from date, or today, unless given), and optionally {@code --format report} (the default: a
 * report a practice manager reads, with what to change), {@code table}, {@code csv}, {@code json} or {@code html}
 * (one self-contained page with a summary a manager can forward). Exit status: 0 when the audit finds nothing, 1 when it
 * has findings, 2 when the file is refused or the arguments are wrong.
 */
public final class AuditPriceList {

    /** Exit status when the audit finds nothing. */
    public static final int PASSED = 0;
    /** Exit status when the audit has findings. */
    public static final int FINDINGS = 1;
    /** Exit status when the file is refused, cannot be read, or the arguments are wrong. */
    public static final int REFUSED = 2;

    private AuditPriceList() {
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args  the file, then optionally the state and the day
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err, Clock.systemDefaultZone());
        if (status != PASSED) {
            System.exit(status);
        }
    }

    /**
     * Runs the command without exiting.
     *
     * @param args  the file, then optionally the state (CT unless given) and the day (yyyy-mm-dd), not null
     * @param out  where the table goes, not null
     * @param err  where problems go, not null
     * @param clock  today's date when neither the arguments nor the file give one, not null
     * @return {@link #PASSED}, {@link #FINDINGS} or {@link #REFUSED}
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(clock, "clock");
        String format = "report";
        ProviderKind provider = ProviderKind.PHYSICIAN;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--format") && i + 1 < args.length) {
                format = args[++i].toLowerCase(Locale.ROOT);
            } else if (args[i].equals("--provider") && i + 1 < args.length) {
                try {
                    provider = ProviderKind.valueOf(args[++i].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    err.println("--provider is physician or hospital, not " + args[i]);
                    return REFUSED;
                }
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() < 1 || positional.size() > 3
                || !Set.of("report", "table", "csv", "json", "html").contains(format)) {
            err.println("Usage: AuditPriceList <price-list file> [state, default CT] [yyyy-mm-dd]"
                    + " [--format report|table|csv|json|html] [--provider physician|hospital]");
            return REFUSED;
        }
        args = positional.toArray(new String[0]);
        UsState state;
        LocalDate day = null;
        try {
            state = args.length > 1 ? UsState.valueOf(args[1].toUpperCase(Locale.ROOT)) : UsState.CT;
            if (args.length > 2) {
                day = LocalDate.parse(args[2]);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("Not a state code or a yyyy-mm-dd date: " + String.join(" ", args));
            return REFUSED;
        }
        Path path = Paths.get(args[0]);
        PriceListFile file;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            file = PriceListFile.parse(reader, path.getFileName().toString());
        } catch (PriceListFormatException e) {
            err.println("Price-list file " + e.source() + " is refused; nothing was loaded:");
            e.problems().forEach(problem -> err.println("  " + problem));
            return REFUSED;
        } catch (IOException e) {
            err.println("Cannot read " + path + ": " + e.getMessage());
            return REFUSED;
        }
        if (day == null) {
            day = file.effectiveFrom().orElse(LocalDate.now(clock));
        }
        AuditReport report = PriceListAudit.standard().audit(file.priceList(), state, day, provider);
        switch (format) {
            case "table" -> out.print(report.table());
            case "csv" -> out.print(report.csv());
            case "json" -> out.println(report.json());
            case "html" -> out.print(AuditHtmlReport.render(report, file.priceList()));
            default -> out.print(report.managerReport());
        }
        return report.passes() ? PASSED : FINDINGS;
    }
}
