package io.github.medrecords.core.timeframe;

/**
 * A promised turnaround in business days, from the fewest to the most, for example 2 to 3.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fewest  the fewest business days, zero or more
 * @param most  the most business days, at least {@code fewest}
 */
public record TurnaroundDays(int fewest, int most) {

    /**
     * Validates the range.
     *
     * @param fewest  the fewest business days, zero or more
     * @param most  the most business days, at least {@code fewest}
     * @throws IllegalArgumentException if fewest is negative or most is below fewest
     */
    public TurnaroundDays {
        if (fewest < 0 || most < fewest) {
            throw new IllegalArgumentException("Turnaround must be 0 <= fewest <= most business days, was "
                    + fewest + " to " + most);
        }
    }

    /**
     * Returns a turnaround of fewest to most business days.
     *
     * @param fewest  the fewest business days, zero or more
     * @param most  the most business days, at least {@code fewest}
     * @return the turnaround, not null
     * @throws IllegalArgumentException if fewest is negative or most is below fewest
     */
    public static TurnaroundDays of(int fewest, int most) {
        return new TurnaroundDays(fewest, most);
    }
}
