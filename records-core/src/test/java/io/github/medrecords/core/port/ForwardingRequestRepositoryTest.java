package io.github.medrecords.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForwardingRequestRepositoryTest {

    private static final PracticeId PRACTICE = PracticeId.of("practice");

    @Test
    void forwardsEveryCallWithItsArgumentsAndReturnsWhatTheDelegateReturns() {
        List<String> calls = new ArrayList<>();
        RequestNumber number = RequestNumber.of(2026, 7);
        FoundRequests byPatient = new FoundRequests(List.of(), List.of());
        FoundRequests byStatus = new FoundRequests(List.of(), List.of());
        FoundRequests due = new FoundRequests(List.of(), List.of());
        Object found = Optional.of("found");
        RequestRepository delegate = (RequestRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RequestRepository.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + (args == null ? List.of() : List.of(args)));
                    return switch (method.getName()) {
                        case "nextNumber" -> number;
                        case "findById", "findByNumber", "findByIdempotencyKey" -> found;
                        case "findByPatient" -> byPatient;
                        case "findByStatus" -> byStatus;
                        case "findOpenDueOnOrBefore" -> due;
                        case "hasCommandKey" -> args[1].equals("command");
                        case "toString" -> "delegate";
                        default -> null;
                    };
                });
        class Forwarding extends ForwardingRequestRepository {
            Forwarding() {
                super(delegate);
            }

            RequestRepository inner() {
                return delegate();
            }
        }
        Forwarding forwarding = new Forwarding();
        RequestId id = RequestId.random();
        PatientKey patient = new PatientKey("a".repeat(64));
        LocalDate day = LocalDate.of(2026, 12, 4);

        assertThat(forwarding.nextNumber(PRACTICE, 2026)).isSameAs(number);
        forwarding.save(List.of());
        assertThat((Object) forwarding.findById(id)).isSameAs(found);
        assertThat((Object) forwarding.findByNumber(PRACTICE, number)).isSameAs(found);
        assertThat((Object) forwarding.findByIdempotencyKey(PRACTICE, "key")).isSameAs(found);
        assertThat(forwarding.findByPatient(PRACTICE, patient)).isSameAs(byPatient);
        assertThat(forwarding.findByStatus(PRACTICE, Set.of(RequestStatus.IN_PROCESS))).isSameAs(byStatus);
        assertThat(forwarding.findOpenDueOnOrBefore(PRACTICE, day)).isSameAs(due);
        assertThat(forwarding.hasCommandKey(id, "command")).isTrue();
        assertThat(forwarding.hasCommandKey(id, "other")).isFalse();
        assertThat(forwarding.inner()).isSameAs(delegate);

        assertThat(calls).containsExactly("nextNumber[" + PRACTICE + ", 2026]", "save[[]]", "findById[" + id + "]",
                "findByNumber[" + PRACTICE + ", " + number + "]", "findByIdempotencyKey[" + PRACTICE + ", key]",
                "findByPatient[" + PRACTICE + ", " + patient + "]",
                "findByStatus[" + PRACTICE + ", [IN_PROCESS]]", "findOpenDueOnOrBefore[" + PRACTICE + ", " + day + "]",
                "hasCommandKey[" + id + ", command]", "hasCommandKey[" + id + ", other]");
        assertThat(forwarding).hasToString("Forwarding[delegate]");
    }
}
