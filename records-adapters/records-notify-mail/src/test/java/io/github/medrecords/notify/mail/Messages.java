package io.github.medrecords.notify.mail;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.Channel;
import io.github.medrecords.core.port.OutboxMessage;
import io.github.medrecords.core.workflow.EventType;
import io.github.medrecords.core.workflow.RequestNumber;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Outbox messages shaped like the ones StandardNotificationPolicy writes. */
final class Messages {

    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    private Messages() {
    }

    static Map<String, String> payload(EventType event) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("practice", "Seed Family Practice");
        p.put("requestNumber", "2026-000042");
        p.put("event", event.name());
        p.put("status", "AWAITING_PAYMENT");
        p.put("statusWords", "Waiting for payment");
        p.put("amountDue", "0.00");
        return p;
    }

    static Map<String, String> invoicePayload() {
        Map<String, String> p = payload(EventType.INVOICE_ISSUED);
        p.put("invoiceNumber", "INV-2026-0007");
        p.put("amountDue", "31.50");
        p.put("line.01.description", "Search and handling fee");
        p.put("line.01.amount", "15.00");
        p.put("line.01.rule", "NY-PHL-18");
        p.put("line.02.description", "Paper copies, 60 pages at $0.25");
        p.put("line.02.amount", "15.00");
        p.put("line.02.rule", "PRICE-PAPER");
        p.put("line.10.description", "Postage");
        p.put("line.10.amount", "1.50");
        p.put("line.10.rule", "PRICE-POSTAGE");
        p.put("quoteTotal", "31.50");
        return p;
    }

    static OutboxMessage email(EventType event, String recipient, Map<String, String> payload) {
        return OutboxMessage.pending("evt-" + event.name() + ":EMAIL", PracticeId.of("seed"),
                RequestNumber.of(2026, 42), event, Channel.EMAIL, recipient, payload, AT);
    }

    static OutboxMessage letter(EventType event, Map<String, String> payload) {
        return OutboxMessage.pending("evt-" + event.name() + ":LETTER", PracticeId.of("seed"),
                RequestNumber.of(2026, 42), event, Channel.LETTER, "letter", payload, AT);
    }
}
