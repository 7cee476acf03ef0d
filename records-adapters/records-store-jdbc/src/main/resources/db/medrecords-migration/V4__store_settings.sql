-- medrecords JDBC store, schema version 4: the store's own settings, one row each. Runs unchanged on
-- H2 2.x and PostgreSQL 14+, and may run again over a partial run of itself (see the module README).
--
-- 'patient_key_fingerprint' names the secret the stored patient keys were made with (a fingerprint
-- that reveals nothing of it). Absent, the keys are the unkeyed SHA-256 of versions before it: the
-- store's Java step (PatientKeyMigration) recomputes every key from the stored documents, in one
-- transaction with the fingerprint, so an interrupted run changes nothing and runs again on next start.
CREATE TABLE IF NOT EXISTS mr_store_setting (
    name          VARCHAR(64)  NOT NULL,
    setting_value VARCHAR(255) NOT NULL,
    CONSTRAINT mr_store_setting_pk PRIMARY KEY (name)
);
