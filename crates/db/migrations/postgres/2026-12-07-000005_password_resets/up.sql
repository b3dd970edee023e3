-- Password resets (issue 12, getting in): a single-use link sent by e-mail. Only the
-- token's SHA-256 is kept, as for sessions and API tokens; a reset ends at its expiry or
-- at its first use, whichever comes first.
CREATE TABLE password_resets (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX password_resets_user ON password_resets (user_id, created_at);
