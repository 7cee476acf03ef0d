package io.github.medrecords.core.law;

import io.github.medrecords.core.party.UsState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The states' worked examples beside the tests ({@code <xx>-<kind>.tsv}, docs/adding-a-state.md), read for the
 * tests that check them: {@code examples} for fees, {@code deadlines} for due dates. Public only because those
 * tests live in the {@code fee} and {@code timeframe} packages.
 */
public final class StateExampleFiles {

    /** The folder of the example files, relative to the module. */
    public static final Path FOLDER = Path.of("src/test/resources/io/github/medrecords/core/law/states");

    /**
     * One example: a line of a file that is neither blank nor a comment.
     *
     * @param state  the state whose file it is in
     * @param number  its line number, from 1
     * @param text  the line, tab-separated columns
     */
    public record Line(UsState state, int number, String text) {

        /**
         * Names the example for a test's display name.
         *
         * @return for example {@code GA line 12}
         */
        @Override
        public String toString() {
            return state + " line " + number;
        }
    }

    private StateExampleFiles() {
    }

    /**
     * Returns the path of a state's examples of one kind, whether or not the file exists.
     *
     * @param state  the state
     * @param kind  {@code examples} or {@code deadlines}
     * @return the path
     */
    public static Path path(UsState state, String kind) {
        return FOLDER.resolve(state.name().toLowerCase(Locale.ROOT) + "-" + kind + ".tsv");
    }

    /**
     * Reads every state's examples of one kind, in the order of {@link UsState} and of the lines, skipping blank
     * lines and comments ({@code #}); states without the file have none.
     *
     * @param kind  {@code examples} or {@code deadlines}
     * @return the examples
     * @throws IOException if a file cannot be read
     */
    public static List<Line> lines(String kind) throws IOException {
        List<Line> result = new ArrayList<>();
        for (UsState state : UsState.values()) {
            Path path = path(state, kind);
            if (!Files.exists(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.isBlank() && !line.startsWith("#")) {
                    result.add(new Line(state, i + 1, line));
                }
            }
        }
        return result;
    }
}
