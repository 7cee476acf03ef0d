package io.github.medrecords.core.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.notification.PayloadKey;
import io.github.medrecords.core.notification.PayloadSchema;
import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NoticeBundleTest {

    private static final NoticeBundle WORDS = NoticeBundle.standard();

    private static Properties file(String name) {
        try (InputStream in = NoticeBundle.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys a text may name: the ones its use always has at hand. */
    private static Set<String> allowedNames(String textKey) {
        if (textKey.startsWith("event.")) {
            EventType event = EventType.valueOf(textKey.split("\\.")[1]);
            Set<String> names = names(PayloadSchema.required(event, Channel.EMAIL));
            names.retainAll(names(PayloadSchema.required(event, Channel.LETTER)));
            return names;
        }
        if (textKey.startsWith("denial.")) {
            return names(PayloadSchema.required(EventType.DENIED, Channel.EMAIL));
        }
        if (textKey.startsWith("extension.")) {
            return names(PayloadSchema.required(EventType.EXTENDED, Channel.EMAIL));
        }
        return switch (textKey) {
            case "greeting.named" -> Set.of(PayloadKey.PATIENT_NAME.wireName());
            case "signature" -> Set.of(PayloadKey.PRACTICE.wireName());
            case "view.next.INVOICED" -> Set.of(PayloadKey.AMOUNT_DUE.wireName());
            default -> Set.of();
        };
    }

    private static Set<String> names(Set<PayloadKey> keys) {
        return keys.stream().map(PayloadKey::wireName).collect(Collectors.toCollection(HashSet::new));
    }

    @Test
    void everyEventTheRequesterCanBeToldOfHasATemplateInEveryLanguage() {
        for (Language language : Language.supported()) {
            for (EventType event : PayloadSchema.requesterEvents()) {
                for (String part : List.of("subject", "intro", "next")) {
                    assertThat(WORDS.find(language, "event." + event + "." + part))
                            .as("%s template of %s in %s", part, event, language).isPresent();
                }
            }
        }
        assertThat(PayloadSchema.requesterEvents()).hasSize(18).contains(EventType.DENIED, EventType.EXTENDED,
                EventType.DUE_SOON, EventType.OVERDUE);
    }

    @Test
    void everyTextNamesOnlyPayloadKeysItsUseAlwaysCarries() {
        for (Language language : Language.supported()) {
            for (String key : NoticeBundle.keys(language)) {
                Set<String> allowed = allowedNames(key);
                for (String name : NoticeBundle.placeholders(WORDS.text(language, key))) {
                    assertThat(PayloadKey.ofWireName(name)).as("{%s} in %s (%s) is a payload key", name, key, language)
                            .isPresent();
                    assertThat(allowed).as("{%s} in %s (%s) is always carried where it is used", name, key, language)
                            .contains(name);
                }
            }
        }
    }

    @Test
    void eachTranslationHasEveryKeyAndTheSameValuesToFillIn() {
        Properties english = file("notices.properties");
        for (Language language : Language.supported()) {
            if (language.equals(Language.ENGLISH)) {
                continue;
            }
            Properties translation = file("notices_" + language.tag() + ".properties");
            assertThat(translation.stringPropertyNames()).as(language.tag())
                    .isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(Set.copyOf(NoticeBundle.placeholders(translation.getProperty(key))))
                        .as("%s in %s", key, language)
                        .isEqualTo(Set.copyOf(NoticeBundle.placeholders(english.getProperty(key))));
            }
        }
    }

    @Test
    void englishIsFoundEvenWhenTheHostSpeaksSpanish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es"));
            assertThat(WORDS.text(Language.ENGLISH, "label.requestNumber")).isEqualTo("Request number");
            assertThat(WORDS.text(Language.SPANISH, "label.requestNumber")).isEqualTo("Número de solicitud");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyStatusAndDenialGroundHasWordsInEveryLanguage() {
        for (Language language : Language.supported()) {
            for (RequestStatus status : RequestStatus.values()) {
                assertThat(status.plainWords(language)).isNotBlank();
            }
            for (DenialGround ground : DenialGround.values()) {
                assertThat(ground.basis(language)).isNotBlank();
            }
        }
        assertThat(RequestStatus.DENIED.plainWords(Language.SPANISH)).startsWith("No podemos darle");
        assertThat(DenialGround.PSYCHOTHERAPY_NOTES.basis()).contains("psychotherapy notes");
    }

    @Test
    void theSecretaryComplaintNamesTheOfficeForCivilRightsInEveryLanguage() {
        for (Language language : Language.supported()) {
            assertThat(WORDS.text(language, "denial.secretaryComplaint")).contains("1-800-368-1019",
                    "www.hhs.gov/ocr/complaints", "200 Independence Avenue SW");
        }
    }

    @Test
    void fillsInValuesAndRefusesATextThatNamesOneNotGiven() {
        assertThat(WORDS.format(Language.SPANISH, "extension.newDate", Map.of("extensionNewDate",
                NoticeBundle.date(Language.SPANISH, LocalDate.of(2026, 4, 30)))))
                .isEqualTo("Le daremos acceso a los expedientes a más tardar el 30 de abril de 2026.");
        assertThat(NoticeBundle.date(Language.ENGLISH, LocalDate.of(2026, 4, 30))).isEqualTo("April 30, 2026");
        assertThatIllegalArgumentException().isThrownBy(() -> WORDS.format(Language.ENGLISH, "extension.newDate",
                Map.of())).withMessageContaining("extensionNewDate");
    }

    @Test
    void aPracticeMayRewordAKeyAndKeepsTheRest() {
        NoticeBundle own = NoticeBundle.withOverrides(locale -> new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"greeting", "Good day,"}};
            }
        });

        assertThat(own.text(Language.ENGLISH, "greeting")).isEqualTo("Good day,");
        assertThat(own.text(Language.ENGLISH, "footer")).isEqualTo(WORDS.text(Language.ENGLISH, "footer"));
    }
}
