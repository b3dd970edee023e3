DROP TABLE grant_awards;
DROP TABLE grant_budget_lines;
DROP TABLE grant_applications;
DROP TABLE grant_eligibles;
DROP TABLE grant_shares;
DROP TABLE grant_criteria;
DROP TABLE grant_calls;
