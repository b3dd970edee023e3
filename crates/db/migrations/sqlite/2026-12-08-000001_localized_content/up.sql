-- Issue 12, item 1: content in the reader's language. An item keeps its text in its own
-- columns (the original, written in the language `lang` says); a version is one field of one
-- item in another language. One table for every kind of content (`call`, `criterion`,
-- `position`; the public portal's pages later), read a page at a time by (kind, language,
-- items), so it carries no foreign key: `kind` says which table `item_id` names.
CREATE TABLE content_versions (
    kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    field TEXT NOT NULL,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, item_id, field, lang)
);

-- The language the original is written in (a tag: it, fr, en, ar).
ALTER TABLE calls ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
ALTER TABLE positions ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
-- What the trainee will do, for candidates (optional).
ALTER TABLE positions ADD COLUMN description TEXT NOT NULL DEFAULT '';
