-- Blind review (issue 10, defect 10): who wrote an interview's notes, so that a reader who
-- sees no candidate names (an evaluator) is shown only the notes they wrote themselves.
-- Notes written before this migration have no author and stay hidden from such readers.
ALTER TABLE interviews ADD COLUMN notes_by TEXT;
