DROP TABLE staged_decisions;
