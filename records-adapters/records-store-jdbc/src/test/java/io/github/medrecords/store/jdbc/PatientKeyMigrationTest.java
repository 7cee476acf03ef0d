package io.github.medrecords.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.medrecords.core.fee.FeeCalculator;
import io.github.medrecords.core.intake.MedrecordsValidation;
import io.github.medrecords.core.notification.StandardNotificationPolicy;
import io.github.medrecords.core.practice.PracticeProfile;
import io.github.medrecords.core.request.LegalBasis;
import io.github.medrecords.core.request.PatientIdentity;
import io.github.medrecords.core.service.RequestService;
import io.github.medrecords.core.timeframe.DeadlineRules;
import io.github.medrecords.core.workflow.Actor;
import io.github.medrecords.core.workflow.DisclosureEntry;
import io.github.medrecords.core.workflow.PatientKey;
import io.github.medrecords.core.workflow.PatientKeys;
import io.github.medrecords.core.workflow.RequestCase;
import io.github.medrecords.testkit.intake.SubmissionGenerator;
import io.github.medrecords.testkit.intake.SubmissionShape;
import io.github.medrecords.testkit.port.RoundTripPractices;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import io.github.medrecords.crypto.tink.TinkCipher;
import io.github.medrecords.crypto.tink.TinkKeysets;
import org.junit.jupiter.api.Test;

/**
 * Migration V4's Java step on H2: stored patient keys of an older version (unkeyed SHA-256) are
 * recomputed under the deployment's secret in the request rows, their documents and the disclosure log.
 */
class PatientKeyMigrationTest {

