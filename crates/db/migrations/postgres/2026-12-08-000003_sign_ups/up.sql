-- Sign-ups waiting for their address to be confirmed (issue 12, getting in). Signing up
-- answers the same whether or not the address has an account; the account is opened only
-- when the link sent to the address is used, so that a page never says which addresses
-- are known. Only the token's SHA-256 is kept; rows go a day after they expire.
CREATE TABLE sign_ups (
    id TEXT PRIMARY KEY NOT NULL,
    call_id TEXT NOT NULL REFERENCES calls (id),
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    locale TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX sign_ups_expiry ON sign_ups (expires_at);
