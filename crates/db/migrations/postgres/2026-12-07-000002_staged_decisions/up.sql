-- Staged selection decisions (issue 11): staff decide an application (shortlist, waiting
-- list, reject) without the candidate seeing it; the coordinator publishes a call's
-- decisions at once, which moves `candidates.status` (what the candidate sees), queues
-- every message and deletes these rows in one transaction. One staged decision per
-- application; it changes freely until published.
CREATE TABLE staged_decisions (
    candidate_id TEXT PRIMARY KEY NOT NULL REFERENCES candidates (id),
    call_id TEXT NOT NULL REFERENCES calls (id),
    decision TEXT NOT NULL,
    reason TEXT,
    staged_by TEXT NOT NULL,
    staged_at TIMESTAMP NOT NULL
);
-- The publish page and the inbox read a call's staged decisions by kind.
CREATE INDEX staged_decisions_call ON staged_decisions (call_id, decision);
