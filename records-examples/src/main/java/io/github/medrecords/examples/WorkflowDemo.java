package io.github.medrecords.examples;

import io.github.medrecords.core.authorization.Authorization;
import io.github.medrecords.core.authorization.Expiration;
import io.github.medrecords.core.authorization.VerificationMethod;
import io.github.medrecords.core.fee.CostBasisRequiredException;
import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.fee.Quote;
import io.github.medrecords.core.fee.RecordKeeping;
import io.github.medrecords.core.intake.AuthorizationForm;
import io.github.medrecords.core.intake.DeliveryForm;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.intake.ProviderForm;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.intake.RequesterForm;
import io.github.medrecords.core.money.Money;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.port.DisclosureLog;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PurposeKind;
import io.github.medrecords.core.request.RecordType;
import io.github.medrecords.core.request.RequesterRole;
import io.github.medrecords.core.request.ThirdPartyKind;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.service.SubmissionPreview;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.HistoryEntry;
import io.github.medrecords.core.workflow.PaymentMethod;
import io.github.medrecords.core.workflow.ReleaseBlockedException;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.SelectionFulfilment;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The seed practice's main journeys through the workflow, printing each step: a patient's image
 * request by secure link; copies sent to a physician for continuing care; a third party blocked by
 * an expired authorization and released after a valid one.
 */
public final class WorkflowDemo {

    private static final Actor CLERK = Actor.staff("records-clerk-1");
    private static final Actor PORTAL = Actor.requester("portal");

    private WorkflowDemo() {
    }

    /**
     * Runs the journeys against a store.
     *
     * @param out  where to print, not null
     * @param repository  the request store, not null
     * @param log  the disclosure log of the same store, not null
     * @param start  when the first journey starts, not null
     * @return the service the journeys ran through, for later steps of the demo
     */
    public static RequestService run(PrintStream out, RequestRepository repository, DisclosureLog log, Instant start) {
        // The seed practice once it recorded the cost behind its prices; patientImages shows why it had to.
        PracticeProfile practice = ExamplePractices.connecticutOrthopaedicsWithCostBasis();
        DemoClock clock = new DemoClock(start, practice.zone());
        try (ValidatorFactory validation = MedrecordsValidation.validatorFactory(clock)) {
            RequestService service = new RequestService(PracticeDirectory.of(practice), repository,
                    validation.getValidator(), clock, FeeCalculator.standard(), DeadlineRules.defaults(),
                    StandardNotificationPolicy.requesterOnly().withWebhook("ehr"));
            patientImages(out, service, practice, clock);
            continuingCare(out, service, practice, clock);
            thirdParty(out, service, practice, clock, log);
            return service;
        }
    }

