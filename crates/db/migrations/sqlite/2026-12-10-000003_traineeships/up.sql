-- The traineeship of a case (issue 14 item 2): its dates and hours, one per case.
CREATE TABLE traineeships (
    case_id TEXT NOT NULL PRIMARY KEY REFERENCES cases (id),
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    hours_per_week BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- A monthly report by one author, by the duty they hold on the case; a draft only its
-- author reads until submitted_at is set, then nobody changes it.
CREATE TABLE traineeship_reports (
    id TEXT NOT NULL PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    month DATE NOT NULL,
    duty TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES users (id),
    days_attended BIGINT NOT NULL,
    days_scheduled BIGINT,
    progress TEXT NOT NULL,
    issues TEXT NOT NULL,
    submitted_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX traineeship_reports_one ON traineeship_reports (case_id, month, duty);
CREATE INDEX traineeship_reports_author ON traineeship_reports (author_id);

-- A month's allowance, approved by the promoter from the company tutor's register and
-- locked: the figures and the rule it was computed with are copied, never recomputed.
CREATE TABLE traineeship_allowances (
    case_id TEXT NOT NULL REFERENCES cases (id),
    month DATE NOT NULL,
    days_attended BIGINT NOT NULL,
    days_scheduled BIGINT NOT NULL,
    percent BIGINT NOT NULL,
    amount_cents BIGINT NOT NULL,
    region TEXT NOT NULL,
    rule_source TEXT NOT NULL,
    rule_verified BOOLEAN NOT NULL,
    approved_by TEXT NOT NULL,
    approved_at TIMESTAMP NOT NULL,
    paid_on DATE,
    PRIMARY KEY (case_id, month)
);

-- Incidents, owned by an account and followed to closure.
CREATE TABLE traineeship_incidents (
    id TEXT NOT NULL PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    severity TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    owner_id TEXT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL,
    closing_note TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    opened_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    closed_at TIMESTAMP
);
CREATE INDEX traineeship_incidents_case ON traineeship_incidents (case_id);
CREATE INDEX traineeship_incidents_owner ON traineeship_incidents (owner_id, status);

-- Skills evaluations, mid-term and final: a note, and a level per objective of the
-- training project (the objective's text copied, as the project said it then).
CREATE TABLE traineeship_evaluations (
    case_id TEXT NOT NULL REFERENCES cases (id),
    stage TEXT NOT NULL,
    note TEXT NOT NULL,
    evaluated_by TEXT NOT NULL,
    evaluated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, stage)
);
CREATE TABLE traineeship_evaluation_levels (
    case_id TEXT NOT NULL REFERENCES cases (id),
    stage TEXT NOT NULL,
    position BIGINT NOT NULL,
    objective TEXT NOT NULL,
    level BIGINT NOT NULL,
    PRIMARY KEY (case_id, stage, position)
);
