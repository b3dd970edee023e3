-- The days a case spent in a step, kept when it enters the next (issue 13, measured): the
-- coordinator's board then sums and counts per step in the database rather than reading
-- every path of the cohort (10,000 cases: 73,000 rows) to add them up. Filled here for
-- the paths recorded before.
ALTER TABLE case_steps ADD COLUMN days BIGINT;
UPDATE case_steps SET days = n.entered_on - case_steps.entered_on
FROM case_steps n
WHERE n.case_id = case_steps.case_id AND n.seq = case_steps.seq + 1;
