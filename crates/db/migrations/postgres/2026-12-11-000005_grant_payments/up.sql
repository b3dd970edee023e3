-- A grant after the award (issue 15 item 5): the agreement's tranche plan, the grantee's
-- milestone reports, the disbursements, and the reasons given for changing a plan or
-- cancelling a grant. A tranche's release is not stored: it follows from the agreement
-- (signature) and the accepted reports.
CREATE TABLE grant_tranches (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES grant_awards (application_id),
    position BIGINT NOT NULL,
    label TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    due_on DATE NOT NULL,
    -- signature | midterm | final: what releases it.
    milestone TEXT NOT NULL
);
CREATE INDEX grant_tranches_grant ON grant_tranches (application_id, position);

CREATE TABLE grant_reports (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES grant_awards (application_id),
    milestone TEXT NOT NULL,
    done TEXT NOT NULL,
    spent_cents BIGINT NOT NULL,
    -- The optional document, sealed in the document store under its id.
    document_id TEXT,
    content_type TEXT,
    size_bytes BIGINT,
    sha256 TEXT,
    -- submitted | accepted | more_requested
    status TEXT NOT NULL,
    review_note TEXT NOT NULL,
    submitted_by TEXT NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    reviewed_by TEXT,
    reviewed_at TIMESTAMP
);
CREATE INDEX grant_reports_grant ON grant_reports (application_id, milestone);
CREATE INDEX grant_reports_status ON grant_reports (status);

CREATE TABLE grant_disbursements (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES grant_awards (application_id),
    tranche_id TEXT NOT NULL REFERENCES grant_tranches (id),
    paid_on DATE NOT NULL,
    -- In the call's currency.
    amount_cents BIGINT NOT NULL,
    -- EUR | TND | MAD: what the transfer was made in.
    currency TEXT NOT NULL,
    -- Thousandths of the local currency, and its units for one euro in millionths.
    local_milli BIGINT,
    rate_micro BIGINT,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX grant_disbursements_grant ON grant_disbursements (application_id);
CREATE INDEX grant_disbursements_tranche ON grant_disbursements (tranche_id);

-- Why a plan changed or a grant was cancelled (the audit names the act, this the why).
CREATE TABLE grant_changes (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES grant_awards (application_id),
    -- plan | cancel
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
CREATE INDEX grant_changes_grant ON grant_changes (application_id);
