-- The panel and the award of a call for proposals (issue 15, items 3 and 4): who sits on a
-- call's panel, each panellist's declaration and score per application (marks per
-- criterion in `grant_marks`), the committee's recorded adjustments to the award proposal,
-- and the accepted award with its reserve list. Money in integer cents of the call's
-- currency.
CREATE TABLE grant_panellists (
    call_id TEXT NOT NULL REFERENCES grant_calls (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    appointed_by TEXT NOT NULL,
    appointed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (call_id, user_id)
);
CREATE INDEX grant_panellists_user ON grant_panellists (user_id);

-- A panellist's declaration on one application (a conflict is final), then their score:
-- a draft until `submitted_at`, unchanged after.
CREATE TABLE grant_reviews (
    application_id TEXT NOT NULL REFERENCES grant_applications (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    call_id TEXT NOT NULL REFERENCES grant_calls (id),
    conflict BOOLEAN NOT NULL,
    declared_at TIMESTAMP NOT NULL,
    comment TEXT NOT NULL,
    submitted_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (application_id, user_id)
);
CREATE INDEX grant_reviews_call_user ON grant_reviews (call_id, user_id);

CREATE TABLE grant_marks (
    application_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    mark BIGINT NOT NULL,
    PRIMARY KEY (application_id, user_id, position),
    FOREIGN KEY (application_id, user_id) REFERENCES grant_reviews (application_id, user_id)
);

-- The committee's changes to the proposal, in order, each with its reason.
CREATE TABLE grant_adjustments (
    id TEXT NOT NULL PRIMARY KEY,
    call_id TEXT NOT NULL REFERENCES grant_calls (id),
    application_id TEXT NOT NULL REFERENCES grant_applications (id),
    -- The order the committee made them in (a later change to one project wins).
    position BIGINT NOT NULL,
    kind TEXT NOT NULL,
    amount_cents BIGINT,
    reason TEXT NOT NULL,
    made_by TEXT NOT NULL,
    made_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX grant_adjustments_call ON grant_adjustments (call_id, position);

-- The accepted award: once per call, with the reserve list kept as it was accepted.
CREATE TABLE grant_acceptances (
    call_id TEXT NOT NULL PRIMARY KEY REFERENCES grant_calls (id),
    total_cents BIGINT NOT NULL,
    accepted_by TEXT NOT NULL,
    accepted_at TIMESTAMP NOT NULL
);

CREATE TABLE grant_reserves (
    call_id TEXT NOT NULL REFERENCES grant_acceptances (call_id),
    application_id TEXT NOT NULL REFERENCES grant_applications (id),
    position BIGINT NOT NULL,
    PRIMARY KEY (call_id, application_id)
);
