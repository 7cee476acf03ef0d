package io.github.medrecords.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.CostBasisRequiredException;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.PriceList;
import io.github.medrecords.core.fee.PriceRule;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ComplaintContact;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticePolicies;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.HistoryAction;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import io.github.medrecords.testkit.intake.SubmissionGenerator;
import io.github.medrecords.testkit.intake.SubmissionShape;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Through the service on the in-memory store (#13): a price without a recorded cost basis is not invoiced unless
 * the practice's policy says so, and then the history says it was; an attorney's form that says "before suit"
 * is quoted by California's Evidence Code 1158.
 */
class FeePoliciesServiceTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ZONE).toInstant(), ZONE);
    private static final Actor CLERK = Actor.staff("clerk-7");
    private static final Actor PORTAL = Actor.requester("portal");
    private static final PracticeProfile SEED = ExamplePractices.connecticutOrthopaedics();
    private static final PracticeProfile SEED_INVOICING = SEED.toBuilder()
            .policies(SEED.policies().withInvoiceWithoutCostBasis(true)).build();
    private static final PracticeProfile CALIFORNIA = PracticeProfile.builder(PracticeId.of("ca-bay-coast"))
            .name("Bay Coast Physicians")
            .jurisdiction(UsState.CA)
            .zone(ZoneId.of("America/Los_Angeles"))
            .complaintContact(ComplaintContact.of("Privacy Officer", "555-555-0100"))
            .priceList(PriceList.builder("Bay Coast copies")
                    .rule(PriceRule.perPage("BC-PAGES", "Copies", "0.25"))
                    .rule(PriceRule.postage("BC-POSTAGE"))
                    .build())
            .build();

    private final ValidatorFactory validation = MedrecordsValidation.validatorFactory(CLOCK);
    private final SubmissionGenerator forms = new SubmissionGenerator(7, LocalDate.of(2026, 11, 2));

    @AfterEach
    void close() {
        validation.close();
    }

    private RequestService service(InMemoryStore store, PracticeProfile practice) {
        return new RequestService(PracticeDirectory.of(practice), store, validation.getValidator(), CLOCK,
                FeeCalculator.standard(), DeadlineRules.defaults(), StandardNotificationPolicy.requesterOnly());
    }

    private RequestCase quotedCd(RequestService service, PracticeProfile practice) {
        RequestCase c = service.submit(practice.id(), forms.valid(SubmissionShape.PATIENT_CD_BY_MAIL), PORTAL);
        c = service.verifyIdentity(c.id(), VerificationMethod.PHOTO_ID_COPY, CLERK);
        return service.recordFulfilment(c.id(), List.of(SelectionFulfilment.ofMedia(0, 1, RecordKeeping.ELECTRONIC)),
                Money.ZERO, CLERK);
    }

    @Test
    void theSeedPracticesImagesAreNotInvoicedWithoutTheirCostBasisAndNothingIsSaved() {
        InMemoryStore store = InMemoryStore.create();
        RequestService service = service(store, SEED);
        RequestCase quoted = quotedCd(service, SEED);

        assertThatExceptionOfType(CostBasisRequiredException.class)
                .isThrownBy(() -> service.issueInvoice(quoted.id(), CLERK))
                .satisfies(e -> assertThat(e.priceRuleIds()).containsExactly("ONS-IMAGES-CD"));
        assertThat(store.findById(quoted.id())).hasValueSatisfying(c -> {
            assertThat(c.status()).isEqualTo(RequestStatus.QUOTED);
            assertThat(c.version()).isEqualTo(quoted.version());
        });
    }

    @Test
    void aPracticeThatChoseToInvoicesAndTheStoredHistorySaysSo() {
        InMemoryStore store = InMemoryStore.create();
        RequestService service = service(store, SEED_INVOICING);
        RequestCase quoted = quotedCd(service, SEED_INVOICING);

        RequestCase invoiced = service.issueInvoice(quoted.id(), CLERK);

        assertThat(invoiced.status()).isEqualTo(RequestStatus.INVOICED);
        assertThat(store.findById(quoted.id()).orElseThrow().history()).last().satisfies(h -> {
            assertThat(h.action()).isEqualTo(HistoryAction.INVOICE_ISSUED_WITHOUT_COST_BASIS);
            assertThat(h.detail()).contains("ONS-IMAGES-CD");
        });
    }

    @Test
    void anAttorneyBeforeSuitIsQuotedByEvidenceCode1158() {
        InMemoryStore store = InMemoryStore.create();
        RequestService service = service(store, CALIFORNIA);
        RecordsRequestSubmission form = forms.valid(SubmissionShape.ATTORNEY_AUTHORIZATION);
        form.setAttorneyBeforeSuit(true);

        RequestCase c = service.submit(CALIFORNIA.id(), form, PORTAL);
        c = service.verifyIdentity(c.id(), VerificationMethod.PHOTO_ID_COPY, CLERK);
        c = service.recordFulfilment(c.id(), List.of(SelectionFulfilment.ofPages(0, 40, RecordKeeping.PAPER)),
                Money.parse("2.00"), CLERK);

        assertThat(c.request().attorneyBeforeSuit()).isTrue();
        assertThat(store.findById(c.id()).orElseThrow().request().attorneyBeforeSuit()).isTrue();
        assertThat(c.quote().orElseThrow().compliance().findings()).extracting(f -> f.rule().ruleId())
                .containsExactly("CA.5");
        // $0.10 a page plus actual postage: 40 x 0.10 + 2.00.
        assertThat(c.quote().orElseThrow().compliance().lawfulMaximum()).contains(Money.parse("6.00"));
    }
}
