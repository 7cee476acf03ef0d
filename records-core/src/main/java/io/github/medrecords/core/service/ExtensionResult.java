package io.github.medrecords.core.service;

import io.github.medrecords.core.workflow.RequestCase;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an extension did (R1.9): the saved request, whether the binding date moved, the binding date
 * now, and the rule that kept it from moving where state law allows no extension (R5.6).
 *
 * <p>Immutable and thread-safe.
 *
 * @param request  the saved request, not null
 * @param bindingDateMoved  whether the binding legal date moved to the extension's date
 * @param bindingDate  the binding legal date after the extension, not null
 * @param limitedByRule  the law-book id of the rule that allows no extension, if it kept the date
 */
public record ExtensionResult(RequestCase request, boolean bindingDateMoved, LocalDate bindingDate,
        Optional<String> limitedByRule) {

    /**
     * Validates the result.
     *
     * @throws IllegalArgumentException if a limiting rule is named although the date moved, or not named
     *     although it did not
     */
    public ExtensionResult {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(bindingDate, "bindingDate");
        Objects.requireNonNull(limitedByRule, "limitedByRule");
        if (bindingDateMoved == limitedByRule.isPresent()) {
            throw new IllegalArgumentException("An extension names a limiting rule exactly when the date stays");
        }
    }
}
