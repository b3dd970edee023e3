-- The ESCO taxonomy: public reference data loaded by `mentor taxonomy import DIR` (or the
-- demo's small subset). Not scoped: everyone signed in may read it. `label_lower` is the
-- lower-cased preferred label (prefix search), `search` the lower-cased preferred and
-- alternative labels (contains search); both are filled by the importer.
CREATE TABLE esco_isco_groups (
    code TEXT PRIMARY KEY NOT NULL,
    label TEXT NOT NULL,
    parent_code TEXT
);

CREATE TABLE esco_occupations (
    uri TEXT PRIMARY KEY NOT NULL,
    isco_code TEXT NOT NULL,
    label TEXT NOT NULL,
    alt_labels TEXT NOT NULL,
    description TEXT NOT NULL,
    label_lower TEXT NOT NULL,
    search TEXT NOT NULL
);
CREATE INDEX esco_occupations_label ON esco_occupations (label_lower text_pattern_ops);
CREATE INDEX esco_occupations_isco ON esco_occupations (isco_code);

CREATE TABLE esco_skills (
    uri TEXT PRIMARY KEY NOT NULL,
    label TEXT NOT NULL,
    alt_labels TEXT NOT NULL,
    skill_type TEXT NOT NULL,
    reuse_level TEXT NOT NULL,
    description TEXT NOT NULL,
    label_lower TEXT NOT NULL,
    search TEXT NOT NULL
);
CREATE INDEX esco_skills_label ON esco_skills (label_lower text_pattern_ops);

CREATE TABLE esco_skill_groups (
    uri TEXT PRIMARY KEY NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    parent_uri TEXT
);

CREATE TABLE esco_skill_collections (
    skill_uri TEXT NOT NULL,
    collection TEXT NOT NULL,
    PRIMARY KEY (skill_uri, collection)
);

-- A position's occupation, when it is an ESCO preferred label.
ALTER TABLE positions ADD COLUMN occupation_uri TEXT;
