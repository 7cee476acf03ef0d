package io.github.medrecords.portal;

import io.github.medrecords.core.party.PracticeId;
import io.github.medrecords.core.request.Delivery;
import io.github.medrecords.core.workflow.PatientKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bearer tokens the portal issues to a patient's session for a health app: random (256 bits), kept only as
 * their SHA-256 hash in the portal's own table {@code portal_app_token} on the application's DataSource, scoped
 * to one practice and one patient key, revocable, and expiring after {@code portal.app-token.lifetime} (30 days
 * by default). The token itself is shown once, when it is issued. Thread-safe.
 */
@Component
class AppTokens {

    /** What every token starts with, so that one pasted in the wrong place is recognisable. */
    static final String PREFIX = "mrapp_";
    /** The longest Authorization header value looked at; a token is 49 characters. */
    static final int MAX_TOKEN = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration lifetime;

    AppTokens(DataSource dataSource, Clock clock,
            @Value("${portal.app-token.lifetime:P30D}") Duration lifetime) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("portal.app-token.lifetime must be positive");
        }
        this.lifetime = lifetime;
        // The portal's own table, beside the library's; IF NOT EXISTS works on H2 and PostgreSQL alike.
        jdbc.execute("CREATE TABLE IF NOT EXISTS portal_app_token ("
                + "id VARCHAR(36) PRIMARY KEY, token_hash CHAR(64) NOT NULL UNIQUE, practice_id VARCHAR(100) NOT NULL, "
                + "patient_key CHAR(64) NOT NULL, client_id VARCHAR(200) NOT NULL, issued_at TIMESTAMP NOT NULL, "
                + "expires_at TIMESTAMP NOT NULL, revoked_at TIMESTAMP)");
    }

    /** A token as issued: the secret, shown once, and the record kept of it. */
    record Issued(String token, Grant grant) {
        @Override
        public String toString() {
            return "Issued[" + grant + "]";
        }
    }

    /**
     * What a valid token allows: one patient's requests at one practice, for one app.
     *
     * @param id  the token's public id (never the token), for revoking it
     */
    record Grant(String id, PracticeId practice, PatientKey patient, String clientId, Instant issuedAt,
            Instant expiresAt) {
    }

    /** Tells whether a client id is well formed, the way the library's delivery to a patient's app wants it. */
    static boolean wellFormedClientId(String clientId) {
        return clientId != null && clientId.length() <= 200 && clientId.matches(Delivery.CLIENT_ID);
    }

    Issued issue(PracticeId practice, PatientKey patient, String clientId) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(patient, "patient");
        if (!wellFormedClientId(clientId)) {
            throw new IllegalArgumentException("An app id is 1-200 letters, digits, dots, colons, dashes or underscores");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Grant grant = new Grant(UUID.randomUUID().toString(), practice, patient, clientId, now, now.plus(lifetime));
        jdbc.update("INSERT INTO portal_app_token (id, token_hash, practice_id, patient_key, client_id, issued_at, "
                + "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)", grant.id(), hash(token), practice.value(),
                patient.value(), clientId, Timestamp.from(now), Timestamp.from(grant.expiresAt()));
        return new Issued(token, grant);
    }

    /**
     * Finds what a presented token allows.
     *
     * @param token  the bearer token as presented, may be null or anything
     * @return the grant, empty if the token is unknown, revoked or expired
     */
    Optional<Grant> resolve(String token) {
        if (token == null || token.length() > MAX_TOKEN || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.query("SELECT id, practice_id, patient_key, client_id, issued_at, expires_at FROM portal_app_token "
                + "WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?", (rs, n) -> grant(rs),
                hash(token), Timestamp.from(clock.instant())).stream().findFirst();
    }

    /** The patient's tokens that still work, newest first. */
    List<Grant> active(PracticeId practice, PatientKey patient) {
        return jdbc.query("SELECT id, practice_id, patient_key, client_id, issued_at, expires_at FROM portal_app_token "
                + "WHERE practice_id = ? AND patient_key = ? AND revoked_at IS NULL AND expires_at > ? "
                + "ORDER BY issued_at DESC", (rs, n) -> grant(rs), practice.value(), patient.value(),
                Timestamp.from(clock.instant()));
    }

    /** Tells whether an app is connected to one of the practice's patients with a token that still works. */
    boolean connected(PracticeId practice, String clientId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM portal_app_token WHERE practice_id = ? AND client_id = ? "
                + "AND revoked_at IS NULL AND expires_at > ?", Integer.class, practice.value(), clientId,
                Timestamp.from(clock.instant()));
        return n != null && n > 0;
    }

    /**
     * Revokes one of the patient's tokens.
     *
     * @return true if a token of this patient was revoked now
     */
    boolean revoke(PracticeId practice, PatientKey patient, String id) {
        return jdbc.update("UPDATE portal_app_token SET revoked_at = ? WHERE id = ? AND practice_id = ? "
                + "AND patient_key = ? AND revoked_at IS NULL", Timestamp.from(clock.instant()), id, practice.value(),
                patient.value()) == 1;
    }

    private static Grant grant(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Grant(rs.getString(1), PracticeId.of(rs.getString(2)), new PatientKey(rs.getString(3).trim()),
                rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "AppTokens[lifetime=" + lifetime + "]";
    }
}
