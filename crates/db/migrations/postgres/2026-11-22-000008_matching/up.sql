-- Matching: runs for a call (the problem as solved and the result, both as JSON), locks and
-- forbids decided by people, and placements proposed to companies.
CREATE TABLE matching_runs (
    id TEXT PRIMARY KEY NOT NULL,
    call_id TEXT NOT NULL REFERENCES calls (id),
    created_by TEXT REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    method TEXT NOT NULL,
    problem TEXT NOT NULL,
    result TEXT NOT NULL,
    total_score BIGINT NOT NULL,
    pair_count INTEGER NOT NULL,
    approved_at TIMESTAMP
);
CREATE INDEX matching_runs_call ON matching_runs (call_id, created_at);

CREATE TABLE match_constraints (
    call_id TEXT NOT NULL REFERENCES calls (id),
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    position_id TEXT NOT NULL REFERENCES positions (id),
    kind TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (call_id, candidate_id, position_id)
);

CREATE TABLE placements (
    id TEXT PRIMARY KEY NOT NULL,
    run_id TEXT REFERENCES matching_runs (id),
    call_id TEXT NOT NULL REFERENCES calls (id),
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    position_id TEXT NOT NULL REFERENCES positions (id),
    company_id TEXT NOT NULL REFERENCES organisations (id),
    status TEXT NOT NULL,
    score BIGINT NOT NULL,
    note TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX placements_company ON placements (company_id, status);
CREATE INDEX placements_candidate ON placements (candidate_id);
