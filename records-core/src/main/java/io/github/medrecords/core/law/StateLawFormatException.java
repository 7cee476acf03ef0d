package io.github.medrecords.core.law;

import io.github.medrecords.core.MedrecordsException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A state law file (docs/adding-a-state.md) that breaks the format: every problem with its line. The built-in
 * files are checked by the library's tests, so a host meets this only with a file of its own.
 */
public final class StateLawFormatException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<KeyedText.Problem> problems;

    /**
     * Creates the exception.
     *
     * @param source  the file's name, not null
     * @param problems  every problem found, not empty; not null
     * @throws IllegalArgumentException if there are no problems
     */
    public StateLawFormatException(String source, List<KeyedText.Problem> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = List.copyOf(new LinkedHashSet<>(problems));
    }

    private static String message(String source, List<KeyedText.Problem> problems) {
        Objects.requireNonNull(source, "source");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refused state law file needs at least one problem");
        }
        List<KeyedText.Problem> distinct = List.copyOf(new LinkedHashSet<>(problems));
        StringBuilder text = new StringBuilder("State law file ").append(source).append(" is refused with ")
                .append(distinct.size()).append(distinct.size() == 1 ? " problem: " : " problems: ");
        for (int i = 0; i < distinct.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(distinct.get(i));
        }
        return text.toString();
    }

    /**
     * Returns the file's name.
     *
     * @return the name, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns every problem found, in line order, each once.
     *
     * @return an unmodifiable list, not empty; not null
     */
    public List<KeyedText.Problem> problems() {
        return problems;
    }
}
