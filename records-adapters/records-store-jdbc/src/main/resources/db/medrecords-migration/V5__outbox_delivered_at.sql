-- medrecords JDBC store, schema version 5: when an outbox message was delivered, so that delivered
-- messages can be purged after a retention (JdbcStore.purgeDelivered). Runs unchanged on H2 2.x and
-- PostgreSQL 14+, and may run again over a partial run of itself (see the module README).
ALTER TABLE mr_outbox ADD COLUMN IF NOT EXISTS delivered_at TIMESTAMP WITH TIME ZONE;
-- Messages delivered before this version have no time: count them as delivered now, so none is
-- purged before the retention has passed from the upgrade.
UPDATE mr_outbox SET delivered_at = CURRENT_TIMESTAMP WHERE state = 'DELIVERED' AND delivered_at IS NULL;
CREATE INDEX IF NOT EXISTS mr_outbox_delivered_ix ON mr_outbox (state, delivered_at);
