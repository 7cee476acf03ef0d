package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.port.ForwardingRequestRepository;
import io.github.medrecords.core.port.FoundRequests;
import io.github.medrecords.core.port.RequestRepository;
import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.core.workflow.RequestId;
import io.github.medrecords.core.workflow.RequestNumber;
import io.github.medrecords.core.workflow.RequestStatus;
import io.github.medrecords.testkit.port.RequestRoundTripContract;
import io.github.medrecords.testkit.port.StoragePorts;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/**
 * The round-trip property ("every saved request loads") on H2 with the store keeping decoded requests (its
 * default), and every load checked against a second store on the same database that keeps none, so decodes
 * every document: a request kept after a save or a load must equal, field for field, what decoding its
 * row gives, over every generated jurisdiction, role, format and step. A difference fails the step that
 * loaded it.
 */
class H2DecodedRequestsRoundTripContractTest extends RequestRoundTripContract {

    private JdbcStore keeping;

    @Override
    protected StoragePorts createStorage(PracticeDirectory practices) {
        DataSource db = new OneConnectionDataSource(Databases.freshH2());
        keeping = JdbcStore.builder(db).practices(practices).build();
        JdbcStore decoding = JdbcStore.builder(db).migrate(false).practices(practices).decodedRequests(0).build();
        return StoragePorts.of(new Compared(keeping, decoding), keeping, keeping);
    }

    @AfterEach
    void theStoreKeptRequests() {
        // Else the property above would compare two decodes and prove nothing about the kept requests.
        assertThat(keeping.decodedRequestsKept()).isPositive();
    }

    /** Saves through the store that keeps decoded requests; loads through both and requires the same. */
    private static final class Compared extends ForwardingRequestRepository {

        private final JdbcStore decoding;

        Compared(JdbcStore keeping, JdbcStore decoding) {
            super(keeping);
            this.decoding = decoding;
        }

        private <T> T same(Function<RequestRepository, T> load) {
            T kept = load.apply(delegate());
            T decoded = load.apply(decoding);
            if (!kept.equals(decoded)) {
                throw new IllegalStateException("A request kept decoded differs from its decoded row: kept " + kept
                        + ", decoded " + decoded);
            }
            return kept;
        }

        @Override
        public Optional<RequestCase> findById(RequestId id) {
            return same(s -> s.findById(id));
        }

        @Override
        public Optional<RequestCase> findByNumber(PracticeId practice, RequestNumber number) {
            return same(s -> s.findByNumber(practice, number));
        }

        @Override
        public Optional<RequestCase> findByIdempotencyKey(PracticeId practice, String idempotencyKey) {
            return same(s -> s.findByIdempotencyKey(practice, idempotencyKey));
        }

        @Override
        public FoundRequests findByPatient(PracticeId practice, PatientKey patient) {
            return same(s -> s.findByPatient(practice, patient));
        }

        @Override
        public FoundRequests findByStatus(PracticeId practice, Set<RequestStatus> statuses) {
            return same(s -> s.findByStatus(practice, statuses));
        }

        @Override
        public FoundRequests findOpenDueOnOrBefore(PracticeId practice, LocalDate date) {
            return same(s -> s.findOpenDueOnOrBefore(practice, date));
        }
    }
}
