package io.github.medrecords.benchmarks;

import io.github.medrecords.core.money.Money;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the money arithmetic every fee line does: a per-page price times a page count, capped.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MoneyBenchmark {

    @Param({"1", "10", "250"})
    int pages;

    private final Money perPage = Money.parse("0.65");
    private final Money cap = Money.parse("6.50");

    @Benchmark
    public Money perPageTimesPagesCapped() {
        return perPage.times(pages).capAt(cap);
    }
}
