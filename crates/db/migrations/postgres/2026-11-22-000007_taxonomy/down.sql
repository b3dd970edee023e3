ALTER TABLE positions DROP COLUMN occupation_uri;
DROP TABLE esco_skill_collections;
DROP TABLE esco_skill_groups;
DROP TABLE esco_skills;
DROP TABLE esco_occupations;
DROP TABLE esco_isco_groups;
