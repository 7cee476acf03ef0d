package io.github.medrecords.examples;

import io.github.medrecords.core.fee.PriceListAudit;
import io.github.medrecords.core.intake.AcceptedSubmission;
import io.github.medrecords.core.intake.FieldViolation;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.intake.RecordsRequestSubmission;
import io.github.medrecords.core.intake.RequestIntake;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.RecordSelection;
import io.github.medrecords.core.request.RecordsRequest;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.store.jdbc.JdbcStore;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;

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
        run(System.out, Path.of("medrecords-data"), args.length > 0 && !args[0].isBlank() ? args[0] : null);
    }

    /**
     * Runs the whole demo.
     *
     * @param out  where to print, not null
     * @param dataFolder  the folder of the H2 file store, not null
     * @param smtpHostOrNull  {@code host[:port]} of an SMTP server to send the emails to, or null to print them
     */
    static void run(PrintStream out, Path dataFolder, String smtpHostOrNull) {
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
        out.println("== 5. The journeys, kept in an H2 file at " + dataFolder.toAbsolutePath().resolve("store.mv.db"));
        JdbcDataSource ds = new JdbcDataSource();
        // WRITE_DELAY=0: H2 writes each commit before acknowledging it (the store insists on it anyway).
        ds.setURL("jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("store") + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0");
        JdbcStore store = JdbcStore.builder(ds).practices(PracticeDirectory.of(practice)).build();
        List<RequestCase> earlier = store.findByStatus(practice.id(), EnumSet.allOf(RequestStatus.class)).requests();
        out.println("   requests already in the store from earlier runs: " + earlier.size()
                + (earlier.isEmpty() ? "" : " (" + earlier.get(0).number() + " to "
                        + earlier.get(earlier.size() - 1).number() + "; delete " + dataFolder + " to start clean)"));
        // The journeys run on a clock of their own that starts at a whole minute and moves in whole steps.
        Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        WorkflowDemo.run(out, store, store, start);
        out.println();
        out.println("== 6. When the path does not simply run: denials, extensions, hand-offs, repeats, deadlines");
        WorkflowPartTwoDemo.run(out, store, store, start);
        out.println();
        out.println("== 7. What the patient and the practice's systems receive");
        List<OutboxMessage> messages = store.claim("demo-relay", 1000, Instant.now().plus(Duration.ofDays(30)),
                Duration.ofMinutes(5));
        List<OutboxMessage> thisRun = messages.stream().filter(m -> !m.createdAt().isBefore(start))
                .sorted(Comparator.comparing((OutboxMessage m) -> m.requestNumber().toString())
                        .thenComparing(OutboxMessage::createdAt)).toList();
        if (smtpHostOrNull != null) {
            NotificationsDemo.run(out, thisRun, smtpHostOrNull);
        } else {
            RequestNumber first = thisRun.get(0).requestNumber();
            List<OutboxMessage> firstJourney = thisRun.stream().filter(m -> m.requestNumber().equals(first)).toList();
            out.println("This run wrote " + thisRun.size() + " notifications to the outbox. Those of request " + first
                    + " in full, as its patient and the practice's EHR receive them:");
            NotificationsDemo.run(out, firstJourney, null);
            out.println();
            out.println("-- The other " + (thisRun.size() - firstJourney.size()) + ", one line each (add"
                    + " -Ddemo.args=host:port to send every email to an SMTP server):");
            for (OutboxMessage m : thisRun) {
                if (!m.requestNumber().equals(first)) {
                    out.printf("   %s  %-24s %-7s to %s%n", m.requestNumber(), m.event(), m.channel(),
                            m.channel() == Channel.WEBHOOK ? m.recipient() : "the requester");
                }
            }
        }
        messages.forEach(m -> store.markDelivered(m.id(), "demo-relay", Instant.now().plus(Duration.ofDays(30))));
        out.println();
        out.println("== 8. The practice's whole price list audited against Connecticut law");
        out.print(PriceListAudit.standard().audit(practice.priceList(), UsState.CT, today).table());
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
