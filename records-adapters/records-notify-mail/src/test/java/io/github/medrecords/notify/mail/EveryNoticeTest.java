package io.github.medrecords.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.wording.NoticeBundle;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.EventType;
import java.net.URI;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every notice the requester is owed, by email and by letter, in every language. */
class EveryNoticeTest {

    private static final EmailTemplates TEMPLATES = EmailTemplates.withPortal(URI.create("https://portal.example"));
    private static final Set<EventType> TOLD = StandardNotificationPolicy.requesterOnly().withDeadlineNotices(true)
            .requesterEvents();

    @Test
    void everyEventThePolicyTellsTheRequesterHasATemplate() {
        assertThat(TOLD).hasSize(18);
        assertThat(TOLD).allSatisfy(event -> assertThat(TEMPLATES.hasTemplate(event)).as("%s", event).isTrue());
    }

    @Test
    void anEventWithoutATemplateIsRefusedRatherThanSentAsVagueNews() {
        assertThat(TEMPLATES.hasTemplate(EventType.HAND_OFF_PROGRESS)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> TEMPLATES.render(Messages.email(
                EventType.HAND_OFF_PROGRESS, "a@b.org", Messages.payload(EventType.HAND_OFF_PROGRESS))))
                .withMessage("Event HAND_OFF_PROGRESS has no requester template");
    }

    @Test
    void rendersEveryNoticeInEveryLanguageWithNothingLeftToFillIn() {
        for (Language language : Language.supported()) {
            for (EventType event : TOLD) {
                Map<String, String> payload = Messages.payload(event, language, DenialGround.ENDANGERMENT, true);
                RenderedEmail email = TEMPLATES.render(Messages.email(event, "a@b.org", payload));
                payload.put("mailingAddress", "12 Elm Street\nHartford, CT 06103");
                String letter = LetterRenderer.using(TEMPLATES).render(Messages.letter(event, payload));
                String words = NoticeBundle.standard().text(language, "label.requestNumber");
                assertThat(email.subject()).as("%s %s", event, language).contains("2026-000042")
                        .endsWith(" - Seed Family Practice").doesNotContain("{", "}");
                assertThat(email.text()).contains(words + ": 2026-000042",
                        NoticeBundle.standard().text(language, "event." + event + ".next").replaceAll("\\{.*", ""))
                        .doesNotContain("{", "}");
                assertThat(email.html()).contains("<html lang=\"" + language.tag() + "\">").doesNotContain("{", "}");
                assertThat(letter).startsWith("Seed Family Practice\n"
                        + NoticeBundle.standard().text(language, "letter.office") + "\n\n12 Elm Street\n")
                        .endsWith(TEMPLATES.render(Messages.letter(event, payload)).text());
            }
        }
    }

    @Test
    void theSpanishNoticesSpeakSpanishThroughout() {
        for (EventType event : TOLD) {
            RenderedEmail email = TEMPLATES.render(Messages.email(event, "a@b.org",
                    Messages.payload(event, Language.SPANISH, DenialGround.ENDANGERMENT, true)));
            assertThat(email.text()).as("%s", event).startsWith("Hola:").contains("Número de solicitud: 2026-000042",
                    "Próximo paso: ", "Este mensaje no contiene información médica.")
                    .doesNotContain("Request number", "Next step", "Hello", "medical records");
        }
    }

    @Test
    void noPatientDataReachesANoticeBeyondWhatItsPayloadWasAllowedToCarry() {
        for (Language language : Language.supported()) {
            for (EventType event : TOLD) {
                Map<String, String> payload = Messages.payload(event, language, DenialGround.ENDANGERMENT, false);
                RenderedEmail plain = TEMPLATES.render(Messages.email(event, "maria.k@example.com", payload));
                assertThat(plain.subject() + plain.text() + plain.html()).as("%s %s", event, language)
                        .doesNotContain("Kowalski", "maria.k@", "Elm Street");
                payload.put("patientName", "Maria <i>Kowalski</i>");
                RenderedEmail named = TEMPLATES.render(Messages.email(event, "maria.k@example.com", payload));
                assertThat(named.subject()).doesNotContain("Kowalski");
                assertThat(named.text()).contains("Maria <i>Kowalski</i>");
                assertThat(named.html()).contains("Maria &lt;i&gt;Kowalski&lt;/i&gt;").doesNotContain("<i>");
            }
        }
    }

