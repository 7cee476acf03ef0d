package io.github.medrecords.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time one thread spends per decode and encode of {@link DocumentCodecBenchmark}'s documents,
 * from {@link ThreadMXBean#getCurrentThreadCpuTime()}: on a machine shared with other builds JMH's wall
 * time mostly measures the wait for a core, the thread's CPU time does not. Rounds of 10,000 operations;
 * the last rounds are the warm figures. Run with
 * {@code java -cp records-benchmarks/target/benchmarks.jar io.github.medrecords.benchmarks.CodecCpuTime}.
 */
public final class CodecCpuTime {

    private CodecCpuTime() {
    }

    /**
     * Prints the CPU time per operation, per document and round.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = 10_000;
        for (String document : new String[] {"SUBMITTED_CT", "FULFILLED_CT", "FULFILLED_TX"}) {
            DocumentCodecBenchmark b = new DocumentCodecBenchmark();
            b.document = document;
            b.setUp();
            for (int round = 1; round <= 6; round++) {
                int sink = 0;
                long c0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    sink += b.decode().history().size();
                }
                long c1 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    sink += b.encode().length();
                }
                long c2 = mx.getCurrentThreadCpuTime();
                System.out.printf("%s round %d: decode and restore %.1f us CPU, encode %.1f us CPU (%d)%n", document,
                        round, (c1 - c0) / 1e3 / n, (c2 - c1) / 1e3 / n, sink);
            }
        }
    }
}
