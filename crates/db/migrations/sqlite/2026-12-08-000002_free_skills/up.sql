-- Issue 12, ESCO in the reader's language: every preferred and alternative label of a
-- concept in a language other than English, folded (lower case, no accents, punctuation
-- as spaces: domain::taxonomy::fold) so that a search in that language is a range on the
-- primary key ("electricien" finds "électricien/électricienne"). English is searched on
-- the taxonomy tables themselves. Derived from the import: rewritten with its labels.
CREATE TABLE esco_terms (
    lang TEXT NOT NULL,
    folded TEXT NOT NULL,
    uri TEXT NOT NULL,
    preferred BOOLEAN NOT NULL,
    PRIMARY KEY (lang, folded, uri)
);

-- Skills and occupations a candidate described in their own words, having found no ESCO
-- term: kept beside the application, in the language written, until staff map each to an
-- ESCO concept (which then joins candidate_esco).
CREATE TABLE candidate_free_skills (
    id TEXT PRIMARY KEY NOT NULL,
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    lang TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    mapped_uri TEXT,
    mapped_by TEXT REFERENCES users (id),
    mapped_at TIMESTAMP
);
CREATE INDEX candidate_free_skills_candidate ON candidate_free_skills (candidate_id, created_at);
CREATE INDEX candidate_free_skills_waiting ON candidate_free_skills (mapped_at, candidate_id);
