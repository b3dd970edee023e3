-- Issue 10, defect 14: every message keeps the Message-ID it was given when enqueued, and
-- an attempt is recorded (attempts + 1, attempted_at) before the transport is called, so a
-- send repeated after a crash carries the same Message-ID and is known to be a repeat.
-- Messages enqueued before keep the Message-ID they were sent with until now.
ALTER TABLE outbox ADD COLUMN message_id TEXT NOT NULL DEFAULT '';
UPDATE outbox SET message_id = '<' || id || '@mentor>';
-- When the attempt whose outcome is not yet recorded began; NULL once it is recorded.
ALTER TABLE outbox ADD COLUMN attempted_at TIMESTAMP;

-- Issue 10, defect 19: one row that /readyz rewrites in a transaction of its own, to learn
-- whether the database still accepts writes (read-only file, full disk, server down).
CREATE TABLE heartbeat (
    id INTEGER PRIMARY KEY NOT NULL,
    beat_at TIMESTAMP NOT NULL
);
INSERT INTO heartbeat (id, beat_at) VALUES (1, (now() AT TIME ZONE 'UTC'));
