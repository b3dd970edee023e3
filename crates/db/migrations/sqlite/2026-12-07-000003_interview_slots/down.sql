DROP TABLE esco_labels;
ALTER TABLE outbox DROP COLUMN calendar;
ALTER TABLE users DROP COLUMN time_zone;
ALTER TABLE placements DROP COLUMN reversal_reason;
ALTER TABLE placements DROP COLUMN reversed_by;
ALTER TABLE placements DROP COLUMN reversed_at;
ALTER TABLE placements DROP COLUMN interview_slot_id;
DROP TABLE interview_slots;
