package io.github.medrecords.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.medrecords.core.port.ChangeSet;
import io.github.medrecords.core.port.StorageException;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.Transition;
import io.github.medrecords.testkit.port.RequestCases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");
    private final RequestCases cases = RequestCases.of(11L);

    @Test
    void refusesAnEmptySave() {
        InMemoryStore store = InMemoryStore.create();

        assertThatIllegalArgumentException().isThrownBy(() -> store.save(List.of()));
    }

    @Test
    void skipsNumbersAlreadyTakenByStoredRequests() {
        InMemoryStore store = InMemoryStore.create();
        store.save(List.of(cases.changeSet(cases.submit(RequestNumber.of(2026, 1), T0))));

        assertThat(store.nextNumber(cases.practiceId(), 2026)).isEqualTo(RequestNumber.of(2026, 2));
    }

    @Test
    void refusesAnEntryLoggedTwice() {
        InMemoryStore store = InMemoryStore.create();
        Transition t = cases.submit(RequestNumber.of(2026, 1), T0);
        DisclosureEntry entry = cases.disclosure(t.after(), T0);
        store.append(entry);

        assertThatExceptionOfType(StorageException.class).isThrownBy(() -> store.append(entry));
        assertThatExceptionOfType(StorageException.class).isThrownBy(() -> store.save(List.of(
                cases.changeSet(t, List.of(), List.of(entry)))));
        assertThat(store.findById(t.after().id())).isEmpty();
    }

    @Test
    void refusesClaimsWithoutARelayMaximumOrLease() {
        InMemoryStore store = InMemoryStore.create();

        assertThatIllegalArgumentException().isThrownBy(() -> store.claim(" ", 1, T0, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> store.claim("relay", 0, T0, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> store.claim("relay", 1, T0, Duration.ZERO));
    }

    @Test
    void showsCountsAndNoPatientDataInToString() {
        InMemoryStore store = InMemoryStore.create();
        Transition t = cases.submit(RequestNumber.of(2026, 1), T0);
        ChangeSet change = cases.changeSet(t);
        store.save(List.of(change));

        assertThat(store.toString()).isEqualTo("InMemoryStore[requests=1, messages=" + change.messages().size()
                + ", disclosures=0]").doesNotContain(t.after().request().patient().name().family());
    }
}
