-- Results (issue 16): the programme's logframe, its indicators, reporting periods with the
-- figures frozen when their report is submitted, and the values of manual indicators with
-- their evidence (sealed in the document store under the evidence row's id).

-- Objectives (overall or specific) and expected results, ordered; a result's parent is
-- its specific objective.
CREATE TABLE results_nodes (
    id TEXT NOT NULL PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    parent_id TEXT REFERENCES results_nodes (id),
    -- overall | specific | result
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    position BIGINT NOT NULL
);
CREATE INDEX results_nodes_programme ON results_nodes (programme_id, position);

CREATE TABLE results_indicators (
    id TEXT NOT NULL PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    node_id TEXT NOT NULL REFERENCES results_nodes (id),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    -- count | percent | days | euro
    unit TEXT NOT NULL,
    ascending BOOLEAN NOT NULL,
    -- computed | manual
    source TEXT NOT NULL,
    -- the registry's rule code when computed
    rule TEXT,
    baseline_year BIGINT,
    baseline_raw BIGINT,
    target_year BIGINT,
    target_raw BIGINT,
    position BIGINT NOT NULL
);
CREATE INDEX results_indicators_programme ON results_indicators (programme_id, node_id, position);

-- A reporting period; submitted_at set once, when its figures are frozen.
CREATE TABLE results_periods (
    id TEXT NOT NULL PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    label TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    -- JSON: [[heading, text], ...]
    narrative TEXT NOT NULL,
    submitted_at TIMESTAMP,
    submitted_by TEXT
);
CREATE INDEX results_periods_programme ON results_periods (programme_id, starts_on);

-- A frozen figure (JSON of domain::results::Figure): an indicator's in a submitted period
-- (subject = the indicator's id), or a registry rule's (subject = rule:<code>).
CREATE TABLE results_snapshots (
    period_id TEXT NOT NULL REFERENCES results_periods (id),
    subject TEXT NOT NULL,
    figure TEXT NOT NULL,
    PRIMARY KEY (period_id, subject)
);

-- A manual indicator's value for a period (raw, in its unit's step).
CREATE TABLE results_manual_values (
    indicator_id TEXT NOT NULL REFERENCES results_indicators (id),
    period_id TEXT NOT NULL REFERENCES results_periods (id),
    raw BIGINT NOT NULL,
    note TEXT NOT NULL,
    entered_by TEXT NOT NULL,
    entered_at TIMESTAMP NOT NULL,
    PRIMARY KEY (indicator_id, period_id)
);

-- Evidence of a manual value; the bytes are sealed in the document store under the id.
CREATE TABLE results_evidence (
    id TEXT NOT NULL PRIMARY KEY,
    indicator_id TEXT NOT NULL REFERENCES results_indicators (id),
    period_id TEXT NOT NULL REFERENCES results_periods (id),
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX results_evidence_value ON results_evidence (indicator_id, period_id);

-- The facts loader's queries (issue 16 item 6): events by status, steps, certificates.
CREATE INDEX candidate_events_to_status ON candidate_events (to_status, candidate_id, at);
CREATE INDEX course_certificates_enrolment ON course_certificates (enrolment_id, issued_on);
CREATE INDEX follow_ups_case ON follow_ups (case_id, done_on);
CREATE INDEX outreach_contacts_first ON outreach_contacts (company_id, happened_on);
