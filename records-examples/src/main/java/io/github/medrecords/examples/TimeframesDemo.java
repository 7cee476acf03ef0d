package io.github.medrecords.examples;

import io.github.medrecords.calendar.jollyday.JollydayCalendars;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.timeframe.DeadlineCalculator;
import io.github.medrecords.core.timeframe.DeadlineQuery;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.timeframe.DueDate;
import io.github.medrecords.core.timeframe.Extension;
import io.github.medrecords.core.timeframe.ReadyWindow;
import io.github.medrecords.core.timeframe.Standing;
import io.github.medrecords.core.timeframe.StandingPolicy;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Timeframes for the seed practice: a patient's access request received on a Wednesday evening
 * before Good Friday, its legal due date (binding rule, working target), what a HIPAA extension does
 * under Connecticut law, the turnaround window a portal shows, and where the request stands.
 */
public final class TimeframesDemo {

    private TimeframesDemo() {
    }

    /**
     * Runs the demo.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Prints a due date and a turnaround window for the seed practice.
     *
     * @param out  where to print, not null
     */
    public static void run(PrintStream out) {
        Objects.requireNonNull(out, "out");
        PracticeProfile practice = ExamplePractices.connecticutOrthopaedics().toBuilder()
                .holidayCalendar(JollydayCalendars.usState(UsState.CT))
                .build();

        // Received (and complete) at 17:30 on Wednesday 2026-03-04, after the 16:00 cut-off.
        Instant received = LocalDateTime.of(2026, 3, 4, 17, 30).atZone(practice.zone()).toInstant();
        LocalDate receivedOn = practice.businessCalendar().dateOf(received);

        DeadlineCalculator deadlines = DeadlineCalculator.of(DeadlineRules.defaults(), practice.businessCalendar());
        DueDate due = deadlines.dueDate(DeadlineQuery.forRecords(receivedOn, LegalBasis.INDIVIDUAL_ACCESS,
                practice.jurisdictions())).orElseThrow();
        out.println("Request received " + receivedOn + " by " + practice.name());
        out.println("  legal due date: " + due.legalDate() + " set by " + due.bindingRule().title()
                + " (" + due.bindingRule().citation().source() + ", " + due.bindingRule().ruleId() + ")");
        out.println("  working target: " + due.workingTarget() + " (the legal date is Good Friday; R8.6)");
        out.println("  also satisfied: " + due.alsoSatisfied().get(0).title());

        DueDate extended = due.withExtension(
                Extension.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 30), "Older records archived off-site"));
        out.println("  after a HIPAA extension to 2026-04-30: " + extended.legalDate()
                + (extended.extensionMovesBindingDate() ? "" : ", unchanged: "
                        + extended.extensionLimitedBy().orElseThrow().ruleId() + " allows no extension"));

        ReadyWindow window = practice.turnaround().expectedReady(received, DeliveryMethod.SECURE_LINK);
        out.println("  ready (secure link, 2-3 business days from " + window.countedFrom() + "): "
                + window.earliest() + " to " + window.latest());
        ReadyWindow mailed = practice.turnaround().expectedReady(received, DeliveryMethod.PAPER_BY_MAIL);
        out.println("  ready (paper by mail, 3-5 business days): " + mailed.earliest() + " to " + mailed.latest());

        Clock clock = Clock.fixed(LocalDateTime.of(2026, 3, 30, 9, 0).atZone(practice.zone()).toInstant(),
                practice.zone());
        Standing standing = StandingPolicy.defaults().standing(due, clock, practice.zone());
        out.println("  standing on 2026-03-30: " + standing.status() + ", " + standing.daysRemaining()
                + " days to the legal date");
    }
}
