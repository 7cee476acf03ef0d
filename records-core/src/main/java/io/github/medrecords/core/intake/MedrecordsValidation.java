package io.github.medrecords.core.intake;

import io.github.medrecords.core.MedrecordsException;
import io.github.medrecords.core.intake.internal.MedrecordsMessageInterpolator;
import io.github.medrecords.core.intake.internal.Messages;
import jakarta.validation.Configuration;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds a Bean Validation {@link ValidatorFactory} set up for the library: time from the given
 * clock (so "not in the future" means the practice's today), and the library's messages from its
 * own bundle rather than the host's {@code ValidationMessages}.
 *
 * <p>This is a convenience for hosts; services receive a {@code Validator} through their
 * constructors and never call this themselves. The factory is expensive: build it once and close it
 * on shutdown.
 */
public final class MedrecordsValidation {

    /**
     * Hibernate Validator announces its version at INFO ("HV000001") when it starts. Where it logs through
     * java.util.logging (no Logback present), that line is lowered to WARNING unless the host configured
     * the logger itself; held here so the setting is not collected with the logger.
     */
    private static final Logger PROVIDER_BANNER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private MedrecordsValidation() {
    }

    /**
     * Builds a validator factory with the library's own wording.
     *
     * @param clock  the clock "today" is read from, in the practice's zone, not null
     * @return the factory, not null
     * @throws MedrecordsException if no Bean Validation provider is on the class path
     */
    public static ValidatorFactory validatorFactory(Clock clock) {
        return validatorFactory(clock, locale -> null);
    }

    /**
     * Builds a validator factory whose messages come first from the portal's own bundle, so a portal
     * can translate or reword them by key ({@link FieldViolation#code()}).
     *
     * @param clock  the clock "today" is read from, in the practice's zone, not null
     * @param translations  the portal's bundle for a locale, or null where it has none; not null
     * @return the factory, not null
     * @throws MedrecordsException if no Bean Validation provider is on the class path
     */
    public static ValidatorFactory validatorFactory(Clock clock, Function<Locale, ResourceBundle> translations) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(translations, "translations");
        quietProviderBanner();
        Configuration<?> configuration;
        try {
            configuration = Validation.byDefaultProvider().configure();
        } catch (NoProviderFoundException e) {
            throw new MedrecordsException("No Bean Validation provider found: add org.hibernate.validator:"
                    + "hibernate-validator and org.glassfish.expressly:expressly to the runtime class path", e);
        }
        // The library's own interpolator, without Expression Language: no jakarta.el on the module path.
        return configuration
                .clockProvider(() -> clock)
                .messageInterpolator(new MedrecordsMessageInterpolator(new Messages(translations)))
                .buildValidatorFactory();
    }

    private static void quietProviderBanner() {
        synchronized (PROVIDER_BANNER) {
            if (PROVIDER_BANNER.getLevel() == null) {
                PROVIDER_BANNER.setLevel(Level.WARNING);
            }
        }
    }
}
