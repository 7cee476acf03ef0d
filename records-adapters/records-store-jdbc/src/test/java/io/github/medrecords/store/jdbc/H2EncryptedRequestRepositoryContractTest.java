package io.github.medrecords.store.jdbc;

import io.github.medrecords.crypto.tink.TinkCipher;
import io.github.medrecords.crypto.tink.TinkKeysets;
import io.github.medrecords.testkit.port.RequestRepositoryContract;
import io.github.medrecords.testkit.port.StoragePorts;

/**
 * The RequestRepository contract on H2 with every document sealed by the Tink cipher.
 */
class H2EncryptedRequestRepositoryContractTest extends RequestRepositoryContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(JdbcStore.builder(Databases.freshH2())
                .practices(Databases.SEED_CALENDAR_FOR_EVERY_PRACTICE).cipher(TinkCipher.of(TinkKeysets.generate()))
                .build());
    }
}
