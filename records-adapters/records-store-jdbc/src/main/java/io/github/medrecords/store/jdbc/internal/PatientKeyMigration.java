package io.github.medrecords.store.jdbc.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medrecords.core.workflow.PatientKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Java step of migration V4: brings every stored patient key to the deployment's {@link PatientKeys}.
 *
 * <p>Keys are recomputed from the name and date of birth each stored document holds, in the request
 * row, its document and the disclosure log (mapped from a request's old key to its new one); the lock
 * rows of {@code mr_patient_lock} are dropped (they are made again on use). Everything, with the new
 * fingerprint in {@code mr_store_setting}, is one transaction: a run killed half way changes nothing,
 * and the next start runs it again.
 *
 * <p>From keys of no recorded secret (the unkeyed SHA-256 of older versions) or of the development
 * secret, the store moves to the one it is given. Keys recorded under another real secret are
 * refused: that is a misconfigured instance, not an upgrade.
 */
public final class PatientKeyMigration {

    /** The setting that names the secret of the stored keys. */
    public static final String FINGERPRINT = "patient_key_fingerprint";

    private static final Logger LOG = LoggerFactory.getLogger(PatientKeyMigration.class);

    private PatientKeyMigration() {
    }

    /**
     * Runs the step if the stored keys are not those of the given patient keys.
     *
     * @param sql  the store's SQL helper, not null
     * @param keys  the deployment's patient keys, not null
     * @param documents  opens a stored document (plain or sealed at rest) and seals one to store, by row id
     * @return the number of request rows rekeyed (0 if none needed it)
     * @throws IllegalStateException if the stored keys were made with another real secret
     */
    public static int apply(Sql sql, PatientKeys keys, DocumentText documents) {
        Objects.requireNonNull(keys, "keys");
        return sql.inTransaction("bring the stored patient keys to this deployment's secret", c -> {
            Optional<String> stored = fingerprint(c);
            if (stored.isPresent() && stored.get().equals(keys.fingerprint())) {
                return 0;
            }
            if (stored.isPresent() && !stored.get().equals(PatientKeys.development().fingerprint())) {
                throw new IllegalStateException("The stored patient keys were made with another secret (fingerprint "
                        + stored.get() + ") than this store was given (" + keys.fingerprint() + "); give every "
                        + "instance the same PatientKeys");
            }
            int rekeyed = rekey(c, keys, documents);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM mr_store_setting WHERE name = ?")) {
                del.setString(1, FINGERPRINT);
                del.executeUpdate();
            }
            try (PreparedStatement in = c.prepareStatement("INSERT INTO mr_store_setting (name, setting_value) "
                    + "VALUES (?, ?)")) {
                in.setString(1, FINGERPRINT);
                in.setString(2, keys.fingerprint());
                in.executeUpdate();
            }
            return rekeyed;
        });
    }

    private static Optional<String> fingerprint(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT setting_value FROM mr_store_setting WHERE name = ?")) {
            q.setString(1, FINGERPRINT);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** How the store turns a row's document column into JSON text and back (sealing it at rest or not). */
    public interface DocumentText {

        /**
         * Opens a stored document.
         *
         * @param id  the request's id, not null
         * @param stored  the column's text, not null
         * @return the document's JSON text, not null
         */
        String open(UUID id, String stored);

        /**
         * Prepares a document for the column.
         *
         * @param id  the request's id, not null
         * @param json  the document's JSON text, not null
         * @return the column's text, not null
         */
        String seal(UUID id, String json);
    }

    private static int rekey(Connection c, PatientKeys keys, DocumentText documents) throws SQLException {
        Map<String, String> oldToNew = new HashMap<>();
        int rekeyed = 0;
        int unreadable = 0;
        try (PreparedStatement q = c.prepareStatement("SELECT id, patient_key, document FROM mr_request");
                PreparedStatement up = c.prepareStatement("UPDATE mr_request SET patient_key = ?, document = ? "
                        + "WHERE id = ?");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                String oldKey = rs.getString(2).strip();
                String newKey;
                String document;
                try {
                    JsonNode doc = Json.read(documents.open(id, rs.getString(3)));
                    newKey = keys.keyOf(RequestCodec.patient(JsonIn.of(Json.field(Json.field(doc, "request"),
                            "patient")))).value();
                    if (doc.has("patientKey")) {
                        ((ObjectNode) doc).put("patientKey", newKey);
                    }
                    document = documents.seal(id, Json.write(doc));
                } catch (RuntimeException e) {
                    unreadable++; // left as it is; its id is logged, never its content
                    LOG.warn("Request {}: its patient key could not be recomputed ({})", id, e.getClass().getSimpleName());
                    continue;
                }
                oldToNew.put(oldKey, newKey);
                up.setString(1, newKey);
                up.setString(2, document);
                up.setObject(3, id);
                up.executeUpdate();
                rekeyed++;
            }
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE mr_disclosure SET patient_key = ? WHERE patient_key = ?")) {
            for (Map.Entry<String, String> e : oldToNew.entrySet()) {
                if (!e.getKey().equals(e.getValue())) {
                    up.setString(1, e.getValue());
                    up.setString(2, e.getKey());
                    up.executeUpdate();
                }
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM mr_patient_lock")) {
            del.executeUpdate();
        }
        if (rekeyed > 0 || unreadable > 0) {
            LOG.info("Patient keys brought to secret {}: {} requests, {} left unreadable", keys.fingerprint(), rekeyed,
                    unreadable);
        }
        return rekeyed;
    }
}