    private static void patientImages(PrintStream out, RequestService service, PracticeProfile practice,
            DemoClock clock) {
        out.println("-- A patient asks for her MRI images by secure link");
        LocalDate today = LocalDate.now(clock);
        RecordsRequestSubmission form = PracticeForm.mriImagesBySecureLink(today);
        form.getRecords().remove(1);
        form.setIdempotencyKey("demo-images-" + UUID.randomUUID());
        SubmissionPreview preview = service.preview(practice.id(), form);
        out.println("   before submitting: estimate " + preview.estimate().total() + ", due by law "
                + preview.dueDate().map(d -> d.legalDate().toString()).orElse("-") + ", ready "
                + preview.readyWindow().earliest() + " to " + preview.readyWindow().latest());
        RequestCase c = service.submit(practice.id(), form, PORTAL);
        RequestCase again = service.submit(practice.id(), form, PORTAL);
        step(out, c, "submitted (the portal posted twice and got the same request back: "
                + c.number().equals(again.number()) + ")");
        clock.advance(Duration.ofHours(2));
        c = service.verifyIdentity(c.id(), VerificationMethod.PATIENT_PORTAL_ACCOUNT, CLERK);
        step(out, c, "identity verified through the portal account");
        clock.advance(Duration.ofDays(1));
        c = service.recordFulfilment(c.id(), List.of(SelectionFulfilment.ofMedia(0, 1, RecordKeeping.ELECTRONIC)),
                Money.ZERO, CLERK);
        step(out, c, "images prepared; quote " + c.quote().orElseThrow().total() + ", "
                + c.quote().orElseThrow().compliance().outcome() + " (the cost basis is recorded)");
        Quote published = FeeCalculator.standard().quote(ExamplePractices.connecticutOrthopaedicsPriceList(),
                c.quote().orElseThrow().context());
        try {
            published.requireInvoiceable();
        } catch (CostBasisRequiredException e) {
            out.println("   with the published list alone (" + published.compliance().outcome() + ") the invoice is"
                    + " refused under " + e.ruleId() + " for " + String.join(", ", e.priceRuleIds())
                    + ": record cost-basis." + e.priceRuleIds().get(0) + "." + e.costKind()
                    + ".method, .unit-cost and .reference in the price-list file");
        }
        practice.priceList().costBases().stream().filter(b -> b.priceRuleId().equals("ONS-IMAGES-LINK"))
                .forEach(b -> out.println("   the practice recorded its cost basis: " + b.priceRuleId() + " "
                        + b.kind() + " " + b.method() + " " + b.unitCost() + " (" + b.reference() + ")"));
        clock.advance(Duration.ofMinutes(10));
        c = service.issueInvoice(c.id(), CLERK);
        step(out, c, "invoice " + c.invoice().orElseThrow().number() + " for " + c.invoice().orElseThrow().amount());
        clock.advance(Duration.ofHours(5));
        c = service.recordPayment(c.id(), c.invoice().orElseThrow().number(), c.amountDue(), PaymentMethod.CARD,
                "ch_demo_1", PORTAL);
        step(out, c, "paid by card");
        clock.advance(Duration.ofMinutes(30));
        c = service.release(c.id(), CLERK);
        step(out, c, "released by secure link");
        history(out, c);
    }

    private static void continuingCare(PrintStream out, RequestService service, PracticeProfile practice,
            DemoClock clock) {
        out.println("-- A physician's office asks for the x-rays for continuing care");
        clock.advance(Duration.ofDays(1));
        RecordsRequestSubmission form = PracticeForm.mriImagesBySecureLink(LocalDate.now(clock));
        form.setIdempotencyKey("demo-care-" + UUID.randomUUID());
        form.getPatient().setGivenName("James");
        form.getPatient().setFamilyName("Nguyen");
        form.getRecords().remove(1);
        form.getRecords().get(0).setType(RecordType.XRAY_IMAGES.code());
        RequesterForm office = new RequesterForm();
        office.setRole(RequesterRole.PROVIDER);
        office.setName("Dr. Hart");
        office.setOrganization("Shoreline Physical Therapy");
        office.setPhone("(203) 555-0170");
        form.setRequester(office);
        form.setLegalBasis(LegalBasis.TREATMENT);
        form.setPurpose(PurposeKind.CONTINUING_CARE);
        DeliveryForm delivery = new DeliveryForm();
        delivery.setMethod(DeliveryMethod.DIRECT_TO_PROVIDER);
        ProviderForm provider = new ProviderForm();
        provider.setName("Shoreline Physical Therapy");
        provider.setAddress(PracticeForm.address());
        delivery.setProvider(provider);
        form.setDelivery(delivery);
        RequestCase c = service.submit(practice.id(), form, Actor.requester("shoreline-pt"));
        step(out, c, "submitted; authorization needed: no (treatment, R3.8)");
        c = service.verifyIdentity(c.id(), VerificationMethod.PROVIDER_CREDENTIALS, CLERK);
        c = service.recordFulfilment(c.id(), List.of(SelectionFulfilment.ofMedia(0, 1, RecordKeeping.ELECTRONIC)),
                Money.ZERO, CLERK);
        step(out, c, "copied; quote " + c.quote().orElseThrow().total() + " (the practice's continuing-care policy)");
        clock.advance(Duration.ofMinutes(30));
        c = service.release(c.id(), CLERK);
        step(out, c, "released to the physician's office; no invoice, no payment");
    }

