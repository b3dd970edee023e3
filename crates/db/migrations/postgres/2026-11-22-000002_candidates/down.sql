DROP TABLE candidate_events;
DROP TABLE candidate_profiles;
DROP TABLE candidates;
DROP TABLE calls;
