package io.github.medrecords.benchmarks;

import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.Transition;
import io.github.medrecords.store.jdbc.internal.DocumentCodec;
import io.github.medrecords.store.jdbc.internal.Law;
import io.github.medrecords.testkit.port.RequestCases;
import io.github.medrecords.testkit.port.RoundTripPractices;
import java.time.Instant;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JDBC store's document alone, without a database: {@code decode} reads a stored document and
 * restores the aggregate ({@code DocumentCodec.decode} then {@code RequestCase.restore}, as every load
 * does per row); {@code encode} writes it (as every save does). Three documents, made by the test kit's
 * {@code RequestCases} at 2026-11-02 15:00Z:
 *
 * <ul>
 *   <li>{@code SUBMITTED_CT}: a new request at the seed practice (Connecticut), estimate and legal due
 *       date, one history entry: the document {@link StorageRoundTripBenchmark} saves (about 4 KB);</li>
 *   <li>{@code FULFILLED_CT}: the same after identity verification and fulfilment (4 electronic pages),
 *       with its quote and the quote's compliance findings, three history entries;</li>
 *   <li>{@code FULFILLED_TX}: the same at the test kit's Texas practice ({@code RoundTripPractices}),
 *       whose findings name Texas's tiered page schedule.</li>
 * </ul>
 *
 * <p>Target (issue 12): decoding and restoring the 4 KB document under 50 µs. The codec is the store's
 * internal class, reached on the benchmark's class path; the law is the store's default
 * ({@code Law.builtIn()}) and the calendar the practice's, as {@code JdbcStore} gives them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class DocumentCodecBenchmark {

    /** Which document. */
    @Param({"SUBMITTED_CT", "FULFILLED_CT", "FULFILLED_TX"})
    public String document;

    private DocumentCodec codec;
    private RequestCase.Snapshot snapshot;
    private String text;

    /**
     * Makes the request and its document.
     */
    @Setup(Level.Trial)
    public void setUp() {
        String practiceId = document.endsWith("_TX") ? "tx-gulf-coast" : "ct-orthopaedics";
        PracticeProfile practice = RoundTripPractices.all().stream().filter(p -> p.id().value().equals(practiceId))
                .findFirst().orElseThrow();
        RequestCases cases = RequestCases.of(practice, 7);
        Instant at = Instant.parse("2026-11-02T15:00:00Z");
        Transition created = cases.submit(RequestNumber.of(2026, 1), at);
        RequestCase request = created.after().withVersion(1);
        if (document.startsWith("FULFILLED")) {
            Transition verified = cases.verifyIdentity(request, at.plusSeconds(600));
            request = verified.after().withVersion(2);
            Transition fulfilled = cases.recordFulfilment(request, at.plusSeconds(1200));
            request = fulfilled.after().withVersion(3);
        }
        snapshot = request.snapshot();
        codec = new DocumentCodec(Law.builtIn(), id -> Optional.of(practice.businessCalendar()));
        text = codec.encode(snapshot);
        RequestCase back = RequestCase.restore(codec.decode(text, snapshot.version(), snapshot.history()));
        if (!back.equals(request)) {
            throw new IllegalStateException("The document does not read back as the request it was written from");
        }
        System.out.println("\n[document] " + document + ": " + text.length() + " characters, status "
                + snapshot.status() + ", history " + snapshot.history().size());
    }

    /**
     * Reads the stored document and restores the aggregate, as a load does per row.
     *
     * @return the restored request
     */
    @Benchmark
    public RequestCase decode() {
        return RequestCase.restore(codec.decode(text, snapshot.version(), snapshot.history()));
    }

    /**
     * Writes the document, as a save does.
     *
     * @return the document text
     */
    @Benchmark
    public String encode() {
        return codec.encode(snapshot);
    }
}
