-- medrecords JDBC store, schema version 3: the idempotency keys of staff commands, one row per change
-- saved under a key (RequestService.applyOnce), written in the change's transaction. Runs unchanged on
-- H2 2.x and PostgreSQL 14+, and may run again over a partial run of itself (see the module README).
CREATE TABLE IF NOT EXISTS mr_command_key (
    request_id  UUID         NOT NULL,
    command_key VARCHAR(255) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT mr_command_key_pk PRIMARY KEY (request_id, command_key),
    CONSTRAINT mr_command_key_request_fk FOREIGN KEY (request_id) REFERENCES mr_request (id)
);
