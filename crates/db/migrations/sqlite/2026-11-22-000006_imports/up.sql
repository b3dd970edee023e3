-- Spreadsheet imports in progress: the uploaded table waits here between the column-mapping
-- step, the dry run and the import itself. Rows are kept as JSON text; a batch is deleted
-- once imported.
CREATE TABLE import_batches (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    filename TEXT NOT NULL,
    header TEXT NOT NULL,
    rows TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX import_batches_user ON import_batches (user_id);
