package io.github.medrecords.core.intake;

import static io.github.medrecords.core.intake.Submissions.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.medrecords.core.authorization.AuthorizationDefect;
import io.github.medrecords.core.party.Language;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticePolicies;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.RequesterRole;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RequestIntakeTest {

    private static final ValidatorFactory FACTORY = MedrecordsValidation.validatorFactory(CLOCK);
    private static final PracticeProfile PRACTICE = ExamplePractices.connecticutOrthopaedics();
    private final RequestIntake intake = new RequestIntake(FACTORY.getValidator());

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void turnsTheSeedPracticesImageRequestIntoARequest() {
        RecordsRequest request = intake.accept(PRACTICE, Submissions.patientImagesBySecureLink()).request();

        assertThat(request.practiceId()).isEqualTo(PRACTICE.id());
        assertThat(request.requester().role()).isEqualTo(RequesterRole.PATIENT);
        assertThat(request.legalBasis()).isEqualTo(LegalBasis.INDIVIDUAL_ACCESS);
        assertThat(request.selections()).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo(RecordType.MRI_IMAGES);
            assertThat(s.copies()).isEqualTo(1);
            assertThat(s.dates().from()).contains(Submissions.TODAY.withMonth(9).withDayOfMonth(1));
        });
        assertThat(request.delivery().method()).isEqualTo(DeliveryMethod.SECURE_LINK);
        assertThat(request.delivery().email()).map(e -> e.value()).contains("maria.k@example.com");
        assertThat(request.patient().name().fullName()).isEqualTo("Maria Kowalski");
        assertThat(request.patient().contact().phoneNumber()).map(p -> p.formatted()).contains("203-555-0199");
    }

    @Test
    void deliversToTheAppThePatientConnectedAndAsksWhichAppWhenMissing() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getDelivery().setMethod(DeliveryMethod.PATIENT_APP);
        s.getDelivery().setEmail(null);
        s.getDelivery().setApp("health-app-42");

        RecordsRequest request = intake.accept(PRACTICE, s).request();

        assertThat(request.delivery().method()).isEqualTo(DeliveryMethod.PATIENT_APP);
        assertThat(request.delivery().destination()).isEqualTo(new Delivery.PatientApp("health-app-42"));
        assertThat(request.delivery().destination().oneLine()).contains("app health-app-42");
        s.getDelivery().setApp(null);
        assertThat(intake.check(PRACTICE, s)).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("delivery.app", "medrecords.delivery.app.required"));
        s.getDelivery().setApp("<script>");
        assertThat(intake.check(PRACTICE, s)).extracting(FieldViolation::code)
                .containsExactly("medrecords.delivery.app.invalid");
    }

    @Test
    void reportsANullInAnAuthorizationListAsAViolationNotAnException() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getAuthorization().getRecordTypes().add(null);
        s.getAuthorization().getRecipients().add(null);

        assertThat(intake.check(PRACTICE, s)).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("authorization.recipients",
                                "medrecords.authorization.recipients.blank"),
                        org.assertj.core.groups.Tuple.tuple("authorization.recordTypes",
                                "medrecords.records.type.unknown"));
        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> intake.accept(PRACTICE, s));
    }

    @Test
    void refusesTextNoStoreCanKeepAsTypedOnTheFieldThatHoldsIt() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.getPatient().setGivenName("Ma\ud800ria");
        s.getAuthorization().getRecipients().add("Whitfield\u0000 LLP");

        assertThat(intake.check(PRACTICE, s)).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("authorization.recipients[1]", "medrecords.text.unstorable"),
                        org.assertj.core.groups.Tuple.tuple("patient.givenName", "medrecords.text.unstorable"));
        assertThat(intake.check(PRACTICE, s)).allSatisfy(v -> assertThat(v.message()).doesNotContain("Ma"));
    }

    @Test
    void carriesTheSubmittedAuthorizationAndIdempotencyKey() {
        AcceptedSubmission accepted = intake.accept(PRACTICE, Submissions.attorneyWithAuthorization());

        assertThat(accepted.idempotencyKey()).contains("portal-7f3a9c21");
        assertThat(accepted.authorization()).hasValueSatisfying(a -> {
            assertThat(a.defects(ZonedDateTime.now(CLOCK))).isEmpty();
            assertThat(a.coveredRecordTypes()).containsExactly(RecordType.MRI_IMAGES);
            assertThat(a.defects(ZonedDateTime.now(CLOCK).plusYears(1))).containsExactly(AuthorizationDefect.EXPIRED);
        });
    }

    @Test
    void reportsEveryProblemAtOnceInFieldOrder() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getPatient().setDateOfBirth(null);
        s.getDelivery().setEmail(null);
        s.getRecords().get(0).setCopies(0);
        s.setIdentityAttested(false);

        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> intake.accept(PRACTICE, s))
                .satisfies(e -> {
                    assertThat(e.getViolations()).extracting(FieldViolation::field).containsExactly(
                            "delivery.email", "identityAttested", "patient.dateOfBirth", "records[0].copies");
                    assertThat(e.getMessage()).startsWith("The submission has 4 problems:")
                            .contains("delivery.email (medrecords.delivery.email.required)");
                });
    }

    @Test
    void keepsPatientDataOutOfTheExceptionMessage() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getPatient().setEmail("maria.k@example");
        s.getPatient().setMedicalRecordNumber("MRN 4471");

        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> intake.accept(PRACTICE, s))
                .satisfies(e -> assertThat(e.getMessage() + e.getViolations())
                        .doesNotContain("maria", "Maria", "Kowalski", "4471", "1971"));
    }

    @Test
    void writesMessagesAPatientCanReadWithTheLimitFilledIn() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getRecords().get(0).setCopies(11);

        assertThat(intake.check(PRACTICE, s)).singleElement()
                .extracting(FieldViolation::message).isEqualTo("Choose between 1 and 10 copies.");
    }

    @Test
    void appliesThePracticesOwnCopiesMaximum() {
        PracticeProfile strict = PRACTICE.toBuilder()
                .policies(PracticePolicies.defaults().withMaximumCopiesPerSelection(2)).build();
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getRecords().get(0).setCopies(3);

        assertThat(intake.check(strict, s)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("medrecords.records.copies.practiceMaximum");
            assertThat(v.message()).isEqualTo("This practice provides at most 2 copies of each record.");
        });
        assertThat(intake.check(PRACTICE, s)).isEmpty();
    }

    @Test
    void offersThePracticesOwnRecordTypes() {
        RecordType slides = RecordType.of("PATHOLOGY_SLIDES", "Pathology slides", true);
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getRecords().get(0).setType("PATHOLOGY_SLIDES");

        assertThat(intake.check(PRACTICE, s)).extracting(FieldViolation::code)
                .containsExactly("medrecords.records.type.unknown");
        assertThat(new RequestIntake(FACTORY.getValidator(), List.of(slides)).accept(PRACTICE, s).request()
                .selections().get(0).type()).isEqualTo(slides);
    }

    @Test
    void theRequestCarriesTheLanguageTheRequesterChoseEnglishIfNone() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();

        assertThat(intake.accept(PRACTICE, s).request().language()).isEqualTo(Language.ENGLISH);
        s.setLanguage(" ES ");
        assertThat(intake.accept(PRACTICE, s).request().language()).isEqualTo(Language.SPANISH);
    }

    @Test
    void answersInTheRequestersLanguageWhateverTheHostSpeaks() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.setLanguage("es");
        s.getDelivery().setEmail(null);
        s.getRecords().get(0).setCopies(7);

        assertThat(intake.check(PRACTICE, s)).extracting(FieldViolation::field, FieldViolation::message)
                .containsExactly(
                        tuple("delivery.email",
                                "Escriba el correo electrónico donde quiere recibir el enlace seguro."),
                        tuple("records[0].copies", "Este consultorio da como máximo 5 copias de cada expediente."));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es"));
            s.setLanguage("en");
            assertThat(intake.check(PRACTICE, s)).extracting(FieldViolation::message).containsExactly(
                    "Enter the email address for the secure link.",
                    "This practice provides at most 5 copies of each record.");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void refusesALanguageItDoesNotOfferAndListsTheOtherProblemsToo() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.setLanguage("fr");
        s.getDelivery().setEmail(null);

        assertThat(intake.check(PRACTICE, s)).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("delivery.email", "medrecords.delivery.email.required"),
                        tuple("language", "medrecords.language.unsupported"));
        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> intake.accept(PRACTICE, s));
    }

    @Test
    void everyFormMessageHasASpanishTranslation() throws IOException {
        Properties english = new Properties();
        Properties spanish = new Properties();
        try (var en = RequestIntake.class.getResourceAsStream("internal/messages.properties");
                var es = RequestIntake.class.getResourceAsStream("internal/messages_es.properties")) {
            english.load(new InputStreamReader(en, StandardCharsets.UTF_8));
            spanish.load(new InputStreamReader(es, StandardCharsets.UTF_8));
        }
        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void letsAPortalRewordOrTranslateByCode() {
        ResourceBundle spanish = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"medrecords.delivery.email.required", "Escriba su correo electrónico."}};
            }
        };
        try (ValidatorFactory factory = MedrecordsValidation.validatorFactory(CLOCK,
                locale -> locale.getLanguage().equals("es") ? spanish : null)) {
            RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
            s.getDelivery().setEmail(null);
            Locale before = Locale.getDefault();
            try {
                Locale.setDefault(Locale.forLanguageTag("es"));
                assertThat(new RequestIntake(factory.getValidator()).check(PRACTICE, s)).singleElement()
                        .extracting(FieldViolation::message).isEqualTo("Escriba su correo electrónico.");
            } finally {
                Locale.setDefault(before);
            }
        }
    }

    @Test
    void resolvesTheLibrarysMessagesEvenWithTheHostsOwnValidator() {
        try (ValidatorFactory plain = Validation.buildDefaultValidatorFactory()) {
            RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
            s.getDelivery().setEmail(null);

            assertThat(new RequestIntake(plain.getValidator()).check(PRACTICE, s)).singleElement()
                    .extracting(FieldViolation::message).isEqualTo("Enter the email address for the secure link.");
        }
    }

    @Test
    void treatsBlankTextAsMissing() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getPatient().setGivenName("   ");
        s.getPatient().setEmail("");

        assertThat(intake.check(PRACTICE, s)).extracting(FieldViolation::code)
                .containsExactly("medrecords.patient.givenName.required");
    }

    @Test
    void readsTodayFromTheInjectedClock() {
        RecordsRequestSubmission s = Submissions.patientImagesBySecureLink();
        s.getRecords().get(0).setTo(Submissions.TODAY);
        assertThat(intake.check(PRACTICE, s)).isEmpty();

        s.getRecords().get(0).setTo(Submissions.TODAY.plusDays(1));
        assertThat(intake.check(PRACTICE, s)).extracting(FieldViolation::code)
                .containsExactly("medrecords.records.to.future");
    }
}
