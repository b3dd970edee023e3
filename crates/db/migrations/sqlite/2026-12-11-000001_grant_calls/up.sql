-- Calls for proposals after the return (issue 15): a programme's call with its published
-- terms (fund, bounds, dates, award rule, criteria, optional shares), who may apply (the
-- eligibility list: completed traineeships and recovered people, each with a reason), and
-- the applications with their budget lines. Money in integer cents of the call's currency.
CREATE TABLE grant_calls (
    id TEXT NOT NULL PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    currency TEXT NOT NULL,
    fund_cents BIGINT NOT NULL,
    min_grant_cents BIGINT NOT NULL,
    max_grant_cents BIGINT NOT NULL,
    opens_on DATE NOT NULL,
    closes_on DATE NOT NULL,
    -- Set when the coordinator closes submissions before `closes_on`.
    closed_on DATE,
    quality_threshold BIGINT NOT NULL,
    partial_last BOOLEAN NOT NULL,
    entrepreneurial BOOLEAN NOT NULL,
    professional BOOLEAN NOT NULL,
    from_italy BOOLEAN NOT NULL,
    from_home BOOLEAN NOT NULL,
    shares_by TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX grant_calls_programme ON grant_calls (programme_id);

CREATE TABLE grant_criteria (
    call_id TEXT NOT NULL REFERENCES grant_calls (id),
    position BIGINT NOT NULL,
    label TEXT NOT NULL,
    weight BIGINT NOT NULL,
    PRIMARY KEY (call_id, position)
);

CREATE TABLE grant_shares (
    call_id TEXT NOT NULL REFERENCES grant_calls (id),
    grp TEXT NOT NULL,
    max_cents BIGINT NOT NULL,
    PRIMARY KEY (call_id, grp)
);

-- Who may apply, and why. `country` is the person's country of origin (a row of §6).
CREATE TABLE grant_eligibles (
    call_id TEXT NOT NULL REFERENCES grant_calls (id),
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    basis TEXT NOT NULL,
    reason TEXT NOT NULL,
    country TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TIMESTAMP NOT NULL,
    PRIMARY KEY (call_id, candidate_id)
);
CREATE INDEX grant_eligibles_candidate ON grant_eligibles (candidate_id);

CREATE TABLE grant_applications (
    id TEXT NOT NULL PRIMARY KEY,
    call_id TEXT NOT NULL REFERENCES grant_calls (id),
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    reference TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    project_type TEXT NOT NULL,
    origin TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    requested_cents BIGINT NOT NULL,
    lang TEXT NOT NULL,
    -- The eligibility and cost check: who, when, and the reason shown to the applicant.
    check_note TEXT NOT NULL,
    checked_by TEXT,
    checked_at TIMESTAMP,
    submitted_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (call_id, candidate_id)
);
CREATE INDEX grant_applications_status ON grant_applications (call_id, status);

CREATE TABLE grant_budget_lines (
    application_id TEXT NOT NULL REFERENCES grant_applications (id),
    position BIGINT NOT NULL,
    category TEXT NOT NULL,
    label TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    -- Set by the cost check: NULL until checked.
    eligible BOOLEAN,
    PRIMARY KEY (application_id, position)
);

-- A grant given by the accepted award: the amount (the committee's, within min/max), and
-- where it stands (awarded → agreed → completed, or cancelled). Tranches, milestones and
-- disbursements hang off it.
CREATE TABLE grant_awards (
    application_id TEXT NOT NULL PRIMARY KEY REFERENCES grant_applications (id),
    call_id TEXT NOT NULL REFERENCES grant_calls (id),
    amount_cents BIGINT NOT NULL,
    state TEXT NOT NULL,
    awarded_by TEXT NOT NULL,
    awarded_at TIMESTAMP NOT NULL,
    agreed_on DATE,
    closed_on DATE,
    note TEXT NOT NULL
);
CREATE INDEX grant_awards_call ON grant_awards (call_id);
