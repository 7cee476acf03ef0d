package io.github.medrecords.store.jdbc;

import io.github.medrecords.crypto.tink.TinkCipher;
import io.github.medrecords.crypto.tink.TinkKeysets;
import io.github.medrecords.testkit.port.DisclosureLogContract;
import io.github.medrecords.testkit.port.StoragePorts;

/**
 * The DisclosureLog contract on H2 with every document, outbox message and disclosure sealed by the Tink cipher.
 */
class H2EncryptedDisclosureLogContractTest extends DisclosureLogContract {

    @Override
    protected StoragePorts createStorage() {
        return StoragePorts.of(JdbcStore.builder(Databases.freshH2())
                .practices(Databases.SEED_CALENDAR_FOR_EVERY_PRACTICE).cipher(TinkCipher.of(TinkKeysets.generate()))
                .build());
    }
}
