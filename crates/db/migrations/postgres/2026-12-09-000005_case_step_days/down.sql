ALTER TABLE case_steps DROP COLUMN days;
