-- Lists: the French and English levels of a profile (filtered on, so kept as indexed
-- columns, like the Italian one on the application), indexes for the other filters, the ESCO occupations and skills of
-- each application, and the searches people save and may watch.

ALTER TABLE candidate_profiles ADD COLUMN french_rank BIGINT NOT NULL DEFAULT 0;
ALTER TABLE candidate_profiles ADD COLUMN english_rank BIGINT NOT NULL DEFAULT 0;

-- The level held in every skill (the weakest of understanding, speaking, writing), from the
-- profile's `it=B1/B1/A2;fr=C1/-/B2` text: a missing skill ('-') means no level.
UPDATE candidate_profiles SET french_rank = LEAST(
    CASE substr(substr(replace(replace(languages, '=-', '=--'), '/-', '/--'), strpos(replace(replace(languages, '=-', '=--'), '/-', '/--'), 'fr=') + 3, 8), 1, 2) WHEN 'A1' THEN 1 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'C2' THEN 6 ELSE 0 END,
    CASE substr(substr(replace(replace(languages, '=-', '=--'), '/-', '/--'), strpos(replace(replace(languages, '=-', '=--'), '/-', '/--'), 'fr=') + 3, 8), 4, 2) WHEN 'A1' THEN 1 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'C2' THEN 6 ELSE 0 END,
    CASE substr(substr(replace(replace(languages, '=-', '=--'), '/-', '/--'), strpos(replace(replace(languages, '=-', '=--'), '/-', '/--'), 'fr=') + 3, 8), 7, 2) WHEN 'A1' THEN 1 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'C2' THEN 6 ELSE 0 END)
WHERE strpos(languages, 'fr=') > 0;
UPDATE candidate_profiles SET english_rank = LEAST(
    CASE substr(substr(replace(replace(languages, '=-', '=--'), '/-', '/--'), strpos(replace(replace(languages, '=-', '=--'), '/-', '/--'), 'en=') + 3, 8), 1, 2) WHEN 'A1' THEN 1 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'C2' THEN 6 ELSE 0 END,
    CASE substr(substr(replace(replace(languages, '=-', '=--'), '/-', '/--'), strpos(replace(replace(languages, '=-', '=--'), '/-', '/--'), 'en=') + 3, 8), 4, 2) WHEN 'A1' THEN 1 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'C2' THEN 6 ELSE 0 END,
    CASE substr(substr(replace(replace(languages, '=-', '=--'), '/-', '/--'), strpos(replace(replace(languages, '=-', '=--'), '/-', '/--'), 'en=') + 3, 8), 7, 2) WHEN 'A1' THEN 1 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'C2' THEN 6 ELSE 0 END)
WHERE strpos(languages, 'en=') > 0;

CREATE INDEX candidate_profiles_french ON candidate_profiles (french_rank, candidate_id);
CREATE INDEX candidate_profiles_english ON candidate_profiles (english_rank, candidate_id);
CREATE INDEX candidates_nationality ON candidates (nationality, status);
CREATE INDEX candidates_territory ON candidates (residence_territory_id, status);
CREATE INDEX candidates_status_name ON candidates (status, family_name, given_names);
CREATE INDEX candidates_updated ON candidates (updated_at);

-- ESCO occupations and skills on an application (kind 'occupation' or 'skill'); the label
-- as chosen, and lower-cased for the skill search of the list.
CREATE TABLE candidate_esco (
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    kind TEXT NOT NULL,
    uri TEXT NOT NULL,
    label TEXT NOT NULL,
    label_lower TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (candidate_id, kind, uri)
);
CREATE INDEX candidate_esco_label ON candidate_esco (kind, label_lower, candidate_id);

-- A person's saved list filters (the list's query as JSON). A watched search gets a daily
-- digest of the applications that newly match; last_notified_at is where the next digest
-- starts (set when watching begins).
CREATE TABLE saved_searches (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    watched BOOLEAN NOT NULL,
    last_notified_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX saved_searches_user ON saved_searches (user_id, created_at);
CREATE INDEX saved_searches_watched ON saved_searches (watched, last_notified_at);
