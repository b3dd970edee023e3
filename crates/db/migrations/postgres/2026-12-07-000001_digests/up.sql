-- One daily digest per person: the day's record (its key is the guarantee that a person
-- gets at most one a day, whichever server or tick writes it first), written in the same
-- transaction as the outbox row it records; and the people who asked for none.

CREATE TABLE digests (
    user_id TEXT NOT NULL REFERENCES users (id),
    day DATE NOT NULL,
    tasks BIGINT NOT NULL,
    searches BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, day)
);

CREATE TABLE digest_opt_outs (
    user_id TEXT NOT NULL PRIMARY KEY REFERENCES users (id),
    created_at TIMESTAMP NOT NULL
);
