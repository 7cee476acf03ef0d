package io.github.medrecords.examples;

import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.port.DisclosureLog;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.service.AccountingOfDisclosures;
import io.github.medrecords.core.service.AccountingService;
import io.github.medrecords.core.service.DashboardRow;
import io.github.medrecords.core.service.DeadlineSweep;
import io.github.medrecords.core.service.ExtensionResult;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.service.RequesterView;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.StandingPolicy;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.DenialGround;
import io.github.medrecords.core.workflow.DenialNotice;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.LicensedProfessional;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.Review;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The journeys of part 2 of the workflow, printing each step: a reviewable denial with its notice and a
 * review that reverses it; an extension under HIPAA that Connecticut's 30 days overrides; a hand-off to an
 * outside company; a repeat request; an overdue request surfacing in the sweep; a patient's accounting of
 * disclosures; the requester's view and the staff dashboard.
 */
public final class WorkflowPartTwoDemo {

    private static final Actor CLERK = Actor.staff("records-clerk-1");
    private static final Actor PORTAL = Actor.requester("portal");
    private static final LicensedProfessional DR_LEE = LicensedProfessional.of("dr-lee", "Dr. Ana Lee",
            "MD, CT 041233");
    private static final LicensedProfessional DR_ROE = LicensedProfessional.of("dr-roe", "Dr. Sam Roe",
            "MD, CT 052311");

    private WorkflowPartTwoDemo() {
    }

