DROP INDEX api_tokens_user;
ALTER TABLE api_tokens DROP COLUMN expires_at;
ALTER TABLE api_tokens DROP COLUMN name;
DROP TABLE sign_in_throttle;
