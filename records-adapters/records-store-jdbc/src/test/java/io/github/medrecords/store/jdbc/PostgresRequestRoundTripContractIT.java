package io.github.medrecords.store.jdbc;

import io.github.medrecords.core.practice.PracticeDirectory;
import io.github.medrecords.testkit.port.RequestRoundTripContract;
import io.github.medrecords.testkit.port.StoragePorts;

/**
 * The round-trip property ("every saved request loads") on embedded PostgreSQL, a fresh schema, with the store
 * reading due dates in the contract's practices' calendars, over one reused connection (the property checks
 * what is stored, not how connections are opened).
 *
 * <p>The store keeps no decoded requests ({@code decodedRequests(0)}), so every load opens and decodes its
 * document: the property holds of the document format itself. {@link H2DecodedRequestsRoundTripContractTest}
 * runs it with them kept.
 */
class PostgresRequestRoundTripContractIT extends RequestRoundTripContract {

    @Override
    protected StoragePorts createStorage(PracticeDirectory practices) {
        return StoragePorts.of(JdbcStore.builder(new OneConnectionDataSource(Databases.freshPostgresSchema())).practices(practices).decodedRequests(0).build());
    }
}
