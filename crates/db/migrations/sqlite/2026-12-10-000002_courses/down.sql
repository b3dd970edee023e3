DROP TABLE course_certificates;
DROP TABLE course_rules;
DROP TABLE course_tests;
DROP TABLE course_attendance;
DROP TABLE course_enrolments;
DROP TABLE course_sessions;
DROP TABLE courses;
