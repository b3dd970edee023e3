-- Idempotency keys of API requests that create (issue 10, defect 20): a key is written in
-- the same transaction as what its request created, so a retry after a crash finds either
-- both or neither. Scoped per user; purged after a day by housekeeping.
CREATE TABLE idempotency_keys (
    user_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    -- SHA-256 of method, path and body: the same key with another request is refused.
    fingerprint TEXT NOT NULL,
    -- The first object the request's transaction recorded (its audit entry's type and id),
    -- read again to answer a repeat.
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
