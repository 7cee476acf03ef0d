package io.github.medrecords.core.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;


import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The library's own wording, a portal's rewording per locale, and keys nobody worded.
 */
class MessagesTest {

    private static final ResourceBundle SPANISH = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                {"medrecords.delivery.email.required", "Escriba su correo electrónico."},
                {"medrecords.text.tooLong", "Máximo $5 {max}."}};
        }
    };
    private static final Messages MESSAGES = new Messages(l -> l.getLanguage().equals("es") ? SPANISH : null);

    @Test
    void takesThePortalsWordingFirstAndTheLibrarysOtherwise() {
        assertThat(MESSAGES.text("medrecords.delivery.email.required", Locale.forLanguageTag("es")))
                .isEqualTo("Escriba su correo electrónico.");
        assertThat(MESSAGES.text("medrecords.delivery.faxNumber.required", Locale.forLanguageTag("es")))
                .isEqualTo("Escriba el número de fax a donde enviaremos los expedientes.");
        assertThat(MESSAGES.text("medrecords.delivery.email.required", Locale.ENGLISH))
                .isEqualTo("Enter the email address for the secure link.");
    }

    @Test
    void showsAKeyNobodyWordedInBraces() {
        assertThat(Messages.standard().text("medrecords.no.such.key", Locale.ENGLISH))
                .isEqualTo("{medrecords.no.such.key}");
    }

    @Test
    void resolvesEveryLibraryKeyInATemplateAndLeavesTheRestAlone() {
        assertThat(MESSAGES.resolve("{medrecords.text.tooLong} / {medrecords.delivery.email.required} {max}",
                Locale.forLanguageTag("es")))
                .isEqualTo("Máximo $5 {max}. / Escriba su correo electrónico. {max}");
        assertThat(Messages.standard().resolve("{jakarta.validation.constraints.NotNull.message}", Locale.ENGLISH))
                .isEqualTo("{jakarta.validation.constraints.NotNull.message}");
    }

    @Test
    void findsTheKeyOnlyOfATemplateThatIsExactlyOneKey() {
        assertThat(Messages.keyOf("{medrecords.records.copies.range}")).isEqualTo("medrecords.records.copies.range");
        assertThat(Messages.keyOf("Choose {medrecords.records.copies.range}")).isNull();
        assertThat(Messages.keyOf("{jakarta.validation.constraints.NotNull.message}")).isNull();
    }

    @Test
    void interpolatesInTheDefaultLocaleWhenNoneIsGiven() {
        MedrecordsMessageInterpolator interpolator = new MedrecordsMessageInterpolator(MESSAGES);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es"));
            assertThat(interpolator.interpolate("{medrecords.delivery.email.required}", null))
                    .isEqualTo("Escriba su correo electrónico.");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(interpolator.interpolate("{medrecords.delivery.email.required}", null, Locale.ENGLISH))
                .isEqualTo("Enter the email address for the secure link.");
    }
}
