DROP TABLE grant_reserves;
DROP TABLE grant_acceptances;
DROP TABLE grant_adjustments;
DROP TABLE grant_marks;
DROP TABLE grant_reviews;
DROP TABLE grant_panellists;
