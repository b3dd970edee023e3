DROP TABLE grant_changes;
DROP TABLE grant_disbursements;
DROP TABLE grant_reports;
DROP TABLE grant_tranches;
