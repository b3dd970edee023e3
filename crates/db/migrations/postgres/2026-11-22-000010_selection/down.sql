DROP TABLE outbox;
DROP TABLE interviews;
DROP TABLE selection_scores;
DROP TABLE selection_criteria;
