package io.github.medrecords.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StoredTimeTest {

    @Test
    void readsAClockToTheWholeMicrosecondInItsZone() {
        ZoneId zone = ZoneId.of("America/New_York");
        Clock nanos = Clock.fixed(Instant.parse("2026-12-04T16:26:15.208571906Z"), zone);

        Clock stored = StoredTime.clock(nanos);

        assertThat(stored.instant()).isEqualTo(Instant.parse("2026-12-04T16:26:15.208571Z"));
        assertThat(stored.getZone()).isEqualTo(zone);
        assertThat(StoredTime.clock(Clock.fixed(Instant.parse("2026-12-04T16:26:15Z"), zone)).instant())
                .isEqualTo(Instant.parse("2026-12-04T16:26:15Z"));
        assertThat(StoredTime.clock(Clock.systemUTC()).instant().getNano() % 1_000).isZero();
    }
}
