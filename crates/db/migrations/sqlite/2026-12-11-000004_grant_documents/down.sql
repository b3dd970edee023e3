DROP TABLE grant_documents;
