package io.github.medrecords.crypto.tink;

import com.google.crypto.tink.KeysetHandle;
import io.github.medrecords.core.port.StoredTextCipher;
import io.github.medrecords.testkit.port.StoredTextCipherContract;

class TinkCipherContractTest extends StoredTextCipherContract {

    private static final KeysetHandle KEYSET = TinkKeysets.generate();
    private static final KeysetHandle ROTATED = TinkKeysets.rotate(KEYSET);
    private static final KeysetHandle UNRELATED = TinkKeysets.generate();

    @Override
    protected StoredTextCipher createCipher() {
        return TinkCipher.of(KEYSET);
    }

    @Override
    protected StoredTextCipher createRotatedCipher() {
        return TinkCipher.of(ROTATED);
    }

    @Override
    protected StoredTextCipher createUnrelatedCipher() {
        return TinkCipher.of(UNRELATED);
    }
}
