package io.github.medrecords.core.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.fee.PriceListFormatException.Problem;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Hostile input for the price-list reader: generated mutations of the real price lists and the example files
 * (lines dropped, doubled, swapped or cut; values replaced by huge exponents, negative, empty, control and
 * bidirectional characters, broken unicode escapes, megabyte strings; keys misspelt; overlapping bands). The
 * reader must answer every file with a price list or a {@link PriceListFormatException} naming lines of the
 * file, within a second; a refused file leaves nothing behind, and a loaded one quotes without error.
 *
 * <p>Seeded: the seed is printed. CI runs {@value #DEFAULT_CASES} files; {@code
 * -Dmedrecords.fuzz.pricelist.cases=10000} (and {@code -Dmedrecords.fuzz.seed=...}) runs more or replays one.
 */
class PriceListFileFuzzTest {

    private static final int DEFAULT_CASES = 500;
    private static final long LIMIT_MILLIS = 1000;
    private static final String[] FILES = {
        "real/ca-sohum-health", "real/ca-southwest-healthcare-temecula", "real/ct-fairfield-medical-group",
        "real/ma-hospital-boston-globe-2013", "real/ma-mha-maximum-2023", "real/ny-mercy-hospital-buffalo",
        "real/ny-nassau-university-medical-center", "real/tx-crossroads-obgyn", "examples/every-key",
    };
    private static final String[] HOSTILE = {
        "1e999999999", "-1e999999999", "1E-999999999", "9e2147483647", "-0.01", "0.001", "", " ", "NaN",
        "Infinity", "0x10", "1:0.10, 1:0.20", "1-10: 5.00, 5-20: 6.00", "501-: 50.00, 1-600: 25.00", "0:1.00",
        "-5:1.00", "2147483648:1.00", "\\u12", "\\uZZZZ", "\u0000", "\u202e\u2028\u0085", "\ud800", "true",
        "false", "maybe", "2026-02-30", "99999-01-01", "PATIENT, NOBODY", ",,,", "per-fortnight", "greater",
        "lesser", "120", "0", "-15", "7", "100", "8.75", "1000", "attorney, astronaut", "A".repeat(5000),
        "1".repeat(100_000), "\\", "=", ":",
    };

    @Test
    void answersEveryMutatedFileWithAPriceListOrItsProblemsWithinASecond() throws Exception {
        long seed = Long.getLong("medrecords.fuzz.seed", System.nanoTime());
        int cases = Integer.getInteger("medrecords.fuzz.pricelist.cases", DEFAULT_CASES);
        System.out.println("PriceListFileFuzzTest seed " + seed + ", " + cases + " files");
        List<String> originals = new ArrayList<>();
        for (String file : FILES) {
            originals.add(read("/price-lists/" + file + ".properties"));
        }
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        int loaded = 0;
        int refused = 0;
        long slowest = 0;
        // the built-in law is read once per JVM (every state's file); that is not the parser's time
        PriceListAudit.standard();
        LegalLimits.builtIn();
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
        try {
            for (int i = 0; i < cases; i++) {
                long caseSeed = random.nextLong();
                Random r = new Random(caseSeed);
                String original = originals.get(r.nextInt(originals.size()));
                String text = mutate(original, r);
                long start = System.nanoTime();
                Future<Object> result = worker.submit(() -> parse(text));
                Object outcome;
                try {
                    outcome = result.get(LIMIT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    result.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemon());
                    failures.add("seed " + caseSeed + ": took over " + LIMIT_MILLIS + " ms");
                    continue;
                } catch (ExecutionException e) {
                    failures.add("seed " + caseSeed + ": threw " + e.getCause());
                    continue;
                }
                slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
                if (outcome instanceof PriceListFormatException refusal) {
                    refused++;
                    long lines = text.lines().count();
                    for (Problem p : refusal.problems()) {
                        if (p.line() < 1 || p.line() > Math.max(1, lines)) {
                            failures.add("seed " + caseSeed + ": problem on line " + p.line() + " of " + lines);
                        }
                    }
                    if (refusal.problems().isEmpty()) {
                        failures.add("seed " + caseSeed + ": refused without a problem");
                    }
                } else if (outcome instanceof String failure) {
                    failures.add("seed " + caseSeed + ": " + failure);
                } else {
                    loaded++;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.println("PriceListFileFuzzTest: " + loaded + " loaded, " + refused + " refused, " + failures.size()
                + " crashes or hangs, slowest " + slowest + " ms");
        assertThat(failures).as("seed %d", seed).isEmpty();
        assertThat(refused).as("mutations are refused").isPositive();
        assertThat(loaded).as("some mutations still load").isPositive();
    }

    /**
     * Parses a file twice: a loaded file must load the same again and quote a request without error (nothing half
     * loaded, no state kept between reads); returns the file, the refusal, or a failure in words.
     */
    private static Object parse(String text) {
        PriceListFile first;
        try {
            first = PriceListFile.parse(text, "fuzzed.properties");
        } catch (PriceListFormatException e) {
            try {
                PriceListFile.parse(text, "fuzzed.properties");
                return "refused once, loaded the second time";
            } catch (PriceListFormatException again) {
                return again.problems().equals(e.problems()) ? e : "refused differently the second time";
            }
        } catch (RuntimeException | Error e) {
            return "threw " + e;
        }
        try {
            if (!PriceListFile.parse(text, "fuzzed.properties").equals(first)) {
                return "loaded differently the second time";
            }
            FeeContext context = FeeContext.builder(LegalBasis.AUTHORIZATION, RequesterRole.THIRD_PARTY,
                    DeliveryMethod.PAPER_BY_MAIL, LocalDate.of(2026, 11, 2)).recordType(RecordType.CLINICAL_VISIT_SUMMARY)
                    .pages(150).postage(PriceListAudit.POSTAGE).clericalMinutes(50).jurisdiction(UsState.CA).build();
            FeeCalculator.standard().quote(first.priceList(), context);
        } catch (RuntimeException | Error e) {
            return "a loaded file failed to quote: " + e;
        }
        return first;
    }

    private static String mutate(String original, Random r) {
        List<String> lines = new ArrayList<>(Arrays.asList(original.split("\n", -1)));
        int mutations = 1 + r.nextInt(4);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int at = r.nextInt(lines.size());
            String line = lines.get(at);
            int eq = line.indexOf('=');
            switch (r.nextInt(9)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(r.nextInt(lines.size() + 1), line);
                case 2 -> lines.set(at, line.substring(0, r.nextInt(line.length() + 1)));
                case 3 -> {
                    int other = r.nextInt(lines.size());
                    lines.set(at, lines.get(other));
                    lines.set(other, line);
                }
                case 4, 5, 6 -> {
                    if (eq >= 0) {
                        lines.set(at, line.substring(0, eq + 1) + " " + HOSTILE[r.nextInt(HOSTILE.length)]);
                    }
                }
                case 7 -> {
                    if (eq > 0) {
                        String key = line.substring(0, eq);
                        int cut = r.nextInt(key.length());
                        lines.set(at, key.substring(0, cut) + "x" + key.substring(cut) + line.substring(eq));
                    }
                }
                default -> {
                    int pos = r.nextInt(line.length() + 1);
                    String insert = HOSTILE[r.nextInt(HOSTILE.length)];
                    lines.set(at, line.substring(0, pos) + insert.substring(0, Math.min(insert.length(), 40))
                            + line.substring(pos));
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String read(String resource) {
        try (InputStream in = PriceListFileFuzzTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return task -> {
            Thread t = new Thread(task, "price-list-fuzz");
            t.setDaemon(true);
            return t;
        };
    }
}
