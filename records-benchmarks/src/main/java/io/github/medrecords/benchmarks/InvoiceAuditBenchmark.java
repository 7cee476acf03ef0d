package io.github.medrecords.benchmarks;

import io.github.medrecords.core.fee.InvoiceTotals;
import io.github.medrecords.examples.AuditInvoices;
import io.github.medrecords.examples.InvoiceFileGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The invoice audit (#18): reading and judging every row of a generated file of 1,000,000 invoices (10% of them
 * overcharged, every kind), one whole file per operation, through the same Commons CSV reader and
 * {@code InvoiceAudit} as the {@code AuditInvoices} command. Target: under 5 s per operation on a 2-core machine.
 * The heap at 10,000 and 1,000,000 rows is measured by {@link InvoiceAuditMemory}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class InvoiceAuditBenchmark {

    @Param({"1000000"})
    public int rows;

    private Path file;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        file = Files.createTempFile("invoices-", ".csv");
        generate(file, rows);
    }

    static void generate(Path file, long rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new InvoiceFileGenerator(18, 0.1, true).write(out, rows);
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public InvoiceTotals judgeFile() throws IOException {
        try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            InvoiceTotals totals = AuditInvoices.judgeAll(text, t -> { });
            if (totals.rows() != rows || totals.cannotJudge() != 0) {
                throw new IllegalStateException("Not every row was judged: " + totals);
            }
            return totals;
        }
    }
}
