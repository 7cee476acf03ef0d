package io.github.medrecords.benchmarks;

import io.github.medrecords.core.fee.InvoiceTotals;
import io.github.medrecords.examples.AuditInvoices;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Heap in use after a full GC while the invoice audit is at row 10,000 and at row 1,000,000 of a generated
 * file (#18), and the wall time of the whole run: a plain main, like {@link CodecCpuTime}, because JMH does not
 * sample the heap mid-operation.
 *
 * <pre>
 * java -cp records-benchmarks/target/benchmarks.jar io.github.medrecords.benchmarks.InvoiceAuditMemory [rows]
 * </pre>
 */
public final class InvoiceAuditMemory {

    private InvoiceAuditMemory() {
    }

    /**
     * Runs the measurement and prints the figures.
     *
     * @param args  optionally the number of rows, 1,000,000 unless given
     * @throws IOException if the temporary file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Path file = Files.createTempFile("invoices-", ".csv");
        try {
            InvoiceAuditBenchmark.generate(file, rows);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long[] heap = new long[2];
            long start = System.nanoTime();
            InvoiceTotals totals;
            try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                totals = AuditInvoices.judgeAll(text, t -> {
                    if (t.rows() == 10_000) {
                        heap[0] = usedAfterGc(memory);
                    }
                    if (t.rows() == rows) {
                        heap[1] = usedAfterGc(memory);
                    }
                });
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("rows judged: %d in %.2f s (%.0f rows/s, two GCs included)%n", totals.rows(), seconds,
                    totals.rows() / seconds);
            System.out.printf("heap in use after GC at 10,000 rows: %.1f MB; at %,d rows: %.1f MB%n",
                    heap[0] / 1e6, rows, heap[1] / 1e6);
            System.out.println(totals);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
