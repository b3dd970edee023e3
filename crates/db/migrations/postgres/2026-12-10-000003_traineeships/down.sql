DROP TABLE traineeship_evaluation_levels;
DROP TABLE traineeship_evaluations;
DROP TABLE traineeship_incidents;
DROP TABLE traineeship_allowances;
DROP TABLE traineeship_reports;
DROP TABLE traineeships;
