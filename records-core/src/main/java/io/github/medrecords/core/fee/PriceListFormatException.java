package io.github.medrecords.core.fee;

import io.github.medrecords.core.MedrecordsException;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a price-list file is refused: it lists every problem found, each with its line number, and
 * nothing of the file is loaded.
 */
public final class PriceListFormatException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    /** Serializable as the problems' texts; the list itself is immutable. */
    private final transient List<Problem> problems;
    private final String source;

    /**
     * Creates the exception.
     *
     * @param source  the file's name as given to the parser, not null
     * @param problems  every problem found, not empty; not null
     * @throws IllegalArgumentException if there are no problems
     */
    public PriceListFormatException(String source, List<Problem> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static String message(String source, List<Problem> problems) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refused price-list file needs at least one problem");
        }
        StringBuilder text = new StringBuilder("Price-list file ").append(source).append(" is refused with ")
                .append(problems.size()).append(problems.size() == 1 ? " problem: " : " problems: ");
        for (int i = 0; i < problems.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(problems.get(i));
        }
        return text.toString();
    }

    /**
     * Returns every problem found, in line order.
     *
     * @return an unmodifiable list, not empty; not null
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Returns the file's name as given to the parser.
     *
     * @return the name, not null
     */
    public String source() {
        return source;
    }

    /**
     * One problem in a price-list file.
     *
     * <p>Immutable and thread-safe.
     *
     * @param line  the line number, 1 for the first line
     * @param message  what is wrong, in words staff can act on, not blank
     */
    public record Problem(int line, String message) {

        /**
         * Validates the problem.
         *
         * @throws IllegalArgumentException if the line is below 1 or the message blank
         */
        public Problem {
            Objects.requireNonNull(message, "message");
            if (line < 1 || message.isBlank()) {
                throw new IllegalArgumentException("A problem needs a line from 1 and a message");
            }
        }

        /**
         * Formats the problem as {@code line 7: ...}.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return "line " + line + ": " + message;
        }
    }
}