    private static void thirdParty(PrintStream out, RequestService service, PracticeProfile practice,
            DemoClock clock, DisclosureLog log) {
        out.println("-- An attorney asks with the patient's authorization");
        clock.advance(Duration.ofDays(1));
        LocalDate today = LocalDate.now(clock);
        RecordsRequestSubmission form = PracticeForm.mriImagesBySecureLink(today);
        form.setIdempotencyKey("demo-attorney-" + UUID.randomUUID());
        form.getRecords().remove(0);
        RequesterForm attorney = new RequesterForm();
        attorney.setRole(RequesterRole.THIRD_PARTY);
        attorney.setThirdPartyKind(ThirdPartyKind.ATTORNEY);
        attorney.setName("Dana Whitfield");
        attorney.setOrganization("Whitfield & Ames LLP");
        attorney.setEmail("records@whitfield-ames.example");
        form.setRequester(attorney);
        form.setLegalBasis(LegalBasis.AUTHORIZATION);
        form.setPurpose(PurposeKind.LEGAL);
        AuthorizationForm signed = new AuthorizationForm();
        signed.setInformationDescription("MRI report");
        signed.getRecordTypes().add(RecordType.MRI_REPORT.code());
        signed.setDisclosingParty(practice.name());
        signed.getRecipients().add("Whitfield & Ames LLP");
        signed.getPurposes().add(PurposeKind.LEGAL);
        signed.setExpiresOn(today.plusDays(2));
        signed.setSignerName("Maria Kowalski");
        signed.setSignedOn(today.minusDays(20));
        signed.setRightToRevokeStatement(true);
        signed.setConditioningStatement(true);
        signed.setRedisclosureStatement(true);
        form.setAuthorization(signed);
        DeliveryForm delivery = new DeliveryForm();
        delivery.setMethod(DeliveryMethod.PAPER_BY_MAIL);
        delivery.setPostalAddress(PracticeForm.address());
        form.setDelivery(delivery);
        RequestCase c = service.submit(practice.id(), form, Actor.requester("whitfield-ames"));
        step(out, c, "submitted with an authorization that expires in two days");
        c = service.verifyIdentity(c.id(), VerificationMethod.DOCUMENTS_OF_AUTHORITY, CLERK);
        c = service.recordFulfilment(c.id(), List.of(SelectionFulfilment.ofPages(0, 4, RecordKeeping.PAPER)),
                Money.parse("0.73"), CLERK);
        c = service.issueInvoice(c.id(), CLERK);
        step(out, c, "4 pages, quote " + c.quote().orElseThrow().total() + "; invoiced");
        clock.advance(Duration.ofDays(5));
        c = service.recordPayment(c.id(), c.invoice().orElseThrow().number(), c.amountDue(), PaymentMethod.CHECK,
                "chk-5521", CLERK);
        step(out, c, "paid by check five days later");
        try {
            service.release(c.id(), CLERK);
        } catch (ReleaseBlockedException e) {
            out.println("   release refused: " + e.getFailing() + " — " + e.getFailing().get(0).description());
        }
        Authorization renewed = Authorization.builder().informationDescription("MRI report")
                .covers(RecordType.MRI_REPORT).disclosingParty(practice.name()).recipient("Whitfield & Ames LLP")
                .purpose(PurposeKind.LEGAL).expiration(Expiration.onDate(LocalDate.now(clock).plusMonths(6)))
                .signature("Maria Kowalski", LocalDate.now(clock)).statements(true, true, true).build();
        c = service.attachAuthorization(c.id(), renewed, CLERK);
        step(out, c, "a new, valid authorization attached");
        clock.advance(Duration.ofMinutes(30));
        c = service.release(c.id(), CLERK);
        step(out, c, "released by mail; disclosure-log entries for this patient: "
                + log.entriesFor(practice.id(), c.patientKey(), Instant.EPOCH, clock.instant().plusSeconds(1)).size()
                + " (a disclosure under an authorization is not in the accounting, R4.2)");
    }

    private static void step(PrintStream out, RequestCase c, String what) {
        out.printf("   %s  %-18s %s%n", c.number(), c.status(), what);
    }

    private static void history(PrintStream out, RequestCase c) {
        out.println("   history of " + c.number() + ":");
        for (HistoryEntry h : c.history()) {
            out.printf("     %d. %s %-22s %s%n", h.sequence(), h.at(), h.action(), h.detail());
        }
    }
}
