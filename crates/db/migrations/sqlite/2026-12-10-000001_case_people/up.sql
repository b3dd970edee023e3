-- The people a participant's case is given (issue 14): one account per duty — the host
-- company's tutor, the promoter's tutor, the cultural mediator, the mentor after the
-- traineeship. Mediators and mentors reach the cases they hold a duty in, and only those.
CREATE TABLE case_people (
    case_id TEXT NOT NULL REFERENCES cases (id),
    duty TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    assigned_by TEXT NOT NULL,
    assigned_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_id, duty)
);
CREATE INDEX case_people_user ON case_people (user_id, duty);
