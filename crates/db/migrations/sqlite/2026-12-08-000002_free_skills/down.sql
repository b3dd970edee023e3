DROP TABLE candidate_free_skills;
DROP TABLE esco_terms;
