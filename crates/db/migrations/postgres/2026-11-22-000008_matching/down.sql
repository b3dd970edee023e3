DROP TABLE placements;
DROP TABLE match_constraints;
DROP TABLE matching_runs;
