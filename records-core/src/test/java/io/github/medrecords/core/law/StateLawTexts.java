package io.github.medrecords.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Small state law files written out in a test, line by line, and the refusal a broken one must get: for the
 * tests of the file itself and of its interpreters. Public only because those tests live in the {@code law},
 * {@code fee} and {@code timeframe} packages.
 */
public final class StateLawTexts {

    private StateLawTexts() {
    }

    /**
     * Reads lines as Georgia's file, {@code ga.properties}.
     *
     * @param lines  the file's lines, not null
     * @return the file, not null
     */
    public static StateLawFile read(List<String> lines) {
        return StateLawFile.read(new StringReader(String.join("\n", lines)), "ga.properties");
    }

    /**
     * Reads a file's first lines and then more, as Georgia's file.
     *
     * @param head  the first lines, not null
     * @param more  the lines after them, not null
     * @return the file, not null
     */
    public static StateLawFile read(List<String> head, List<String> more) {
        List<String> lines = new ArrayList<>(head);
        lines.addAll(more);
        return read(lines);
    }

    /**
     * Asserts that reading or interpreting a file is refused for exactly one problem, on the line given.
     *
     * @param call  what reads or interprets the file, not null
     * @param line  the problem's line, from 1
     * @param message  the problem's words, not null
     */
    public static void assertRefused(ThrowingCallable call, int line, String message) {
        assertThatExceptionOfType(StateLawFormatException.class).isThrownBy(call)
                .withMessageContaining("line " + line + ": " + message)
                .satisfies(e -> assertThat(e.problems()).containsExactly(new KeyedText.Problem(line, message)));
    }
}
