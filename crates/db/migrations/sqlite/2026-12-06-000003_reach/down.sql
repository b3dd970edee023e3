ALTER TABLE interviews DROP COLUMN notes_by;
