package io.github.medrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.KeysetHandle;
import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.crypto.tink.TinkCipher;
import io.github.medrecords.crypto.tink.TinkKeysets;
import io.github.medrecords.store.jdbc.JdbcStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReencryptStoreTest {

    @TempDir
    Path folder;

    @Test
    void sealsTheStoreAgainUnderTheRotatedKeysPrimary() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        KeysetHandle first = TinkKeysets.generate();
        PatientKey patient = new PatientKey("a".repeat(64));
        DisclosureEntry entry = new DisclosureEntry(UUID.randomUUID(), PracticeId.of("ct-orthopaedics"), patient,
                Optional.empty(), Instant.parse("2026-11-02T15:00:00Z"), "Dr. Ann Lee", Optional.empty(),
                "Knee MRI report", "Second opinion", LegalBasis.TREATMENT, "clerk-7");
        JdbcStore.builder(ds).cipher(TinkCipher.of(first)).build().append(entry);
        KeysetHandle rotated = TinkKeysets.rotate(first);
        Path keyset = folder.resolve("keyset.json");
        Files.writeString(keyset, TinkKeysets.toCleartextJson(rotated));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ReencryptStore.run(new String[] {"--url", url, "--keyset", keyset.toString(), "--user", "sa",
            "--batch", "10"}, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String newKey = TinkCipher.of(rotated).currentKeyId();
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ReencryptStore.COMPLETE);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("current key " + newKey + ": 1 rows examined, "
                + "1 sealed again");
        String oldKey = TinkCipher.of(first).currentKeyId();
        JdbcStore withoutOldKey = JdbcStore.builder(ds).cipher(TinkCipher.of(TinkKeysets.remove(rotated, oldKey)))
                .build();
        assertThat(withoutOldKey.entriesFor(entry.practiceId(), patient, Instant.EPOCH, Instant.parse(
                "2027-01-01T00:00:00Z"))).containsExactly(entry);
    }

    @Test
    void refusesMissingArgumentsWithTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ReencryptStore.run(new String[] {"--batch", "0"}, Map.of(), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(ReencryptStore.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--url and --keyset are required")
                .contains("--batch needs a positive number").contains("usage:");
    }
}
