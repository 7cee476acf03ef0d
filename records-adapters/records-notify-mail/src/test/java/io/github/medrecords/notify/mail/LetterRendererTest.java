package io.github.medrecords.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.workflow.EventType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterRendererTest {

    private final EmailTemplates templates = EmailTemplates.withoutPortal();

    @Test
    void rendersTheAddressBlockAndTheEmailTextAsALetter() {
        Map<String, String> payload = Messages.invoicePayload();
        payload.put("mailingAddress", "12 Elm Street\nApt 3\nAlbany, NY 12207");

        String letter = LetterRenderer.using(templates).render(Messages.letter(EventType.INVOICE_ISSUED, payload));

        String text = templates.render(Messages.letter(EventType.INVOICE_ISSUED, payload)).text();
        assertThat(letter).startsWith("Seed Family Practice\nMedical records\n\n12 Elm Street\nApt 3\n"
                + "Albany, NY 12207\n\nRe: Invoice INV-2026-0007 for your records request 2026-000042")
                .endsWith(text)
                .contains("  Postage: $1.50 (PRICE-POSTAGE)", "  Total: $31.50");
    }

    @Test
    void theLetterSenderPrintsEachLetter() {
        List<String> printed = new ArrayList<>();

        LetterRenderer.using(templates).sender(printed::add)
                .send(Messages.letter(EventType.SUBMITTED, Messages.payload(EventType.SUBMITTED)));

        assertThat(printed).singleElement().asString().contains("We received your records request 2026-000042");
    }
}
