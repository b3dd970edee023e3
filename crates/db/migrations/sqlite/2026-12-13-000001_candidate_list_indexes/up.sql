-- The candidate list filters on the French and English levels as it does on the Italian
-- one: copied onto the application (kept equal to the profile's by every write of a
-- profile's languages, `candidates::set_language_ranks` and `save_education`), so that a
-- filter on them is answered by the list's indexes instead of a join through the profile.
-- One column, the French level × 10 + the English level (53: French C1, English B1):
-- the table is at the 32 columns diesel's tables allow.
ALTER TABLE candidates ADD COLUMN french_english_rank BIGINT NOT NULL DEFAULT 0;
UPDATE candidates SET french_english_rank = COALESCE(
    (SELECT p.french_rank * 10 + p.english_rank FROM candidate_profiles p WHERE p.candidate_id = candidates.id), 0);

-- Each of the list's ways in carries the columns the list filters on, so the count of
-- matches and a page's ids are read from one index alone, whatever the filters. Counts
-- (within a programme, within an agency's country):
DROP INDEX candidates_programme_status;
CREATE INDEX candidates_list_count ON candidates (programme_id, status, italian_rank, french_english_rank);
DROP INDEX candidates_residence;
CREATE INDEX candidates_list_residence ON candidates (residence_country, programme_id, status, italian_rank, french_english_rank);
-- pages by name and by Italian level within a programme,
DROP INDEX candidates_programme_name;
CREATE INDEX candidates_list_name ON candidates (programme_id, family_name, given_names, id, status, italian_rank, french_english_rank);
CREATE INDEX candidates_list_italian ON candidates (programme_id, italian_rank DESC, family_name, id, status, french_english_rank);
-- the ids a name word or a skill finds,
DROP INDEX candidates_id_scope;
CREATE INDEX candidates_list_id ON candidates (id, programme_id, status, family_name, given_names, residence_country, italian_rank, french_english_rank);
-- and a territory with a status.
DROP INDEX candidates_territory;
CREATE INDEX candidates_list_territory ON candidates (residence_territory_id, status, programme_id, family_name, given_names, id);
