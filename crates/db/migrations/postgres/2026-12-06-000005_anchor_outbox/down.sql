DROP TABLE heartbeat;
ALTER TABLE outbox DROP COLUMN attempted_at;
ALTER TABLE outbox DROP COLUMN message_id;
