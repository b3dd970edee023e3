-- Lists: the French and English levels of a profile (filtered on, so kept as indexed
-- columns, like the Italian one on the application), indexes for the other filters, the ESCO occupations and skills of
-- each application, and the searches people save and may watch.

ALTER TABLE candidate_profiles ADD COLUMN french_rank BIGINT NOT NULL DEFAULT 0;
ALTER TABLE candidate_profiles ADD COLUMN english_rank BIGINT NOT NULL DEFAULT 0;

-- The level held in every skill (the weakest of understanding, speaking, writing), from the
-- profile's `it=B1/B1/A2;fr=C1/-/B2` text: a missing skill ('-') means no level.
UPDATE candidate_profiles SET french_rank = min(
    CASE substr(substr(replace(replace(languages, '=-', '=--'), '/-', '/--'), instr(replace(replace(languages, '=-', '=--'), '/-', '/--'), 'fr=') + 3, 8), 1, 2) WHEN 'A1' THEN 1 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'C2' THEN 6 ELSE 0 END,
    CASE substr(substr(replace(replace(languages, '=-', '=--'), '/-', '/--'), instr(replace(replace(languages, '=-', '=--'), '/-', '/--'), 'fr=') + 3, 8), 4, 2) WHEN 'A1' THEN 1 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'C2' THEN 6 ELSE 0 END,
    CASE substr(substr(replace(replace(languages, '=-', '=--'), '/-', '/--'), instr(replace(replace(languages, '=-', '=--'), '/-', '/--'), 'fr=') + 3, 8), 7, 2) WHEN 'A1' THEN 1 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'C2' THEN 6 ELSE 0 END)
WHERE instr(languages, 'fr=') > 0;
UPDATE candidate_profiles SET english_rank = min(
    CASE substr(substr(replace(replace(languages, '=-', '=--'), '/-', '/--'), instr(replace(replace(languages, '=-', '=--'), '/-', '/--'), 'en=') + 3, 8), 1, 2) WHEN 'A1' THEN 1 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'C2' THEN 6 ELSE 0 END,
    CASE substr(substr(replace(replace(languages, '=-', '=--'), '/-', '/--'), instr(replace(replace(languages, '=-', '=--'), '/-', '/--'), 'en=') + 3, 8), 4, 2) WHEN 'A1' THEN 1 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'C2' THEN 6 ELSE 0 END,
    CASE substr(substr(replace(replace(languages, '=-', '=--'), '/-', '/--'), instr(replace(replace(languages, '=-', '=--'), '/-', '/--'), 'en=') + 3, 8), 7, 2) WHEN 'A1' THEN 1 WHEN 'A2' THEN 2 WHEN 'B1' THEN 3 WHEN 'B2' THEN 4 WHEN 'C1' THEN 5 WHEN 'C2' THEN 6 ELSE 0 END)
WHERE instr(languages, 'en=') > 0;

CREATE INDEX candidate_profiles_french ON candidate_profiles (french_rank, candidate_id);
CREATE INDEX candidate_profiles_english ON candidate_profiles (english_rank, candidate_id);
CREATE INDEX candidates_nationality ON candidates (nationality, status);
CREATE INDEX candidates_territory ON candidates (residence_territory_id, status);
CREATE INDEX candidates_status_name ON candidates (status, family_name, given_names);
CREATE INDEX candidates_updated ON candidates (updated_at);
-- The list's pages by name and by submission within a programme, covering the status so
-- that a page's ids are found in the index alone (the rows are read for those ids only).
CREATE INDEX candidates_programme_name ON candidates (programme_id, family_name, given_names, id, status);
CREATE INDEX candidates_programme_submitted ON candidates (programme_id, submitted_at, id, status);
-- Filters by subquery (languages, skills, name words) reach applications by id: this index
-- answers their scope, status and name order without reading the rows.
CREATE INDEX candidates_id_scope ON candidates (id, programme_id, status, family_name, given_names);

-- The words of an application's names (both scripts) and its e-mail, for the name search:
-- a typed word finds the applications with a word that starts with it, through this index
-- (an Arabic word is also kept without its article ال). Filled from `search_text`.
CREATE TABLE candidate_terms (
    term TEXT NOT NULL,
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    PRIMARY KEY (term, candidate_id)
);
CREATE INDEX candidate_terms_candidate ON candidate_terms (candidate_id);
INSERT INTO candidate_terms (term, candidate_id)
WITH RECURSIVE split(candidate_id, word, rest) AS (
    SELECT id, '', search_text || ' ' FROM candidates
    UNION ALL
    SELECT candidate_id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
    FROM split WHERE rest <> ''
)
SELECT word, candidate_id FROM split WHERE word <> ''
UNION
SELECT substr(word, 3), candidate_id FROM split WHERE word LIKE 'ال%' AND length(word) > 4;

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