    @Test
    void aWholeReviewableDenialCarriesEverythingR121Requires() {
        for (Language language : Language.supported()) {
            NoticeBundle words = NoticeBundle.standard();
            Map<String, String> values = Map.of("complaintContact", Messages.CONTACT, "complaintPhone",
                    Messages.PHONE, "requestNumber", "2026-000042", "denialBasis",
                    DenialGround.ENDANGERMENT.basis(language));
            RenderedEmail email = TEMPLATES.render(Messages.email(EventType.DENIED, "a@b.org",
                    Messages.payload(EventType.DENIED, language, DenialGround.ENDANGERMENT, true)));

            assertThat(email.text()).contains(words.format(language, "denial.why", values),
                    words.format(language, "denial.reviewRights", values),
                    words.format(language, "denial.practiceComplaint", values),
                    words.text(language, "denial.secretaryComplaint"), Messages.CONTACT, Messages.PHONE)
                    .doesNotContain(words.text(language, "denial.noReview"),
                            words.text(language, "denial.restReleased"));
        }
    }

    @Test
    void aPartialUnreviewableDenialSaysTheRestWillComeAndThatNoReviewIsAvailable() {
        for (Language language : Language.supported()) {
            NoticeBundle words = NoticeBundle.standard();
            RenderedEmail email = TEMPLATES.render(Messages.email(EventType.PARTIALLY_DENIED, "a@b.org",
                    Messages.payload(EventType.PARTIALLY_DENIED, language, DenialGround.PSYCHOTHERAPY_NOTES, false)));

            assertThat(email.text()).contains(DenialGround.PSYCHOTHERAPY_NOTES.basis(language),
                    words.text(language, "denial.restReleased"), words.text(language, "denial.noReview"),
                    words.text(language, "denial.secretaryComplaint"), Messages.PHONE);
            assertThat(email.subject()).contains(language.equals(Language.SPANISH) ? "negación parcial"
                    : "partial denial");
        }
    }

    @Test
    void theUpheldReviewRepeatsTheComplaintRightsButNoLongerOffersAReview() {
        NoticeBundle words = NoticeBundle.standard();
        RenderedEmail email = TEMPLATES.render(Messages.email(EventType.DENIAL_UPHELD, "a@b.org",
                Messages.payload(EventType.DENIAL_UPHELD, Language.ENGLISH, DenialGround.ENDANGERMENT, true)));

        assertThat(email.text()).contains("reviewed it and agreed", Messages.PHONE,
                words.text(Language.ENGLISH, "denial.secretaryComplaint")).doesNotContain("To ask for a review");
    }

    @Test
    void theExtensionLetterGivesTheReasonsAndTheNewDateInTheRequestersLanguage() {
        Map<String, String> payload = Messages.payload(EventType.EXTENDED, Language.SPANISH,
                DenialGround.ENDANGERMENT, true);
        payload.put("mailingAddress", "12 Elm Street\nHartford, CT 06103");

        String letter = LetterRenderer.using(TEMPLATES).render(Messages.letter(EventType.EXTENDED, payload));

        assertThat(letter).contains("Asunto: Necesitamos más tiempo para su solicitud de expedientes 2026-000042",
                "Por qué necesitamos más tiempo: Older films are stored off site & must be retrieved",
                "Le daremos acceso a los expedientes a más tardar el 30 de abril de 2026.",
                "Fecha de este aviso: 20 de marzo de 2026").doesNotContain("La ley de nuestro estado");
        payload.put("bindingDateMoved", "false");
        payload.put("legalDate", "2026-04-01");
        assertThat(LetterRenderer.using(TEMPLATES).render(Messages.letter(EventType.EXTENDED, payload)))
                .contains("La ley de nuestro estado todavía nos pide responder a más tardar el 1 de abril de 2026");
    }

    @Test
    void aPracticeMayRewordATemplateByKey() {
        EmailTemplates own = TEMPLATES.withWording(NoticeBundle.withOverrides(locale -> new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"event.SUBMITTED.intro", "Got it: {requestNumber}."}};
            }
        }));

        assertThat(own.render(Messages.email(EventType.SUBMITTED, "a@b.org", Messages.payload(EventType.SUBMITTED)))
                .text()).contains("Got it: 2026-000042.");
    }
}
