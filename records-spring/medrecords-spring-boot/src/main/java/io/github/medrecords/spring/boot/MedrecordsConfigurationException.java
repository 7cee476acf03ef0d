package io.github.medrecords.spring.boot;

import io.github.medrecords.core.MedrecordsException;
import java.util.List;

/**
 * The {@code medrecords.*} configuration is incomplete or wrong; the message lists every problem, each
 * starting with the property to fix.
 */
public class MedrecordsConfigurationException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    /** The problems, each starting with its property. */
    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems  every problem, each starting with its property, not empty
     */
    public MedrecordsConfigurationException(List<String> problems) {
        super("The medrecords configuration has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + ":\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns every problem, each starting with the property to fix.
     *
     * @return the problems, not empty
     */
    public List<String> getProblems() {
        return problems;
    }
}
