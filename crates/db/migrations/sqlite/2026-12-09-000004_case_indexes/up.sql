-- The coordinator's board reads every path of the cases within reach: each case's steps
-- in order, with the step and the day entered (issue 13; measured on 10,000 cases and
-- 73,000 steps in BENCHMARKS.md). This index holds all of it in that order, so the read
-- walks one index instead of the primary key and then the table row by row.
CREATE INDEX case_steps_path ON case_steps (case_id, seq, step, entered_on);
