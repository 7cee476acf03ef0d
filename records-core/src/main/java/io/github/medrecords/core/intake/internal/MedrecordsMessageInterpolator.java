package io.github.medrecords.core.intake.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Objects;

/**
 * Resolves the library's {@code {medrecords.…}} keys from its own bundle, then hands the result to
 * the provider's interpolator for parameters such as {@code {max}}. Built on the Jakarta API alone,
 * so the core needs no compile dependency on a provider.
 *
 * <p>Thread-safe if the delegate is.
 */
public final class MedrecordsMessageInterpolator implements MessageInterpolator {

    private final MessageInterpolator delegate;
    private final Messages messages;

    /**
     * Wraps a provider's interpolator.
     *
     * @param delegate  the provider's default interpolator, not null
     * @param messages  the library's messages, not null
     */
    public MedrecordsMessageInterpolator(MessageInterpolator delegate, Messages messages) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return delegate.interpolate(messages.resolve(messageTemplate, locale), context, locale);
    }
}