    private static final PatientKeys SITE = PatientKeys.hmacSha256(
            "a deployment's secret of at least 32 bytes!".getBytes(StandardCharsets.UTF_8));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC);
    private static final PracticeProfile PRACTICE = RoundTripPractices.all().get(0);

    private static List<RequestCase> submit(JdbcStore store, PatientKeys keys, int count, long seed) {
        List<RequestCase> saved = new ArrayList<>();
        try (ValidatorFactory validation = MedrecordsValidation.validatorFactory(CLOCK)) {
            RequestService service = new RequestService(RoundTripPractices.directory(), store,
                    validation.getValidator(), CLOCK, FeeCalculator.standard(), DeadlineRules.defaults(),
                    StandardNotificationPolicy.requesterOnly(), keys);
            for (int i = 0; i < count; i++) {
                saved.add(service.submit(PRACTICE.id(), new SubmissionGenerator(seed + i,
                        CLOCK.instant().atZone(PRACTICE.zone()).toLocalDate()).valid(SubmissionShape.PATIENT_PORTAL),
                        Actor.requester("portal")));
            }
        }
        return saved;
    }

    /** The key versions before 0.1's #21 stored: SHA-256 of the normalised name and birth date. */
    private static String unkeyed(PatientIdentity p) throws Exception {
        String text = normalize(p.name().family()) + "|" + normalize(p.name().given()) + "|" + p.dateOfBirth();
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    /** Rewrites a store as an older version left it: unkeyed keys everywhere, no fingerprint. */
    private static void makeLegacy(DataSource ds, List<RequestCase> requests) throws Exception {
        try (Connection c = ds.getConnection()) {
            for (RequestCase r : requests) {
                String legacy = unkeyed(r.request().patient());
                String now = r.patientKey().value();
                try (PreparedStatement up = c.prepareStatement("UPDATE mr_request SET patient_key = ?, "
                        + "document = REPLACE(document, ?, ?) WHERE id = ?")) {
                    up.setString(1, legacy);
                    up.setString(2, now);
                    up.setString(3, legacy);
                    up.setObject(4, r.id().value());
                    assertThat(up.executeUpdate()).isEqualTo(1);
                }
                try (PreparedStatement up = c.prepareStatement("UPDATE mr_disclosure SET patient_key = ? "
                        + "WHERE patient_key = ?")) {
                    up.setString(1, legacy);
                    up.setString(2, now);
                    up.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM mr_store_setting");
            }
        }
    }

    private static Optional<String> fingerprint(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT setting_value FROM mr_store_setting "
                        + "WHERE name = 'patient_key_fingerprint'")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    @Test
    void recomputesUnkeyedStoredKeysUnderTheDeploymentsSecretEverywhere() throws Exception {
        DataSource ds = Databases.freshH2();
        JdbcStore old = JdbcStore.builder(ds).practices(RoundTripPractices.directory()).build();
        List<RequestCase> requests = submit(old, PatientKeys.development(), 3, 500);
        RequestCase first = requests.get(0);
        old.append(new DisclosureEntry(UUID.randomUUID(), PRACTICE.id(), first.patientKey(), Optional.of(first.number()),
                CLOCK.instant(), "Connecticut Department of Public Health", Optional.empty(), "Clinical visit summary",
                "PUBLIC_HEALTH: reportable condition", LegalBasis.PUBLIC_HEALTH, "records-clerk"));
        makeLegacy(ds, requests);

        JdbcStore store = JdbcStore.builder(ds).practices(RoundTripPractices.directory()).patientKeys(SITE).build();

        for (RequestCase r : requests) {
            PatientKey key = SITE.keyOf(r.request().patient());
            assertThat(store.findByPatient(PRACTICE.id(), key).requests()).extracting(RequestCase::id).contains(r.id());
            assertThat(store.findById(r.id()).orElseThrow().patientKey()).isEqualTo(key);
            assertThat(store.findByPatient(PRACTICE.id(), new PatientKey(unkeyed(r.request().patient()))).requests())
                    .isEmpty();
        }
        assertThat(store.entriesFor(PRACTICE.id(), SITE.keyOf(first.request().patient()), Instant.EPOCH,
                CLOCK.instant().plusSeconds(1))).hasSize(1);
        assertThat(fingerprint(ds)).contains(SITE.fingerprint());
        assertThat(submit(store, SITE, 1, 600)).hasSize(1);
    }

    @Test
    void movesFromTheDevelopmentSecretButRefusesAnotherRealSecretOrAMismatchedService() throws Exception {
        DataSource ds = Databases.freshH2();
        JdbcStore dev = JdbcStore.builder(ds).practices(RoundTripPractices.directory()).build();
        RequestCase saved = submit(dev, PatientKeys.development(), 1, 700).get(0);
        assertThat(fingerprint(ds)).contains(PatientKeys.development().fingerprint());

        JdbcStore store = JdbcStore.builder(ds).practices(RoundTripPractices.directory()).patientKeys(SITE).build();
        assertThat(store.findById(saved.id()).orElseThrow().patientKey())
                .isEqualTo(SITE.keyOf(saved.request().patient()));

        PatientKeys other = PatientKeys.hmacSha256("another deployment's secret, also 32+ bytes"
                .getBytes(StandardCharsets.UTF_8));
        assertThatIllegalStateException()
                .isThrownBy(() -> JdbcStore.builder(ds).practices(RoundTripPractices.directory()).patientKeys(other)
                        .build())
                .withMessageContaining(SITE.fingerprint()).withMessageNotContaining("Kowalski");
        assertThatIllegalStateException().isThrownBy(() -> submit(store, PatientKeys.development(), 1, 800))
                .withMessageContaining("patient key");
    }

    @Test
    void rekeysDocumentsSealedAtRestAndSealsThemAgain() throws Exception {
        DataSource ds = Databases.freshH2();
        TinkCipher cipher = TinkCipher.of(TinkKeysets.generate());
        JdbcStore dev = JdbcStore.builder(ds).practices(RoundTripPractices.directory()).cipher(cipher).build();
        List<RequestCase> requests = submit(dev, PatientKeys.development(), 2, 700);

        JdbcStore store = JdbcStore.builder(ds).practices(RoundTripPractices.directory()).cipher(cipher)
                .patientKeys(SITE).build();

        for (RequestCase r : requests) {
            PatientKey key = SITE.keyOf(r.request().patient());
            assertThat(store.findById(r.id()).orElseThrow().patientKey()).isEqualTo(key);
            assertThat(store.findByPatient(PRACTICE.id(), key).requests()).extracting(RequestCase::id).contains(r.id());
            assertThat(store.findByPatient(PRACTICE.id(), key).unreadable()).isEmpty();
        }
        assertThat(fingerprint(ds)).contains(SITE.fingerprint());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT document FROM mr_request")) {
            while (rs.next()) {
                assertThat(rs.getString(1)).startsWith("mr1:").doesNotContain(requests.get(0).request().patient()
                        .name().family());
            }
        }
    }
}
