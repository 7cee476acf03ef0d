package io.github.medrecords.examples;

import io.github.medrecords.core.intake.AcceptedSubmission;
import io.github.medrecords.core.intake.FieldViolation;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.intake.RequestIntake;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordsRequest;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The README's demo: the seed practice receives submissions as its form would post them, and the
 * library says what it makes of each. Runs on embedded defaults with nothing installed.
 */
public final class Demo {

    private Demo() {
    }

    /**
     * Runs the demo.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; send it to SLF4J like the rest.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        run(System.out);
    }

    static void run(PrintStream out) {
        PracticeProfile practice = ExamplePractices.connecticutOrthopaedics();
        Clock clock = Clock.system(practice.zone());
        LocalDate today = LocalDate.now(clock);
        out.println("medrecords demo — " + practice.name() + " (" + practice.jurisdictions() + ", " + practice.zone()
                + ")");
        out.println("Complaints: " + practice.complaintContact().nameOrTitle() + ", "
                + practice.complaintContact().phone().formatted());
        out.println();
        try (ValidatorFactory validation = MedrecordsValidation.validatorFactory(clock)) {
            RequestIntake intake = new RequestIntake(validation.getValidator());
            submit(out, intake, practice, "1. A patient asks for her MRI images and report by secure link",
                    PracticeForm.mriImagesBySecureLink(today));
            submit(out, intake, practice, "2. The same form for x-rays on CD, with the usual mistakes",
                    PracticeForm.xraysOnCdWithMistakes(today));
        }
        out.println("== 3. Fees: an estimate, quotes, and what the law says about the practice's prices");
        FeesDemo.run(out);
        out.println();
        out.println("== 4. Due dates and turnaround");
        TimeframesDemo.run(out);
        out.println();
    }

    private static void submit(PrintStream out, RequestIntake intake, PracticeProfile practice, String title,
            RecordsRequestSubmission submission) {
        out.println("== " + title);
        List<FieldViolation> problems = intake.check(practice, submission);
        if (problems.isEmpty()) {
            AcceptedSubmission accepted = intake.accept(practice, submission);
            RecordsRequest request = accepted.request();
            out.println("   Accepted. Legal basis: " + request.legalBasis() + " (" + request.legalBasis().ruleId()
                    + "); authorization needed: " + (request.legalBasis().requiresAuthorization() ? "yes" : "no, R3.7")
                    + "; listed in the accounting of disclosures: "
                    + (request.legalBasis().listedInAccounting() ? "yes" : "no, R4.2"));
            for (RecordSelection s : request.selections()) {
                out.println("   - " + s.type().label() + ", " + s.copies() + " cop" + (s.copies() == 1 ? "y" : "ies"));
            }
            out.println("   Delivery: " + request.delivery().method());
        } else {
            out.println("   Refused with " + problems.size() + " problems the portal shows next to each field:");
            for (FieldViolation v : problems) {
                out.printf("   - %-28s %s%n", v.field(), v.message());
            }
        }
        out.println();
    }
}
