-- medrecords JDBC store, schema version 2: one lock row per patient of a practice. Runs unchanged on
-- H2 2.x and PostgreSQL 14+, and may run again over a partial run of itself (see the module README).
--
-- A new request that was decided on its patient's other requests (linked as a repeat of one, or an
-- original because none overlapped) locks this row in its save transaction, then checks that the
-- patient still has as many requests as the decision saw; two concurrent submissions of one patient
-- thus never both become originals. The row holds no patient data beyond the keyed patient key.
CREATE TABLE IF NOT EXISTS mr_patient_lock (
    practice_id VARCHAR(64) NOT NULL,
    patient_key CHAR(64)    NOT NULL,
    saves       BIGINT      NOT NULL,
    CONSTRAINT mr_patient_lock_pk PRIMARY KEY (practice_id, patient_key)
);
