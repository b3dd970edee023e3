-- Sign-in throttling (issue 10, defect 3): per key (an account, a client address or a known
-- device, each a keyed hash), the failures in a row and the last one. The write
-- transaction that decides an attempt holds the database's write lock, so concurrent
-- attempts are counted one after another.
CREATE TABLE sign_in_throttle (
    key_hash TEXT PRIMARY KEY NOT NULL,
    failures BIGINT NOT NULL,
    last_failure_at TIMESTAMP
);

-- API tokens get a name and an end (issue 10, defect 5). Tokens made before have neither:
-- they are named after the command that made them and live 90 more days. SQLite cannot
-- add a NOT NULL column without a default, so the table is rebuilt (columns in
-- PostgreSQL's order, which appends them).
CREATE TABLE api_tokens_new (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    name TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
INSERT INTO api_tokens_new (id, user_id, token_hash, created_at, last_used_at, name, expires_at)
    SELECT id, user_id, token_hash, created_at, last_used_at, 'mentor user token',
           datetime('now', '+90 days')
    FROM api_tokens;
DROP TABLE api_tokens;
ALTER TABLE api_tokens_new RENAME TO api_tokens;
CREATE INDEX api_tokens_user ON api_tokens (user_id);
