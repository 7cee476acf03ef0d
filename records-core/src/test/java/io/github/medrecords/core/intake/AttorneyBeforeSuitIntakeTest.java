package io.github.medrecords.core.intake;

import static io.github.medrecords.core.intake.Submissions.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.fee.ComplianceOutcome;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.FeeContext;
import io.github.medrecords.core.fee.Fulfilment;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.PriceRule;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The form says whether an attorney asks before suit (#13); only an attorney under an authorization may, and
 * the request carries it into the fee context, so California's Evidence Code 1158 applies to the quote.
 */
class AttorneyBeforeSuitIntakeTest {

    private static final ValidatorFactory FACTORY = MedrecordsValidation.validatorFactory(CLOCK);
    private static final PracticeProfile PRACTICE = ExamplePractices.connecticutOrthopaedics();
    private final RequestIntake intake = new RequestIntake(FACTORY.getValidator());

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static RecordsRequestSubmission beforeSuit() {
        RecordsRequestSubmission s = Submissions.attorneyWithAuthorization();
        s.setAttorneyBeforeSuit(true);
        return s;
    }

    @Test
    void anAttorneyUnderAnAuthorizationMaySayItIsBeforeSuitAndTheRequestCarriesIt() {
        assertThat(intake.check(PRACTICE, beforeSuit())).isEmpty();

        RecordsRequest request = intake.accept(PRACTICE, beforeSuit()).request();

        assertThat(request.attorneyBeforeSuit()).isTrue();
        assertThat(request.toString()).endsWith(", attorney before suit]").doesNotContain("Dana").doesNotContain("Maria");
        assertThat(intake.accept(PRACTICE, Submissions.attorneyWithAuthorization()).request().attorneyBeforeSuit())
                .isFalse();
    }

    @Test
    void reportsTheFieldForAPatientAnInsurerOrALegalBasisOtherThanAnAuthorization() {
        RecordsRequestSubmission patient = Submissions.patientImagesBySecureLink();
        patient.setAttorneyBeforeSuit(true);
        RecordsRequestSubmission insurer = beforeSuit();
        insurer.getRequester().setThirdPartyKind(ThirdPartyKind.INSURER);
        RecordsRequestSubmission provider = beforeSuit();
        provider.getRequester().setRole(RequesterRole.PROVIDER);
        provider.getRequester().setThirdPartyKind(null);

        for (RecordsRequestSubmission s : new RecordsRequestSubmission[] {patient, insurer, provider}) {
            assertThat(intake.check(PRACTICE, s)).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("attorneyBeforeSuit");
                assertThat(v.code()).isEqualTo("medrecords.attorneyBeforeSuit.notAttorneyWithAuthorization");
                assertThat(v.message()).startsWith("Only an attorney asking with the patient's signed authorization");
            });
        }
        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> intake.accept(PRACTICE, patient));
    }

    @Test
    void reportsNothingMoreWhenTheKindOfThirdPartyIsMissingAndSpeaksSpanish() {
        RecordsRequestSubmission noKind = beforeSuit();
        noKind.getRequester().setThirdPartyKind(null);
        assertThat(intake.check(PRACTICE, noKind)).extracting(FieldViolation::field)
                .containsExactly("requester.thirdPartyKind");

        RecordsRequestSubmission spanish = Submissions.patientImagesBySecureLink();
        spanish.setAttorneyBeforeSuit(true);
        spanish.setLanguage("es");
        assertThat(intake.check(PRACTICE, spanish)).singleElement().extracting(FieldViolation::message)
                .asString().startsWith("Solo un abogado");
    }

    @Test
    void aCaliforniaQuoteForTheRequestFollowsEvidenceCode1158() {
        RecordsRequestSubmission form = beforeSuit();
        form.getRecords().get(0).setType("CLINICAL_VISIT_SUMMARY");
        RecordsRequest request = intake.accept(PRACTICE, form).request();
        PriceList list = PriceList.builder("California copies")
                .rule(PriceRule.perPage("PAGES", "Copies", "0.25"))
                .build();
        Fulfilment forty = Fulfilment.ofPages(40, RecordKeeping.PAPER);

        FeeContext context = FeeContext.forQuote(request, forty, LocalDate.of(2026, 11, 2), Set.of(UsState.CA));
        Quote quote = FeeCalculator.standard().quote(list, context);

        assertThat(context.attorneyBeforeSuit()).isTrue();
        assertThat(quote.compliance().findings()).extracting(f -> f.rule().ruleId()).containsExactly("CA.5");
        assertThat(quote.total()).hasToString("$10.00");
        assertThat(quote.compliance().lawfulMaximum()).map(Object::toString).contains("$4.00");
        assertThat(quote.compliance().outcome()).isEqualTo(ComplianceOutcome.EXCEEDS_LIMIT);
        form.setAttorneyBeforeSuit(false);
        RecordsRequest afterSuit = intake.accept(PRACTICE, form).request();
        Quote hsc = FeeCalculator.standard().quote(list, FeeContext.forQuote(afterSuit, forty, LocalDate.of(2026, 11, 2),
                Set.of(UsState.CA)));
        assertThat(hsc.compliance().findings()).extracting(f -> f.rule().ruleId()).containsExactly("CA.1");
        assertThat(hsc.compliance().outcome()).isEqualTo(ComplianceOutcome.COMPLIANT);
        assertThat(request.legalBasis()).isEqualTo(LegalBasis.AUTHORIZATION);
    }
}