    /**
     * Runs the journeys against a store.
     *
     * @param out  where to print, not null
     * @param repository  the request store, not null
     * @param log  the disclosure log of the same store, not null
     * @param start  when the first journey starts, not null
     */
    public static void run(PrintStream out, RequestRepository repository, DisclosureLog log, Instant start) {
        // Each run's patients are new people, so a second run is not linked to the first run's open requests.
        LocalDate births = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        PracticeProfile practice = ExamplePractices.connecticutOrthopaedics();
        DemoClock clock = new DemoClock(start, practice.zone());
        try (ValidatorFactory validation = MedrecordsValidation.validatorFactory(clock)) {
            RequestService service = new RequestService(PracticeDirectory.of(practice), repository,
                    validation.getValidator(), clock, FeeCalculator.standard(), DeadlineRules.defaults(),
                    StandardNotificationPolicy.requesterOnly().withWebhook("ehr"));
            AccountingService accounting = new AccountingService(PracticeDirectory.of(practice), log,
                    DeadlineRules.defaults(), clock);

            out.println("-- A reviewable denial, its notice, and a review that reverses it");
            RequestCase denied = service.submit(practice.id(), form(clock, births, "Ava", "Brooks"), PORTAL);
            clock.advance(Duration.ofDays(2));
            denied = service.deny(denied.id(), DenialGround.ENDANGERMENT, Set.of(0, 1), Optional.of(DR_LEE), CLERK);
            step(out, denied, "denied on " + DenialGround.ENDANGERMENT + " as determined by " + DR_LEE.name());
            DenialNotice notice = service.denialNotice(denied.id());
            for (String line : notice.text().split("\n")) {
                out.println("   | " + line);
            }
            clock.advance(Duration.ofDays(5));
            denied = service.review(denied.id(), DR_ROE, Review.Outcome.REVERSED, CLERK);
            step(out, denied, "review by " + DR_ROE.name() + " (who took no part in the denial): REVERSED");

            out.println("-- An extension under HIPAA that Connecticut's 30 days overrides");
            RequestCase late = service.submit(practice.id(), form(clock, births, "Ben", "Carter"), PORTAL);
            LocalDate legal = late.dueDate().orElseThrow().legalDate();
            clock.advance(Duration.ofDays(10));
            ExtensionResult extension = service.extend(late.id(), legal.plusDays(30), "Records archived off site",
                    CLERK);
            step(out, extension.request(), "extension to " + legal.plusDays(30) + " given; binding date moved: "
                    + extension.bindingDateMoved() + ", still " + extension.bindingDate() + " under "
                    + extension.limitedByRule().orElse("-"));

            out.println("-- A hand-off to an outside release-of-information company");
            RequestCase handed = service.submit(practice.id(), form(clock, births, "Cleo", "Diaz"), PORTAL);
            handed = service.handOff(handed.id(), "Acme ROI Services", "ACME-991", CLERK);
            step(out, handed, "handed off to Acme ROI Services as ACME-991; due by law still "
                    + handed.dueDate().orElseThrow().legalDate());
            clock.advance(Duration.ofDays(3));
            handed = service.recordHandOffProgress(handed.id(), "Copies pulled, identity verified", CLERK);
            step(out, handed, "progress reported back by the company");
            clock.advance(Duration.ofDays(2));
            handed = service.recordOutsideRelease(handed.id(), DeliveryMethod.SECURE_LINK, CLERK);
            step(out, handed, "released by the company");

            out.println("-- A repeat request");
            RequestCase again = service.submit(practice.id(), form(clock, births, "Ben", "Carter"), PORTAL);
            RequestCase original = service.require(late.id());
            step(out, again, "linked as a repeat of " + again.repeatOf().map(Object::toString).orElse("-")
                    + "; the original's due date stays " + original.dueDate().orElseThrow().legalDate()
                    + "; the patient has asked " + (original.repeatCount() + 1) + " times");

            out.println("-- The deadline sweep, 40 days on");
            clock.advance(Duration.ofDays(40));
            DeadlineSweep sweep = service.sweepDeadlines(practice.id(), 5);
            out.println("   raised " + count(sweep.overdueRaised(), "overdue event") + " and "
                    + count(sweep.dueSoonRaised(), "due-soon event") + "; overdue, worst first:");
            for (RequestCase c : sweep.overdue()) {
                out.println("     " + c.number() + " due " + c.dueDate().orElseThrow().legalDate());
            }
            DeadlineSweep second = service.sweepDeadlines(practice.id(), 5);
            out.println("   a second sweep raises " + count(second.overdueRaised() + second.dueSoonRaised(), "event")
                    + ": each is raised once per request");

            out.println("-- A patient's accounting of disclosures");
            accounting.recordBusinessAssociateDisclosure(new DisclosureEntry(UUID.randomUUID(), practice.id(),
                    handed.patientKey(), Optional.empty(), clock.instant().minus(Duration.ofDays(20)),
                    "Connecticut Department of Public Health", Optional.empty(), "Immunization record",
                    "Public health reporting", LegalBasis.PUBLIC_HEALTH, "Acme ROI Services"));
            AccountingOfDisclosures a = accounting.accountingFor(practice.id(), handed.patientKey(), List.of());
            out.println("   " + (a.entries().size() == 1 ? "1 entry" : a.entries().size() + " entries") + " since "
                    + a.periodFrom() + "; due by "
                    + a.dueDate().orElseThrow().legalDate() + " (R4.5); free: " + a.free() + " (R4.6)");
            for (DisclosureEntry e : a.entries()) {
                out.println("     " + e.disclosedAt() + " to " + e.recipientName() + ", " + e.purpose() + ", by "
                        + e.disclosedBy());
            }

            out.println("-- What the requester sees, and the staff dashboard");
            RequesterView view = service.requesterView(denied.id());
            out.println("   " + view.requestNumber() + ": " + view.statusWords() + " Next: " + view.nextStep()
                    + " Notices: " + view.notices().stream().map(n -> n.event().name()).toList());
            for (DashboardRow row : service.dashboard(practice.id(), StandingPolicy.defaults())) {
                out.println("   " + row.requestNumber() + " " + row.status() + " "
                        + row.standing().map(s -> s.status() + " " + s.legalDate()).orElse("no deadline")
                        + " owner " + row.owner().orElse("-") + " asked " + row.timesAsked() + "x " + row.flags());
            }
        }
    }

    private static RecordsRequestSubmission form(DemoClock clock, LocalDate births, String given, String family) {
        RecordsRequestSubmission form = PracticeForm.mriImagesBySecureLink(LocalDate.now(clock));
        form.setIdempotencyKey("demo-part2-" + family + "-" + UUID.randomUUID());
        form.getPatient().setGivenName(given);
        form.getPatient().setFamilyName(family);
        form.getPatient().setDateOfBirth(births.plusDays(family.length()));
        return form;
    }

    private static void step(PrintStream out, RequestCase c, String what) {
        out.printf("   %s  %-18s %s%n", c.number(), c.status(), what);
    }

    /** A count with its noun as a person writes it: "1 overdue event", "3 overdue events". */
    static String count(int n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }
}
