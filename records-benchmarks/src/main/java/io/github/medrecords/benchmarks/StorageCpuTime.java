package io.github.medrecords.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.SQLException;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The CPU time one thread spends per operation of {@link StorageRoundTripBenchmark} on H2 in memory,
 * which runs on the calling thread, so the thread's CPU time holds the database's work too: on a machine
 * shared with other builds this compares the adapter with plain JDBC where JMH's wall time mostly
 * measures the wait for a core. Rounds of 20,000 save-then-load operations of each side, one side after
 * the other (which goes first alternates), tables emptied before each round and the requests made before the timed loops; the last rounds are the warm figures. Run with
 * {@code java -cp records-benchmarks/target/benchmarks.jar io.github.medrecords.benchmarks.StorageCpuTime}.
 */
public final class StorageCpuTime {

    private StorageCpuTime() {
    }

    /**
     * Prints the CPU time per operation of both sides and their ratio (adapter throughput over plain
     * JDBC's), per round.
     *
     * @param args  ignored
     * @throws SQLException if the database fails
     * @throws IOException if its files cannot be removed
     */
    public static void main(String[] args) throws SQLException, IOException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = 20_000;
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        StorageRoundTripBenchmark b = new StorageRoundTripBenchmark();
        b.database = BenchDatabase.H2;
        b.setUp();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly "
                + "is dangerous.");
        try {
            for (int round = 1; round <= rounds; round++) {
                b.emptyTables();
                StorageRoundTripBenchmark.Next[] forAdapter = nexts(b, n);
                StorageRoundTripBenchmark.Next[] forPlain = nexts(b, n);
                // Odd rounds run the adapter first, even rounds plain JDBC first: neither always meets the fuller table.
                long adapter = 0;
                long plain = 0;
                long adapterBytes = 0;
                long plainBytes = 0;
                for (int side = 0; side < 2; side++) {
                    boolean adapterNow = (side == 0) == (round % 2 == 1);
                    long a0 = allocated();
                    long c0 = mx.getCurrentThreadCpuTime();
                    for (int i = 0; i < n; i++) {
                        if (adapterNow) {
                            bh.consume(b.adapter(forAdapter[i]));
                        } else {
                            b.plainJdbc(forPlain[i], bh);
                        }
                    }
                    long spent = mx.getCurrentThreadCpuTime() - c0;
                    long bytes = allocated() - a0;
                    if (adapterNow) {
                        adapter = spent;
                        adapterBytes = bytes;
                    } else {
                        plain = spent;
                        plainBytes = bytes;
                    }
                }
                System.out.printf("H2 round %d: adapter %.1f us CPU (%,d bytes allocated), plainJdbc %.1f us CPU (%,d bytes), "
                        + "adapter / plain %.2f%n", round, adapter / 1e3 / n, adapterBytes / n, plain / 1e3 / n,
                        plainBytes / n, (double) plain / adapter);
            }
        } finally {
            b.tearDown();
        }
    }

    /** The bytes the current thread allocated so far, or 0 where the JVM does not count them. */
    private static long allocated() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                ? t.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
    }

    /** The next n operations' requests, made before the timed loop as JMH's invocation-level setup does. */
    private static StorageRoundTripBenchmark.Next[] nexts(StorageRoundTripBenchmark b, int n) {
        StorageRoundTripBenchmark.Next[] nexts = new StorageRoundTripBenchmark.Next[n];
        for (int i = 0; i < n; i++) {
            nexts[i] = new StorageRoundTripBenchmark.Next();
            nexts[i].make(b);
        }
        return nexts;
    }
}
