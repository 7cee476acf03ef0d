package io.github.medrecords.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.practice.ExamplePractices;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.testkit.port.RequestCases;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecodedRequestsTest {

    private static final RequestCase.Snapshot SNAPSHOT = RequestCases.of(ExamplePractices.connecticutOrthopaedics(), 7)
            .submit(RequestNumber.of(2026, 1), Instant.parse("2026-11-02T15:00:00Z")).after().snapshot();

    @Test
    void givesAKeptRequestBackOnlyForTheSameTextAndVersionWithTheRowsHistoryAndVersion() {
        DecodedRequests decoded = new DecodedRequests(1);
        UUID id = UUID.randomUUID();
        decoded.keep(id, 3, "{\"format\":3}", SNAPSHOT);

        RequestCase.Snapshot found = decoded.find(id, 3, new String("{\"format\":3}"), SNAPSHOT.history());

        assertThat(found).isNotNull();
        assertThat(found.version()).isEqualTo(3);
        assertThat(found.filing()).isSameAs(SNAPSHOT.filing());
        assertThat(found.fees()).isSameAs(SNAPSHOT.fees());
        assertThat(found.history()).isEqualTo(SNAPSHOT.history());
        assertThat(decoded.find(id, 4, "{\"format\":3}", SNAPSHOT.history())).isNull();
        assertThat(decoded.find(id, 3, "{\"format\":3} ", SNAPSHOT.history())).isNull();
        assertThat(decoded.find(UUID.randomUUID(), 3, "{\"format\":3}", SNAPSHOT.history())).isNull();
        decoded.forget(id);
        assertThat(decoded.find(id, 3, "{\"format\":3}", SNAPSHOT.history())).isNull();
        assertThat(decoded.size()).isZero();
    }

    @Test
    void keepsNoMoreThanItsCapacityAndNeverDropsTheOneItJustKept() {
        DecodedRequests decoded = new DecodedRequests(2);
        UUID[] ids = new UUID[5];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = UUID.randomUUID();
            decoded.keep(ids[i], 1, "text", SNAPSHOT);

            assertThat(decoded.size()).isEqualTo(Math.min(i + 1, 2));
            assertThat(decoded.find(ids[i], 1, "text", SNAPSHOT.history())).isNotNull();
        }
        assertThat(decoded).hasToString("DecodedRequests[2 of 2]");
    }

    @Test
    void takesACapacityOfOneAndRefusesNone() {
        DecodedRequests one = new DecodedRequests(1);
        one.keep(UUID.randomUUID(), 1, "a", SNAPSHOT);
        one.keep(UUID.randomUUID(), 1, "b", SNAPSHOT);

        assertThat(one.size()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> new DecodedRequests(0)).withMessageContaining("0");
    }
}
