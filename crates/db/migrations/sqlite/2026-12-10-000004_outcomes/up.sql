-- Outcomes and follow-ups (issue 14): how each traineeship ended (one record per case,
-- corrected in place with an audit entry), and what the participant answered at the
-- follow-ups due 3, 6, 12 and 24 months after the outcome's day (one per milestone).
CREATE TABLE outcomes (
    case_id TEXT NOT NULL PRIMARY KEY REFERENCES cases (id),
    kind TEXT NOT NULL,
    day DATE NOT NULL,
    country TEXT NOT NULL,
    note TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX outcomes_kind ON outcomes (kind);

CREATE TABLE follow_ups (
    case_id TEXT NOT NULL REFERENCES cases (id),
    months BIGINT NOT NULL,
    done_on DATE NOT NULL,
    country TEXT NOT NULL,
    working BOOLEAN NOT NULL,
    sector TEXT NOT NULL,
    occupation TEXT NOT NULL,
    remittances BOOLEAN NOT NULL,
    business_links BOOLEAN NOT NULL,
    further_mobility BOOLEAN NOT NULL,
    note TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, months)
);
