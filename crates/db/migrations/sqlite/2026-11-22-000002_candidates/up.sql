-- Candidates: open calls with their eligibility rules, applications (one row per candidate
-- and call), and each application's timeline.

CREATE TABLE calls (
    id TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    opens_on DATE NOT NULL,
    closes_on DATE NOT NULL,
    places BIGINT NOT NULL CHECK (places > 0),
    -- The eligibility rules as JSON (domain::eligibility::Rules).
    rules TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX calls_programme ON calls (programme_id, opens_on);

CREATE TABLE candidates (
    id TEXT PRIMARY KEY NOT NULL,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    call_id TEXT NOT NULL REFERENCES calls (id),
    -- The candidate's own account; NULL for applications entered by staff or imported.
    user_id TEXT REFERENCES users (id),
    status TEXT NOT NULL,
    -- Steps of the form completed so far (0 to 3).
    step BIGINT NOT NULL,
    family_name TEXT NOT NULL,
    given_names TEXT NOT NULL,
    family_name_ar TEXT,
    given_names_ar TEXT,
    birth_date DATE,
    sex TEXT NOT NULL,
    nationality TEXT NOT NULL,
    residence_country TEXT NOT NULL,
    residence_territory_id TEXT REFERENCES territories (id),
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    whatsapp TEXT,
    -- Sealed with the field key (k1:…), bound to this row; never stored in clear.
    passport_sealed TEXT,
    -- Keyed hash of the normalised passport number, for duplicate checks.
    passport_index TEXT,
    -- The Italian level held in every skill, 0 (none) to 6 (C2): filtered on.
    italian_rank BIGINT NOT NULL,
    consent_version TEXT,
    consent_at TIMESTAMP,
    submitted_at TIMESTAMP,
    -- Outcomes of the eligibility rules as JSON, and whether all passed.
    eligibility TEXT NOT NULL,
    eligible BOOLEAN NOT NULL,
    override_reason TEXT,
    decision_reason TEXT,
    -- Lower-case names in both scripts and e-mail, for search.
    search_text TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (call_id, user_id)
);
CREATE INDEX candidates_programme_status ON candidates (programme_id, status);
CREATE INDEX candidates_call_status ON candidates (call_id, status);
CREATE INDEX candidates_residence ON candidates (residence_country, programme_id);
CREATE INDEX candidates_italian ON candidates (italian_rank);
CREATE INDEX candidates_name ON candidates (family_name, given_names);
CREATE INDEX candidates_submitted ON candidates (submitted_at);
CREATE INDEX candidates_passport_index ON candidates (passport_index);
CREATE INDEX candidates_user ON candidates (user_id);

-- The rest of the profile, one row per candidate (filled in step 2 and 3).
CREATE TABLE candidate_profiles (
    candidate_id TEXT PRIMARY KEY NOT NULL REFERENCES candidates (id),
    isced_level BIGINT,
    field_of_study TEXT NOT NULL,
    qualification_title TEXT NOT NULL,
    qualification_date DATE,
    -- it=B1/B1/A2;fr=… (domain::candidate::LanguageLevels)
    languages TEXT NOT NULL,
    -- One line per experience, with years.
    experience TEXT NOT NULL,
    sectors TEXT NOT NULL,
    cities TEXT NOT NULL,
    available_from DATE,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE candidate_events (
    id TEXT PRIMARY KEY NOT NULL,
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    -- created, step, submitted, status, override
    kind TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT,
    note TEXT
);
CREATE INDEX candidate_events_candidate ON candidate_events (candidate_id, at);
