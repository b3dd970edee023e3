-- The art. 27 procedure as cases (issue 13). Procedures are data: a template per
-- programme and region, kept by version (a case keeps the version it started with).
-- Holidays are data per year and place ('' is national, otherwise the municipality's
-- ISTAT code). One case per accepted placement; its path (the steps it entered, with
-- the day: deadline anchors), its facts (policy numbers, dates; personal ones sealed),
-- its documents (sealed files), the tasks people add, the papers generated from it,
-- the calendar feeds of people, and the escalations already sent.
CREATE TABLE procedure_templates (
    id TEXT PRIMARY KEY NOT NULL,
    template_key TEXT NOT NULL,
    version BIGINT NOT NULL,
    name TEXT NOT NULL,
    region TEXT NOT NULL,
    source TEXT NOT NULL,
    imported_by TEXT,
    imported_at TIMESTAMP NOT NULL,
    UNIQUE (template_key, version)
);

CREATE TABLE holidays (
    place TEXT NOT NULL,
    day DATE NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (place, day)
);

CREATE TABLE cases (
    id TEXT PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    placement_id TEXT NOT NULL UNIQUE REFERENCES placements (id),
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    call_id TEXT NOT NULL REFERENCES calls (id),
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    company_id TEXT NOT NULL REFERENCES organisations (id),
    territory_id TEXT,
    city TEXT NOT NULL,
    place TEXT NOT NULL,
    country TEXT NOT NULL,
    template_id TEXT NOT NULL REFERENCES procedure_templates (id),
    step TEXT NOT NULL,
    step_since DATE NOT NULL,
    next_due DATE,
    closed BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX cases_due ON cases (closed, next_due);
CREATE INDEX cases_company ON cases (company_id);
CREATE INDEX cases_territory ON cases (territory_id);
CREATE INDEX cases_programme ON cases (programme_id, step);
CREATE INDEX cases_candidate ON cases (candidate_id);

CREATE TABLE case_steps (
    case_id TEXT NOT NULL REFERENCES cases (id),
    seq BIGINT NOT NULL,
    step TEXT NOT NULL,
    entered_on DATE NOT NULL,
    entered_at TIMESTAMP,
    by_user TEXT,
    note TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE case_facts (
    case_id TEXT NOT NULL REFERENCES cases (id),
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    sealed BOOLEAN NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, field)
);

CREATE TABLE case_documents (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    kind TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    content_type TEXT NOT NULL,
    stored_name TEXT NOT NULL,
    expires_on DATE,
    uploaded_by TEXT NOT NULL,
    uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX case_documents_case ON case_documents (case_id, kind);

CREATE TABLE case_tasks (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    title TEXT NOT NULL,
    due_on DATE NOT NULL,
    who TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    done_at TIMESTAMP,
    done_by TEXT
);
CREATE INDEX case_tasks_open ON case_tasks (done_at, due_on);

CREATE TABLE case_papers (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    version BIGINT NOT NULL,
    facts TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    stored_name TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP,
    UNIQUE (kind, subject, version)
);

CREATE TABLE calendar_feeds (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX calendar_feeds_user ON calendar_feeds (user_id);

CREATE TABLE case_escalations (
    case_id TEXT NOT NULL REFERENCES cases (id),
    rule TEXT NOT NULL,
    due_on DATE NOT NULL,
    escalated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, rule, due_on)
);
