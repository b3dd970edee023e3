-- Preferences for stable matching: a company ranks candidates for one of its positions
-- (side 'company'), a candidate ranks positions (side 'candidate'). Rank 1 is the first
-- choice.
CREATE TABLE rankings (
    call_id TEXT NOT NULL REFERENCES calls (id),
    side TEXT NOT NULL,
    position_id TEXT NOT NULL REFERENCES positions (id),
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    rank INTEGER NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (call_id, side, position_id, candidate_id)
);
