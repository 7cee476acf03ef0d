package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.PRACTICE;
import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.core.timeframe.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The workflow's types keep patient data out of {@code toString()}: a request worked to release,
 * with its disclosure entry, history, events and notifications, prints no name, address or email.
 */
class WorkflowRedactionTest {

    private static final List<String> PHI = List.of("Maria", "Kowalski", "1971", "Elm", "Hartford", "06103",
            "maria.k", "example.com", "Superior Court", "Clerk");

    /**
     * A holder's text with its random ids blanked: a UUID's hex digits can spell "1971" or "06103" by chance
     * (about once in 300 runs), which is not patient data.
     */
    private static String withoutIds(Object holder) {
        return UUID_TEXT.matcher(holder.toString()).replaceAll("<id>");
    }

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Test
    void noWorkflowTypePrintsPatientData() {
        RequestCase c = Cases.verified(Cases.fulfilled(Cases.submitted(Cases.subpoena(), Optional.empty()),
                Cases.paperPages(4)));
        c = c.issueInvoice(STAFF, at(2)).after();
        c = c.recordPayment(c.invoice().orElseThrow().number(), c.amountDue(), PaymentMethod.CHECK, "chk-9", STAFF,
                at(3)).after();
        Transition released = c.release(DeliveryMethod.PAPER_BY_MAIL, Optional.empty(), PRACTICE.name(), STAFF,
                Cases.zonedAt(4));
        List<OutboxMessage> messages = new ArrayList<>();
        StandardNotificationPolicy policy = StandardNotificationPolicy.requesterOnly().withPatientName(true);
        for (DomainEvent e : released.events()) {
            messages.addAll(policy.messagesFor(e, released.after(), PRACTICE));
        }

        List<Object> holders = new ArrayList<>(List.of(released, released.after(), released.after().snapshot(),
                released.after().release().orElseThrow(), ChangeSet.of(released, messages)));
        holders.addAll(released.disclosures());
        holders.addAll(released.after().history());
        holders.addAll(released.events());
        holders.addAll(messages);
        assertThat(released.disclosures()).isNotEmpty();
        for (Object holder : holders) {
            assertThat(withoutIds(holder)).as(holder.getClass().getSimpleName()).doesNotContain(PHI);
        }
    }

    @Test
    void denialsReviewsExtensionsAndHandOffsPrintNoPatientData() {
        LicensedProfessional lee = LicensedProfessional.of("dr-lee", "Dr. Ana Lee", "MD");
        RequestCase c = Cases.submitted(Cases.reportAndNotes(), Optional.empty());
        Transition extended = c.extend(Extension.of(Cases.RECEIVED.toLocalDate().plusDays(3),
                Cases.RECEIVED.toLocalDate().plusDays(50), "Maria Kowalski's films are at Hartford archive"), STAFF,
                at(3));
        Transition partly = extended.after().deny(DenialGround.REFERENCE_TO_ANOTHER_PERSON, Set.of(1),
                Optional.of(lee), STAFF, at(4));
        Transition reviewed = partly.after().review(LicensedProfessional.of("dr-roe", "Dr. Sam Roe", "MD"),
                Review.Outcome.REVERSED, STAFF, at(5));
        Transition handed = reviewed.after().handOff("Acme ROI Services", "ACME-1", STAFF, at(6));
        Transition progress = handed.after().recordHandOffProgress("Called Maria Kowalski at 12 Elm", STAFF, at(7));
        DenialNotice notice = DenialNotice.of(partly.after(), PRACTICE.complaintContact());
        List<OutboxMessage> messages = new ArrayList<>();
        StandardNotificationPolicy policy = StandardNotificationPolicy.requesterOnly().withWebhook("ehr");
        for (Transition t : List.of(extended, partly, reviewed, handed, progress)) {
            for (DomainEvent e : t.events()) {
                messages.addAll(policy.messagesFor(e, t.after(), PRACTICE));
            }
        }

        List<Object> holders = new ArrayList<>(List.of(extended, partly, reviewed, handed, progress, notice,
                progress.after().snapshot(), progress.after().handOff().orElseThrow(),
                partly.after().denial().orElseThrow(), reviewed.after().review().orElseThrow(),
                extended.after().dueDate().orElseThrow()));
        holders.addAll(progress.after().history());
        holders.addAll(messages);
        for (Object holder : holders) {
            assertThat(withoutIds(holder)).as(holder.getClass().getSimpleName()).doesNotContain(PHI);
        }
    }
}
