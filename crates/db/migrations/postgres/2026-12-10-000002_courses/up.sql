-- Pre-departure courses (issue 14): a course belongs to a programme and to the
-- organisation that runs it; its sessions; the participants enrolled (a participant is a
-- case: a person matched and accepted); attendance per session and enrolment; the tests
-- with the CEFR level reached; the completion rule per programme (data, edited by the
-- coordinator: attendance threshold, level, the weights of a late arrival and of a
-- justified absence, in percent); and the certificates, found by an unguessable code.
CREATE TABLE courses (
    id TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    subject TEXT NOT NULL,
    title TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX courses_programme ON courses (programme_id);
CREATE INDEX courses_organisation ON courses (organisation_id);

CREATE TABLE course_sessions (
    id TEXT PRIMARY KEY NOT NULL,
    course_id TEXT NOT NULL REFERENCES courses (id),
    held_on DATE NOT NULL,
    starts_at TEXT NOT NULL,
    topic TEXT NOT NULL,
    place TEXT NOT NULL,
    online BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX course_sessions_course ON course_sessions (course_id, held_on);

CREATE TABLE course_enrolments (
    id TEXT PRIMARY KEY NOT NULL,
    course_id TEXT NOT NULL REFERENCES courses (id),
    case_id TEXT NOT NULL REFERENCES cases (id),
    enrolled_by TEXT NOT NULL,
    enrolled_at TIMESTAMP NOT NULL,
    UNIQUE (course_id, case_id)
);
CREATE INDEX course_enrolments_case ON course_enrolments (case_id);

CREATE TABLE course_attendance (
    session_id TEXT NOT NULL REFERENCES course_sessions (id),
    enrolment_id TEXT NOT NULL REFERENCES course_enrolments (id),
    mark TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (session_id, enrolment_id)
);
CREATE INDEX course_attendance_enrolment ON course_attendance (enrolment_id);

CREATE TABLE course_tests (
    id TEXT PRIMARY KEY NOT NULL,
    enrolment_id TEXT NOT NULL REFERENCES course_enrolments (id),
    taken_on DATE NOT NULL,
    level TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX course_tests_enrolment ON course_tests (enrolment_id);

CREATE TABLE course_rules (
    programme_id TEXT PRIMARY KEY NOT NULL REFERENCES programmes (id),
    min_attendance BIGINT NOT NULL,
    min_level TEXT,
    late_weight BIGINT NOT NULL,
    justified_weight BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE course_certificates (
    code TEXT PRIMARY KEY NOT NULL,
    enrolment_id TEXT NOT NULL UNIQUE REFERENCES course_enrolments (id),
    issued_on DATE NOT NULL,
    issued_by TEXT NOT NULL,
    issued_at TIMESTAMP NOT NULL
);
