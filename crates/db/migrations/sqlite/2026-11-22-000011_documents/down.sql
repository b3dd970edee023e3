DROP INDEX candidates_birth_date;
DROP INDEX candidates_whatsapp;
DROP INDEX candidates_phone;
DROP INDEX candidates_email;
DROP TABLE duplicate_flags;
DROP TABLE candidate_documents;
