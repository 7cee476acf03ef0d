package io.github.medrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NotificationsDemoTest {

    @Test
    void printsTheEmailAndTheLetterAPatientWouldReceive() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        NotificationsDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), NotificationsDemo.samples(), null);

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Subject: We received your records request 2026-000042 - Seed Family Practice",
                "https://portal.example.org/requests/2026-000042",
                "12 Elm Street\nHartford, CT 06103",
                "  Paper copies, 80 pages: $20.00 (PRICE-PAPER)", "  Total: $21.50", "Amount due: $21.50");
    }
}
