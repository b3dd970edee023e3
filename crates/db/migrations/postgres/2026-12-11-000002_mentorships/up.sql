-- Mentoring after the traineeship (issue 15 item 1): a mentorship links a participant (a
-- candidate record: the recovered people of a return call have no case) to a mentor and
-- the mentor's organisation within a programme; its sessions (the notes are confidential
-- to the mentor's organisation and the coordinator), its action plan, and the concerns a
-- mentor raises to the coordinator. At most one open mentorship per mentee and programme.
CREATE TABLE mentorships (
    id TEXT NOT NULL PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    mentor_id TEXT NOT NULL REFERENCES users (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    whereabouts TEXT NOT NULL,
    goals TEXT NOT NULL,
    reminder_days BIGINT NOT NULL DEFAULT 30,
    opened_on DATE NOT NULL,
    opened_by TEXT NOT NULL,
    opened_at TIMESTAMP NOT NULL,
    -- Set together when either side closes it; a closed mentorship is read-only.
    closed_on DATE,
    closed_by TEXT,
    closed_at TIMESTAMP,
    close_note TEXT,
    updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX mentorships_open ON mentorships (programme_id, candidate_id) WHERE closed_at IS NULL;
CREATE INDEX mentorships_mentor ON mentorships (mentor_id);
CREATE INDEX mentorships_candidate ON mentorships (candidate_id);

CREATE TABLE mentorship_sessions (
    id TEXT NOT NULL PRIMARY KEY,
    mentorship_id TEXT NOT NULL REFERENCES mentorships (id),
    held_on DATE NOT NULL,
    mode TEXT NOT NULL,
    topics TEXT NOT NULL,
    notes TEXT NOT NULL,
    logged_by TEXT NOT NULL,
    logged_at TIMESTAMP NOT NULL
);
CREATE INDEX mentorship_sessions_held ON mentorship_sessions (mentorship_id, held_on);

CREATE TABLE mentorship_items (
    id TEXT NOT NULL PRIMARY KEY,
    mentorship_id TEXT NOT NULL REFERENCES mentorships (id),
    action TEXT NOT NULL,
    due_on DATE NOT NULL,
    added_by TEXT NOT NULL,
    added_at TIMESTAMP NOT NULL,
    done_by TEXT,
    done_at TIMESTAMP
);
CREATE INDEX mentorship_items_due ON mentorship_items (mentorship_id, due_on);

-- A concern stays open until a coordinator handles it; one open at a time.
CREATE TABLE mentorship_concerns (
    id TEXT NOT NULL PRIMARY KEY,
    mentorship_id TEXT NOT NULL REFERENCES mentorships (id),
    note TEXT NOT NULL,
    raised_by TEXT NOT NULL,
    raised_at TIMESTAMP NOT NULL,
    handled_by TEXT,
    handled_at TIMESTAMP,
    handled_note TEXT
);
CREATE UNIQUE INDEX mentorship_concerns_open ON mentorship_concerns (mentorship_id) WHERE handled_at IS NULL;
CREATE INDEX mentorship_concerns_of ON mentorship_concerns (mentorship_id);
