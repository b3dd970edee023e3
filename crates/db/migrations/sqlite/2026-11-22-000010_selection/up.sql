-- Selection: the criteria of a call with their weight and maximum score, each assessor's
-- scores of an application, interviews, and the outbox of e-mails the worker sends.
CREATE TABLE selection_criteria (
    id TEXT PRIMARY KEY,
    call_id TEXT NOT NULL REFERENCES calls (id),
    name TEXT NOT NULL,
    weight BIGINT NOT NULL,
    max_score BIGINT NOT NULL,
    position BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX selection_criteria_call_name ON selection_criteria (call_id, name);

CREATE TABLE selection_scores (
    id TEXT PRIMARY KEY,
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    criterion_id TEXT NOT NULL REFERENCES selection_criteria (id),
    assessor_id TEXT NOT NULL REFERENCES users (id),
    score BIGINT NOT NULL,
    note TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX selection_scores_one ON selection_scores (candidate_id, criterion_id, assessor_id);
CREATE INDEX selection_scores_criterion ON selection_scores (criterion_id);

CREATE TABLE interviews (
    id TEXT PRIMARY KEY,
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    scheduled_at TIMESTAMP NOT NULL,
    place TEXT NOT NULL,
    panel TEXT NOT NULL,
    notes TEXT,
    score BIGINT,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX interviews_candidate ON interviews (candidate_id);

-- Messages waiting to be sent (sent_at NULL) and sent ones. The worker picks those whose
-- next_attempt_at has come, and gives up after a number of attempts.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    locale TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
