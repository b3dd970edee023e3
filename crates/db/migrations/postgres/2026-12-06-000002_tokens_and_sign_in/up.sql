-- Sign-in throttling (issue 10, defect 3): per key (an account, a client address or a known
-- device, each a keyed hash), the failures in a row and the last one. The row is locked
-- while an attempt is decided, so concurrent attempts are counted one after another.
CREATE TABLE sign_in_throttle (
    key_hash TEXT PRIMARY KEY NOT NULL,
    failures BIGINT NOT NULL,
    last_failure_at TIMESTAMP
);

-- API tokens get a name and an end (issue 10, defect 5). Tokens made before have neither:
-- they are named after the command that made them and live 90 more days.
ALTER TABLE api_tokens ADD COLUMN name TEXT NOT NULL DEFAULT 'mentor user token';
ALTER TABLE api_tokens ALTER COLUMN name DROP DEFAULT;
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMP;
UPDATE api_tokens SET expires_at = (now() AT TIME ZONE 'UTC') + INTERVAL '90 days';
ALTER TABLE api_tokens ALTER COLUMN expires_at SET NOT NULL;
CREATE INDEX api_tokens_user ON api_tokens (user_id);
