-- Issue 11, item 3: a company proposes interview slots for a placement proposed to it, and
-- the candidate picks one. Times are stored in UTC; `time_zone` is the proposer's zone,
-- which the slots were typed in (shown to people in their own zone).
CREATE TABLE interview_slots (
    id TEXT PRIMARY KEY NOT NULL,
    placement_id TEXT NOT NULL REFERENCES placements (id),
    starts_at TIMESTAMP NOT NULL,
    minutes INTEGER NOT NULL,
    place TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    proposed_by TEXT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX interview_slots_placement ON interview_slots (placement_id, starts_at);

-- The slot the candidate picked (set once, by a conditional update).
ALTER TABLE placements ADD COLUMN interview_slot_id TEXT REFERENCES interview_slots (id);
-- A company's decline is reversed only by the coordinator, with a recorded reason.
ALTER TABLE placements ADD COLUMN reversed_at TIMESTAMP;
ALTER TABLE placements ADD COLUMN reversed_by TEXT REFERENCES users (id);
ALTER TABLE placements ADD COLUMN reversal_reason TEXT;

-- A person's time zone (IANA name); NULL: derived from their country (app::zones).
ALTER TABLE users ADD COLUMN time_zone TEXT;

-- An iCalendar invitation sent with the message (text/calendar, METHOD:REQUEST).
ALTER TABLE outbox ADD COLUMN calendar TEXT;

-- ESCO labels in other languages than English (the taxonomy tables hold English): a
-- proposal shows occupations and skills in the reader's language when loaded (`fr` from the
-- official package's *_fr.csv), English otherwise.
CREATE TABLE esco_labels (
    uri TEXT NOT NULL,
    lang TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (uri, lang)
);
