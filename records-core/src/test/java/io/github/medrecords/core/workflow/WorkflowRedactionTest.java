package io.github.medrecords.core.workflow;

import static io.github.medrecords.core.workflow.Cases.PRACTICE;
import static io.github.medrecords.core.workflow.Cases.STAFF;
import static io.github.medrecords.core.workflow.Cases.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.request.DeliveryMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The workflow's types keep patient data out of {@code toString()}: a request worked to release,
 * with its disclosure entry, history, events and notifications, prints no name, address or email.
 */
class WorkflowRedactionTest {

    private static final List<String> PHI = List.of("Maria", "Kowalski", "1971", "Elm", "Hartford", "06103",
            "maria.k", "example.com", "Superior Court", "Clerk");

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
            assertThat(holder.toString()).as(holder.getClass().getSimpleName()).doesNotContain(PHI);
        }
    }
}
