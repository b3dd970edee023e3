DROP TABLE mentorship_concerns;
DROP TABLE mentorship_items;
DROP TABLE mentorship_sessions;
DROP TABLE mentorships;
